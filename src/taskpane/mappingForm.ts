/**
 * The mapping correction form as data: what the fields hold, what is wrong with them (each
 * message at its field), and the override to save — which exists only for a valid form, so an
 * invalid mapping is never saved or used.
 */
import { fromA1, type CellRange } from '../engine/index.js';
import type { ColumnMapping, ColumnRole, MappingOverride } from '../engine/index.js';
import { columnLetter, rangeToA1 } from './format.js';
import { ROLE_LABELS, ROLE_ORDER } from './labels.js';

/** The fields as typed: 1-based header row, A1 range, a column index per role ('' = none). */
export interface Draft {
  readonly headerRow: string;
  readonly range: string;
  readonly columns: Readonly<Partial<Record<ColumnRole, string>>>;
}

export type Field = 'headerRow' | 'range' | ColumnRole;

export type FormErrors = Readonly<Partial<Record<Field, string>>>;

export function draftFrom(mapping: ColumnMapping | null): Draft {
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

/** Full-width digits, letters and colons (Ａ２０：Ｉ６５) as typed with a Chinese input method. */
function halfWidth(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** "A20:I65" (either corner first, full-width accepted); null when it is not a range. */
export function parseRange(text: string): CellRange | null {
  const parts = halfWidth(text).split(':');
  if (parts.length !== 2) return null;
  try {
    const a = fromA1(parts[0] ?? '');
    const b = fromA1(parts[1] ?? '');
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
  } catch {
    return null;
  }
}

function parseRow(text: string): number | null {
  const t = halfWidth(text);
  if (!/^\d+$/.test(t)) return null;
  const row = Number(t);
  return row >= 1 ? row - 1 : null;
}

export interface Validation {
  readonly errors: FormErrors;
  /** The header row (0-based), range and columns the form describes, when it is valid. */
  readonly valid: {
    readonly headerRow: number;
    readonly range: CellRange;
    readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  } | null;
}

/**
 * Checks the whole form: a header row inside the table, each column chosen for one role only and
 * inside the table, 得分 chosen, and 分值 chosen unless the sheet has a budget execution block
 * (whose score and cap then stand beside the indicators').
 */
export function validate(draft: Draft, hasExecutionBlock: boolean): Validation {
  const errors: Partial<Record<Field, string>> = {};
  const headerRow = parseRow(draft.headerRow);
  if (headerRow === null) errors.headerRow = '请填写表头所在的行号（从 1 开始的整数）。';
  const range = parseRange(draft.range);
  if (!range) errors.range = '表格范围的写法应像 A20:I65（全角“：”也可以）。';
  if (range && headerRow !== null && (headerRow < range.top || headerRow > range.bottom)) {
    errors.headerRow = `表头行应在表格范围之内（第 ${range.top + 1}–${range.bottom + 1} 行）。`;
  }
  const columns: Partial<Record<ColumnRole, number>> = {};
  const owner = new Map<number, ColumnRole>();
  for (const role of ROLE_ORDER) {
    const text = draft.columns[role] ?? '';
    if (text === '') continue;
    const col = Number(text);
    const other = owner.get(col);
    if (other) {
      errors[role] = `${columnLetter(col)} 列已选作「${ROLE_LABELS[other]}」，每列只能对应一项。`;
      continue;
    }
    if (range && (col < range.left || col > range.right)) {
      errors[role] = `${columnLetter(col)} 列不在表格范围 ${rangeToA1(range)} 之内。`;
      continue;
    }
    owner.set(col, role);
    columns[role] = col;
  }
  // Without a 分值 column the caps can come from the execution block ("20+80" tables).
  const required: readonly ColumnRole[] = hasExecutionBlock ? ['score'] : ['score', 'cap'];
  for (const role of required) {
    if ((draft.columns[role] ?? '') === '')
      errors[role] ??= `请选择「${ROLE_LABELS[role]}」所在的列。`;
  }
  const valid =
    Object.keys(errors).length === 0 && range && headerRow !== null
      ? { headerRow, range, columns }
      : null;
  return { errors, valid };
}

/**
 * The override to save for a valid form: what was saved before plus what differs from the
 * recognised mapping now, so fields the user never touched keep following automatic recognition.
 */
export function toOverride(
  draft: Draft,
  valid: NonNullable<Validation['valid']>,
  mapping: ColumnMapping | null,
  saved: MappingOverride | null,
  confirmed: boolean,
): MappingOverride {
  const initial = draftFrom(mapping);
  const override: {
    confirmed?: boolean;
    headerRow?: number;
    range?: CellRange;
    columns?: Partial<Record<ColumnRole, number | null>>;
  } = { ...saved, columns: { ...saved?.columns } };
  if (!mapping || draft.headerRow !== initial.headerRow) override.headerRow = valid.headerRow;
  if (!mapping || rangeToA1(valid.range) !== initial.range) override.range = valid.range;
  for (const role of ROLE_ORDER) {
    const now = draft.columns[role] ?? '';
    if (mapping ? now === (initial.columns[role] ?? '') : now === '') continue;
    override.columns = { ...override.columns, [role]: now === '' ? null : Number(now) };
  }
  if (Object.keys(override.columns ?? {}).length === 0) delete override.columns;
  if (confirmed) override.confirmed = true;
  return override;
}
