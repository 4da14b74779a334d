/**
 * The recognised mapping shown plainly — header row, table range, which column holds 分值,
 * 得分, 指标值 … — and editable. A correction is saved in the workbook (saveMapping) and the
 * engine uses it on the next 重新计算.
 */
import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular, SaveRegular, TableRegular } from '@fluentui/react-icons';
import type { WorkbookActions } from '../../excel/actions.js';
import type {
  ColumnMapping,
  ColumnRole,
  MappingOverride,
  SheetAnalysis,
} from '../../engine/report.js';
import { columnLetter, parseRange, rangeToA1 } from '../format.js';
import { ROLE_LABELS, ROLE_ORDER } from '../labels.js';
import { EmptyState } from './EmptyState.js';
import type { Notice } from './StatusMessage.js';

export interface MappingViewProps {
  readonly analyses: readonly SheetAnalysis[];
  readonly actions: Pick<WorkbookActions, 'loadMapping' | 'saveMapping'>;
  readonly onNotice: (notice: Notice) => void;
}

/** The editable fields, as typed: 1-based header row, A1 range, column index per role ('' = none). */
interface Draft {
  readonly headerRow: string;
  readonly range: string;
  readonly columns: Readonly<Partial<Record<ColumnRole, string>>>;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  plain: { color: tokens.colorNeutralForeground2 },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1.4fr', gap: tokens.spacingHorizontalS },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 96px',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalXS,
    columnGap: tokens.spacingHorizontalS,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  input: { minWidth: 0, width: '100%' },
});

export function MappingView({ analyses, actions, onNotice }: MappingViewProps) {
  const styles = useStyles();
  const [sheet, setSheet] = useState(() => analyses[0]?.sheet ?? '');
  const analysis = analyses.find((a) => a.sheet === sheet) ?? analyses[0];
  const mapping = analysis?.status === 'recognised' ? analysis.mapping : null;
  const [saved, setSaved] = useState<MappingOverride | null>(null);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(mapping));
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!analysis) return;
    let live = true;
    setDraft(draftFrom(mapping));
    void actions.loadMapping(analysis.sheet).then((result) => {
      if (live && result.ok) setSaved(result.value);
    });
    return () => {
      live = false;
    };
  }, [actions, analysis, mapping]);

  const lastColumn = useMemo(() => Math.max(mapping?.range.right ?? 0, 11), [mapping]);

  if (!analysis) {
    return (
      <EmptyState icon={<TableRegular />} title="还没有识别结果">
        先点击「重新计算」。识别出的表头行和各列含义会显示在这里，识别错了可以在这里更正。
      </EmptyState>
    );
  }

  const save = async (override: MappingOverride | null, done: string) => {
    setBusy(true);
    try {
      const result = await actions.saveMapping(analysis.sheet, override);
      if (result.ok) {
        setSaved(override);
        onNotice({ intent: 'success', text: done });
      } else {
        onNotice({ intent: 'error', text: result.message });
      }
    } finally {
      setBusy(false);
    }
  };

  const onSave = () => {
    const override = toOverride(draft, mapping, saved);
    if (typeof override === 'string') return onNotice({ intent: 'error', text: override });
    void save(override, '已保存更正。下次点击「重新计算」时按更正后的表格识别。');
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
      <Text className={styles.plain} size={300}>
        {mapping
          ? `识别结果：表头在第 ${headerRowsText(mapping)} 行，指标表范围 ${rangeToA1(mapping.range)}。`
          : '没有识别出指标表。可以在下面指定表头行、表格范围和各列的含义。'}
        {saved ? '（已使用您保存的更正）' : ''}
      </Text>
      <div className={styles.pair}>
        <Field label="表头行">
          <Input
            className={styles.input}
            type="number"
            min={1}
            value={draft.headerRow}
            onChange={(_, data) => setDraft({ ...draft, headerRow: data.value })}
          />
        </Field>
        <Field label="表格范围">
          <Input
            className={styles.input}
            placeholder="如 A5:I60"
            value={draft.range}
            onChange={(_, data) => setDraft({ ...draft, range: data.value })}
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
            onChange={(value) =>
              setDraft({ ...draft, columns: { ...draft.columns, [role]: value } })
            }
          />
        ))}
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={busy} onClick={onSave}>
          保存更正
        </Button>
        <Button
          icon={<ArrowResetRegular />}
          disabled={busy || saved === null}
          onClick={() => void save(null, '已恢复自动识别。下次点击「重新计算」时重新识别表格。')}
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
  onChange: (value: string) => void;
}) {
  const { role, value, lastColumn, onChange } = props;
  const id = `role-${role}`;
  return (
    <>
      <label htmlFor={id}>{ROLE_LABELS[role]}</label>
      <Select id={id} size="small" value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="">（无）</option>
        {Array.from({ length: lastColumn + 1 }, (_, col) => (
          <option key={col} value={String(col)}>
            {columnLetter(col)} 列
          </option>
        ))}
      </Select>
    </>
  );
}

function headerRowsText(mapping: ColumnMapping): string {
  const { first, last } = mapping.headerRows;
  return first === last ? String(first + 1) : `${first + 1}–${last + 1}`;
}

function draftFrom(mapping: ColumnMapping | null): Draft {
  if (!mapping) return { headerRow: '', range: '', columns: {} };
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const role of ROLE_ORDER) {
    const col = mapping.columns[role];
    if (col !== undefined) columns[role] = String(col);
  }
  return {
    headerRow: String(mapping.headerRows.first + 1),
    range: rangeToA1(mapping.range),
    columns,
  };
}

/**
 * The override to save: what was saved before plus what the user changed now, so fields the
 * user never touched keep following automatic recognition. A string is a validation message.
 */
export function toOverride(
  draft: Draft,
  mapping: ColumnMapping | null,
  saved: MappingOverride | null,
): MappingOverride | string {
  const initial = draftFrom(mapping);
  const override: {
    headerRow?: number;
    range?: MappingOverride['range'];
    columns?: Partial<Record<ColumnRole, number | null>>;
  } = {
    ...saved,
    columns: { ...saved?.columns },
  };
  if (draft.headerRow !== initial.headerRow) {
    const row = Number(draft.headerRow);
    if (!Number.isInteger(row) || row < 1) return '表头行应是从 1 开始的行号。';
    override.headerRow = row - 1;
  }
  if (draft.range !== initial.range) {
    const range = parseRange(draft.range);
    if (!range) return '表格范围的写法应像 A5:I60。';
    override.range = range;
  }
  for (const role of ROLE_ORDER) {
    const now = draft.columns[role] ?? '';
    if (now === (initial.columns[role] ?? '')) continue;
    override.columns = { ...override.columns, [role]: now === '' ? null : Number(now) };
  }
  if (override.range && override.headerRow !== undefined) {
    const { top, bottom } = override.range;
    if (override.headerRow < top || override.headerRow > bottom) return '表头行应在表格范围之内。';
  }
  if (Object.keys(override.columns ?? {}).length === 0) delete override.columns;
  return override;
}
