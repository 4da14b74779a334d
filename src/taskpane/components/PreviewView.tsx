/**
 * What a run will change, before it writes: per sheet, each value as cell, before → after and
 * why, then the cells it will mark. 确认写入 writes exactly this; 以后直接写入 is remembered in
 * the workbook.
 */
import { useState } from 'react';
import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRightRegular, CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import type { RunPreview } from '../../excel/actions.js';
import { SeverityIcon } from '../severity.js';

export interface PreviewViewProps {
  readonly preview: RunPreview;
  readonly busy: boolean;
  readonly onConfirm: (remember: boolean) => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  reasons: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  change: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  before: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  after: { fontWeight: tokens.fontWeightSemibold },
  why: { color: tokens.colorNeutralForeground2 },
  marks: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  mark: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '2px',
    fontFamily: tokens.fontFamilyMonospace,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function PreviewView({ preview, busy, onConfirm, onCancel }: PreviewViewProps) {
  const styles = useStyles();
  const [remember, setRemember] = useState(false);
  return (
    <section className={styles.root} aria-label="写入前预览" data-testid="preview">
      <Text weight="semibold" size={400}>
        写入前请核对
      </Text>
      <ul className={styles.reasons}>
        {preview.reasons.map((reason) => (
          <li key={reason}>
            <Text size={200}>{reason}</Text>
          </li>
        ))}
      </ul>
      {preview.sheets.map((sheet) => (
        <div key={sheet.sheet} className={styles.root}>
          {preview.sheets.length > 1 && <Text weight="semibold">{sheet.sheet}</Text>}
          {sheet.entries.length > 0 ? (
            <ul className={styles.list} aria-label={`「${sheet.sheet}」将写入的数值`}>
              {sheet.entries.map((entry) => (
                <li
                  key={entry.address}
                  className={styles.entry}
                  data-testid="preview-entry"
                  data-cell={entry.address}
                >
                  <span className={styles.change}>
                    <span className={styles.cell}>{entry.address}</span>
                    <span className={styles.before}>
                      {entry.before === '' ? '（空）' : entry.before}
                    </span>
                    <ArrowRightRegular aria-label="改为" />
                    <span className={styles.after}>{entry.after}</span>
                  </span>
                  <Text size={200} className={styles.why}>
                    {entry.why}
                  </Text>
                </li>
              ))}
            </ul>
          ) : (
            <Text size={200}>不改写任何数值。</Text>
          )}
          {sheet.marks.length > 0 && (
            <div className={styles.marks} aria-label={`「${sheet.sheet}」将标记的单元格`}>
              <Text size={200}>另标记 {sheet.marks.length} 个单元格（底色和备注，可撤销）：</Text>
              {sheet.marks.slice(0, 12).map((m) => (
                <span key={m.address} className={styles.mark}>
                  <SeverityIcon severity={m.severity} />
                  {m.address}
                </span>
              ))}
              {sheet.marks.length > 12 && <Text size={200}>等</Text>}
            </div>
          )}
        </div>
      ))}
      <Checkbox
        label="以后直接写入（记在此工作簿中）"
        checked={remember}
        onChange={(_, data) => setRemember(data.checked === true)}
      />
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<CheckmarkRegular />}
          disabled={busy}
          onClick={() => onConfirm(remember)}
        >
          确认写入
        </Button>
        <Button icon={<DismissRegular />} disabled={busy} onClick={onCancel}>
          取消
        </Button>
      </div>
    </section>
  );
}
