/**
 * 指标值 / 实际完成值 as quantities. A target is quantitative only when, besides its
 * comparator and number, at most a short unit remains ("≥1份", "≤20%", "100");
 * "2021年底前完成" and "11月底前" stay qualitative although they hold digits.
 */
import { memoize } from '../text/memo.js';
import { normalizeText } from '../text/normalize.js';
import type { Reading } from './reading.js';

export type Comparator = '>=' | '<=' | '=';

export interface Quantity {
  /** A fraction when `percent`, else the figure as written. */
  readonly value: number;
  readonly percent: boolean;
}

export type Target =
  | {
      readonly kind: 'quantitative';
      readonly op: Comparator;
      readonly quantity: Quantity;
      readonly explicitOp: boolean;
    }
  | { readonly kind: 'qualitative'; readonly text: string }
  | { readonly kind: 'none' };

/** Comparator words, longest first so "不低于" wins over "低于". */
const PREFIXES: readonly (readonly [string, Comparator])[] = [
  ['大于等于', '>='],
  ['小于等于', '<='],
  ['不少于', '>='],
  ['不低于', '>='],
  ['不小于', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['控制在', '<='],
  ['>=', '>='],
  ['<=', '<='],
  ['=>', '>='],
  ['=<', '<='],
  ['至少', '>='],
  ['达到', '>='],
  ['最多', '<='],
  ['高于', '>='],
  ['大于', '>='],
  ['低于', '<='],
  ['小于', '<='],
  ['等于', '='],
  ['≥', '>='],
  ['≤', '<='],
  ['>', '>='],
  ['<', '<='],
  ['=', '='],
];
const SUFFIXES: readonly (readonly [string, Comparator])[] = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
];
const NUMBER = /^[+-]?\d+(?:,\d{3})*(?:\.\d+)?/;
/** A month named as a date: "月", "月底前", "月份", "月末", "月中旬前" (not "个月", a duration). */
const MONTH_OF_YEAR = /^月(?:份|底|末|初|上旬|中旬|下旬)?(?:前|之前|以前)?$/;
/** What may remain after the number: a unit, not a sentence. */
const MAX_UNIT_LENGTH = 4;

export function parseTarget(reading: Reading, unit: string, direction: Comparator | null): Target {
  const unitPercent = isPercentUnit(unit);
  switch (reading.kind) {
    case 'empty':
    case 'error':
      return { kind: 'none' };
    case 'number':
      return {
        kind: 'quantitative',
        op: direction ?? '>=',
        quantity: scaled({ value: reading.value, percent: reading.percent }, unitPercent),
        explicitOp: direction !== null,
      };
    case 'text': {
      const parsed = parseComparison(reading.text);
      if (!parsed) return { kind: 'qualitative', text: reading.text };
      return {
        kind: 'quantitative',
        op: parsed.op ?? direction ?? '>=',
        quantity: scaled(parsed.quantity, unitPercent),
        explicitOp: parsed.op !== null || direction !== null,
      };
    }
  }
}

/** An actual value as a quantity, or null when it cannot be compared ("完整", "已完成"). */
export function parseActual(reading: Reading, unit: string): Quantity | null {
  const unitPercent = isPercentUnit(unit);
  if (reading.kind === 'number')
    return scaled({ value: reading.value, percent: reading.percent }, unitPercent);
  if (reading.kind !== 'text') return null;
  const parsed = parseComparison(reading.text);
  return parsed ? scaled(parsed.quantity, unitPercent) : null;
}

/** 指标性质 column: "≥", "正向", "≤", "反向", "=" … */
export function parseDirection(text: string): Comparator | null {
  const t = normalizeText(text);
  if (/^(≥|>=|>|正向|越大越好|不低于|不少于)/.test(t)) return '>=';
  if (/^(≤|<=|<|反向|越小越好|不超过|不高于)/.test(t)) return '<=';
  if (/^(=|等于)/.test(t)) return '=';
  return null;
}

function isPercentUnit(unit: string): boolean {
  if (unit === '%') return true;
  if (unit.length > 8) return false;
  const u = normalizeText(unit);
  return u === '%' || u === '百分比' || u === '百分率';
}

function scaled(q: Quantity, unitPercent: boolean): Quantity {
  return !q.percent && unitPercent ? { value: q.value / 100, percent: true } : q;
}

type Comparison = { readonly op: Comparator | null; readonly quantity: Quantity } | null;

/** Targets repeat down a column ("≥95%" on half the rows): parse each distinct text once. */
const parseComparison = memoize(parseUncached);

function parseUncached(raw: string): Comparison {
  let text = normalizeText(raw);
  let op: Comparator | null = null;
  for (const [word, comparator] of PREFIXES) {
    if (text.startsWith(word)) {
      op = comparator;
      text = text.slice(word.length);
      break;
    }
  }
  const number = NUMBER.exec(text);
  if (!number) return null;
  let rest = text.slice(number[0].length);
  const percent = rest.startsWith('%');
  if (percent) rest = rest.slice(1);
  for (const [word, comparator] of SUFFIXES) {
    if (rest.endsWith(word)) {
      op ??= comparator;
      rest = rest.slice(0, -word.length);
      break;
    }
  }
  if (rest.length > MAX_UNIT_LENGTH || /\d/.test(rest)) return null;
  const value = Number(number[0].replace(/,/g, ''));
  // "11月底前", "10月": a month of the year is a date, not a quantity of months.
  if (!percent && MONTH_OF_YEAR.test(rest) && Number.isInteger(value) && value >= 1 && value <= 12)
    return null;
  return { op, quantity: { value: percent ? value / 100 : value, percent } };
}
