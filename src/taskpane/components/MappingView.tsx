/**
 * The recognised mapping shown plainly — header row, table range, which column holds 分值,
 * 得分, 指标值 … — and correctable. Every field is checked where it is typed; only a valid
 * mapping is saved (in the workbook) and the sheet is recalculated with it at once, so the form
 * always shows what is used. A table read without confidence is confirmed here.
 */
import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowResetRegular,
  CheckmarkRegular,
  SaveRegular,
  TableRegular,
} from '@fluentui/react-icons';
import type { WorkbookActions } from '../../excel/actions.js';
import type {
  ColumnMapping,
  ColumnRole,
  MappingOverride,
  SheetAnalysis,
} from '../../engine/index.js';
import { columnLetter, rangeToA1 } from '../format.js';
import { ROLE_LABELS, ROLE_ORDER } from '../labels.js';
import { draftFrom, toOverride, validate, type Draft, type FormErrors } from '../mappingForm.js';
import { EmptyState } from './EmptyState.js';
import type { Notice } from './StatusMessage.js';

export interface MappingViewProps {
  readonly analyses: readonly SheetAnalysis[];
  /** Per sheet name, the header text of each column. */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly actions: Pick<WorkbookActions, 'loadMapping' | 'saveMapping'>;
  readonly onNotice: (notice: Notice) => void;
  /** After a mapping was saved or removed: recalculate, so the sheet and form show what is used. */
  readonly onSaved: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  plain: { color: tokens.colorNeutralForeground2 },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1.4fr', gap: tokens.spacingHorizontalS },
  columns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  input: { minWidth: 0, width: '100%' },
});

export function MappingView({ analyses, headers, actions, onNotice, onSaved }: MappingViewProps) {
  const styles = useStyles();
  const [sheet, setSheet] = useState(() => analyses[0]?.sheet ?? '');
  const analysis = analyses.find((a) => a.sheet === sheet) ?? analyses[0];
  const mapping = analysis?.status === 'recognised' ? analysis.mapping : null;
  const unsure = analysis?.status === 'recognised' && analysis.confidence.level === 'unsure';
  const execution =
    analysis?.status === 'recognised' && analysis.blocks.some((b) => b.kind === 'budget');
  const [saved, setSaved] = useState<MappingOverride | null>(null);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(mapping));
  const [shownErrors, setShownErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!analysis) return;
    let live = true;
    setDraft(draftFrom(mapping));
    setShownErrors({});
    void actions.loadMapping(analysis.sheet).then((result) => {
      if (live && result.ok) setSaved(result.value);
    });
    return () => {
      live = false;
    };
  }, [actions, analysis, mapping]);

  const columnNames = headers[analysis?.sheet ?? ''] ?? [];
  const lastColumn = useMemo(
    () => Math.max(mapping?.range.right ?? 0, columnNames.length - 1, 11),
    [mapping, columnNames.length],
  );

  if (!analysis) {
    return (
      <EmptyState icon={<TableRegular />} title="还没有识别结果">
        先点击「重新计算」。识别出的表头行和各列含义会显示在这里，识别错了可以在这里更正。
      </EmptyState>
    );
  }

  const change = (next: Draft) => {
    setDraft(next);
    // Once a field was flagged, its message follows the typing.
    if (Object.keys(shownErrors).length > 0) setShownErrors(validate(next, execution).errors);
  };

  const store = async (override: MappingOverride | null, done: string) => {
    setBusy(true);
    try {
      const result = await actions.saveMapping(analysis.sheet, override);
      if (!result.ok) return onNotice({ intent: 'error', text: result.message });
      setSaved(override);
      onNotice({ intent: 'success', oneLine: true, text: done });
      onSaved();
    } finally {
      setBusy(false);
    }
  };

  const submit = (confirmed: boolean) => {
    const { errors, valid } = validate(draft, execution);
    setShownErrors(errors);
    if (!valid) {
      onNotice({ intent: 'error', text: '表格识别设置有误，未保存：请按各栏下的提示更正。' });
      return;
    }
    const override = toOverride(draft, valid, mapping, saved, confirmed);
    void store(
      override,
      confirmed ? '已确认表格识别，正在按它重新计算。' : '已保存更正，正在按更正后的表格重新计算。',
    );
  };

  return (
    <div className={styles.root}>
      {analyses.length > 1 && (
        <Field label="工作表">
          <Select value={analysis.sheet} onChange={(_, data) => setSheet(data.value)}>
            {analyses.map((a) => (
              <option key={a.sheet} value={a.sheet}>
                {a.sheet}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Text className={styles.plain} size={300} data-testid="mapping-used">
        {mapping
          ? `正在使用：表头在第 ${headerRowsText(mapping)} 行，指标表范围 ${rangeToA1(mapping.range)}`
          : '没有识别出指标表。可以在下面指定表头行、表格范围和各列的含义。'}
        {mapping ? (saved ? '（按您保存的更正）。' : '（自动识别）。') : ''}
        {unsure ? '识别结果不确定：请逐项核对，无误后点击「确认无误」。' : ''}
      </Text>
      <div className={styles.pair}>
        <Field
          label="表头行"
          validationState={shownErrors.headerRow ? 'error' : 'none'}
          validationMessage={shownErrors.headerRow}
        >
          <Input
            className={styles.input}
            inputMode="numeric"
            value={draft.headerRow}
            onChange={(_, data) => change({ ...draft, headerRow: data.value })}
          />
        </Field>
        <Field
          label="表格范围"
          validationState={shownErrors.range ? 'error' : 'none'}
          validationMessage={shownErrors.range}
        >
          <Input
            className={styles.input}
            placeholder="如 A20:I65"
            value={draft.range}
            onChange={(_, data) => change({ ...draft, range: data.value })}
          />
        </Field>
      </div>
      <div className={styles.columns} role="group" aria-label="各列的含义">
        {ROLE_ORDER.map((role) => (
          <RoleRow
            key={role}
            role={role}
            value={draft.columns[role] ?? ''}
            lastColumn={lastColumn}
            names={columnNames}
            error={shownErrors[role]}
            onChange={(value) => change({ ...draft, columns: { ...draft.columns, [role]: value } })}
          />
        ))}
      </div>
      <div className={styles.buttons}>
        {unsure && (
          <Button
            appearance="primary"
            icon={<CheckmarkRegular />}
            disabled={busy}
            onClick={() => submit(true)}
          >
            确认无误
          </Button>
        )}
        <Button
          appearance={unsure ? 'secondary' : 'primary'}
          icon={<SaveRegular />}
          disabled={busy}
          onClick={() => submit(false)}
        >
          保存更正
        </Button>
        <Button
          icon={<ArrowResetRegular />}
          disabled={busy || saved === null}
          onClick={() => void store(null, '已恢复自动识别，正在重新识别表格。')}
        >
          恢复自动识别
        </Button>
      </div>
    </div>
  );
}

function RoleRow(props: {
  role: ColumnRole;
  value: string;
  lastColumn: number;
  names: readonly string[];
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { role, value, lastColumn, names, error, onChange } = props;
  return (
    <Field
      label={ROLE_LABELS[role]}
      orientation="horizontal"
      size="small"
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
    >
      <Select size="small" value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="">（无）</option>
        {Array.from({ length: lastColumn + 1 }, (_, col) => (
          <option key={col} value={String(col)}>
            {columnOption(col, names[col])}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** "H 列 · 得分": the letter Excel shows and the header the user wrote. */
export function columnOption(col: number, header: string | undefined): string {
  const text = header?.trim();
  return text
    ? `${columnLetter(col)} 列 · ${text.length > 16 ? `${text.slice(0, 16)}…` : text}`
    : `${columnLetter(col)} 列`;
}

function headerRowsText(mapping: ColumnMapping): string {
  const { first, last } = mapping.headerRows;
  return first === last ? String(first + 1) : `${first + 1}–${last + 1}`;
}
