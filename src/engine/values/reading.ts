/**
 * What a cell means as a number. Published tables store the same figure as 0.95 with a
 * % format, as the text "95%", as "９５％", or as 95 beside a unit column saying "%".
 * Every later rule works on a Reading, never on a raw cell.
 */
import { isExcelError, type Cell } from '../grid.js';
import { memoize } from '../text/memo.js';
import { normalizeText } from '../text/normalize.js';

export type Reading =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'number';
      readonly value: number;
      /** The figure was written as a percentage (format or "%" sign): `value` is a fraction. */
      readonly percent: boolean;
      /** Decimals shown to the reader: the basis of the comparison tolerance. */
      readonly decimals: number;
    }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'error'; readonly code: string };

export const EMPTY_READING: Reading = { kind: 'empty' };

/**
 * A figure typed as text: "95%", "1,234.50", and amounts or points with their unit
 * ("4753.66万元", "125.25万", "1,234.50元", "5分"), which tables type as often as bare numbers.
 */
const NUMERIC_TEXT =
  /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(%|万元|亿元|千元|元|万|亿|分)?$/;
/** Tokens a table uses for "nothing here"; they read as empty, not as text. */
const BLANK_TOKENS = new Set(['', '-', '--', '/', '\\', '—', '——', '-/-']);

/** A formula whose result was never calculated (files written by scripts and exports). */
const UNCOMPUTED: Reading = { kind: 'error', code: '公式未计算' };

export function readCell(cell: Cell): Reading {
  const { value } = cell;
  if (value === null) return cell.formula ? UNCOMPUTED : EMPTY_READING;
  if (isExcelError(value)) return { kind: 'error', code: value.error };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'error', code: '#NUM!' };
    const format = cell.format === undefined ? GENERAL : formatInfo(cell.format);
    // A date is a date ("2021-12-31"), never the serial number 44561 or 4456100%.
    if (format.date) return { kind: 'text', text: dateText(value) };
    return {
      kind: 'number',
      value,
      percent: format.percent,
      decimals: displayDecimals(value, format),
    };
  }
  return readText(value);
}

/** Whether normalised text reads as empty ("/", "—"). */
export function isBlankText(normalized: string): boolean {
  return BLANK_TOKENS.has(normalized);
}

/** Whether normalised text reads as a number ("95%", "1,234.5"). */
export function looksNumeric(normalized: string): boolean {
  return NUMERIC_TEXT.test(normalized);
}

/** Longer than any figure or blank token: prose, read as text without normalising it. */
const MAX_FIGURE_LENGTH = 32;

export function readText(raw: string, normalized?: string): Reading {
  if (raw.length > MAX_FIGURE_LENGTH) return { kind: 'text', text: raw.trim() };
  const text = normalized ?? normalizeText(raw);
  if (BLANK_TOKENS.has(text)) return EMPTY_READING;
  const match = NUMERIC_TEXT.exec(text);
  if (!match) return { kind: 'text', text: raw.trim() };
  const digits = (match[1] ?? '').replace(/,/g, '');
  const percent = match[2] === '%';
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const value = Number(digits);
  return percent
    ? { kind: 'number', value: value / 100, percent: true, decimals: decimals + 2 }
    : { kind: 'number', value, percent: false, decimals };
}

export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && formatInfo(format).percent;
}

interface FormatInfo {
  readonly percent: boolean;
  /** y/m/d/h/s codes outside quotes: a date or time. */
  readonly date: boolean;
  /** Decimals a fixed format shows, or null for General. */
  readonly fixedDecimals: number | null;
}

const GENERAL: FormatInfo = { percent: false, date: false, fixedDecimals: null };

/** Sheets use a handful of formats over thousands of cells: parse each once. */
const formatInfo = memoize((format: string): FormatInfo => {
  const bare = format.replace(/"[^"]*"/g, '');
  const fixed = format !== 'General' ? /0(?:\.(0+))?/.exec(bare) : null;
  const codes = bare.replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return {
    percent: bare.includes('%'),
    date: format !== 'General' && /[ymdhs]/i.test(codes),
    fixedDecimals: fixed ? (fixed[1]?.length ?? 0) : null,
  };
});

/**
 * Decimals of the value as the reader sees it, in the unit of `value` (for a percentage,
 * "0.00%" shows 4 decimals of the fraction). General format shows what was typed.
 */
function displayDecimals(value: number, format: FormatInfo): number {
  const { fixedDecimals: fixed, percent } = format;
  if (fixed !== null) return fixed + (percent ? 2 : 0);
  // General shows what was typed; a typed "10" next to a computed 9.91 is still a
  // difference a reader sees, so General never tolerates less than two decimals.
  if (Number.isInteger(value)) return percent ? 4 : 2;
  const typed = String(Number(value.toPrecision(12)));
  const dot = typed.indexOf('.');
  return Math.max(dot < 0 ? 0 : Math.min(typed.length - dot - 1, 10), percent ? 4 : 2);
}

/** An Excel serial date (1900 system) as "2021-12-31". */
function dateText(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

export function numberOf(reading: Reading): number | null {
  return reading.kind === 'number' ? reading.value : null;
}

/** Half a unit of each possible last shown decimal, computed once. */
const HALF_UNITS = Array.from({ length: 16 }, (_, d) => 0.5 * 10 ** -d + 1e-9);

/** Half a unit of the last shown decimal: a stated 8.95 for 8.951 is right. */
export function tolerance(reading: Reading): number {
  const decimals = reading.kind === 'number' ? Math.min(reading.decimals, 15) : 2;
  return HALF_UNITS[decimals]!;
}

/** Rounds for display and for values written back (no float noise like 99.50000000001). */
export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * factor) / factor;
}
