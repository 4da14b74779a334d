/**
 * The small phrases rules are built of, read from normalised clause text: an award at the end
 * of a clause ("得满分", "计5分", "不得分", "得80%"), a condition on a figure ("满意度≥95%",
 * "90%>固定资产利用率≥75%", "80%(含)-90%", "低于60%") and the figure a rule names.
 */
import type { Award, Bound, Interval, Measure } from './rule.js';

export const NUM = String.raw`\d+(?:\.\d+)?`;

/** Any digit or comparison: a clause holding one states a figure, not a category. */
export const FIGURE = /[\d≥≤<>=]|大于|小于|高于|低于|超过|不足|不低于|不超过/;

const ZERO =
  /(?:则|即)?(?:本项|此项|该项)?(?:不得分|不计分|不给分|得零分|[得计记为]?(?<![\d.])0分|零分)$/;
const FULL =
  /(?:则|即)?可?(?:[得计记给赋]|计该指标所赋|计该项)?(?:满分|全分|全部分值|标准分|该项分值)$/;
const SHARE = new RegExp(`[得计记](${NUM})%(?:的?分值)?$`);
const POINTS = new RegExp(`(?<![扣减加\\d.])可?[得计记给赋]?(${NUM})分$`);
const BRACKETED = new RegExp(`\\((${NUM})分\\)$`);

export interface Awarded {
  /**
   * What the clause says before its award, trailing "的", "时" ("达到95%时") and commas removed;
   * "及时", "按时" keep theirs.
   */
  readonly cond: string;
  readonly award: Award;
  /** The award was written "(1分)", as checklist items are. */
  readonly bracketed: boolean;
}

/** The award a clause ends with, and the condition before it. */
export function splitAward(text: string): Awarded | null {
  const bracket = BRACKETED.exec(text);
  if (bracket) return awarded(text, bracket, { kind: 'points', points: Number(bracket[1]) }, true);
  const zero = ZERO.exec(text);
  if (zero) return awarded(text, zero, { kind: 'points', points: 0 }, false);
  const full = FULL.exec(text);
  if (full) return awarded(text, full, { kind: 'full' }, false);
  const share = SHARE.exec(text);
  if (share) return awarded(text, share, { kind: 'share', share: Number(share[1]) / 100 }, false);
  const points = POINTS.exec(text);
  if (points) return awarded(text, points, { kind: 'points', points: Number(points[1]) }, false);
  return null;
}

function awarded(text: string, match: RegExpExecArray, award: Award, bracketed: boolean): Awarded {
  const cond = text
    .slice(0, match.index)
    .replace(/^(?:如果?|若|凡)/, '')
    .replace(/(?:[,:的者]|(?<![及按准同适即临当])时)+$/, '');
  return { cond, award, bracketed };
}

/** A bound as written: `explicit` when the text says which side the number falls on. */
interface BoundDraft extends Bound {
  readonly explicit: boolean;
}

export interface Condition {
  /** The figure the condition is on, as written; null when it names none. */
  readonly subject: string | null;
  readonly min: BoundDraft | null;
  readonly max: BoundDraft | null;
  /** Whether the numbers are percentages; null when only a 0 is written ("=0"). */
  readonly percent: boolean | null;
}

type Op = '>=' | '>' | '<=' | '<' | '=';

/** Longest first, so "不低于" wins over "低于". */
const OPS: readonly (readonly [string, Op])[] = [
  ['大于等于', '>='],
  ['小于等于', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不大于', '<='],
  ['>=', '>='],
  ['<=', '<='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['不足', '<'],
  ['达到', '>='],
  ['等于', '='],
  ['≥', '>='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];
const OP = OPS.map(([w]) => w.replace(/[<>=]/g, (c) => `\\${c}`)).join('|');
const OP_OF = new Map(OPS);
/** A number, its percent sign and a "(含)" / "(不含)" saying whether the bound counts. */
const Q = String.raw`(${NUM})(%?)(\((?:不?含)\))?`;
const SUBJECT = String.raw`([^\d≥≤<>=]*?)`;

const TWO_SIDED = new RegExp(`^${Q}(${OP})${SUBJECT}(${OP})${Q}$`);
const ONE_SIDED = new RegExp(`^${SUBJECT}(${OP})${Q}(以上|以下|以内)?$`);
const RANGE = new RegExp(`^${SUBJECT}${Q}(?:-|~|至|到)${Q}(?:之间)?$`);
const SUFFIXED = new RegExp(`^${SUBJECT}${Q}(及以上|以上|及以下|以下|以内)$`);
const BARE = new RegExp(`^${SUBJECT}${Q}$`);

/** A condition on a figure; `bare` also reads "控制率100%" (a standard with its comparison lost). */
export function parseCondition(raw: string, bare = false): Condition | null {
  const text = raw.replace(/^(?:如果?|若|当)/, '');
  let m = TWO_SIDED.exec(text);
  if (m) {
    const [, n1, p1, a1, op1, subject, op2, n2, p2, a2] = m;
    const percent = p1 === '%' || p2 === '%';
    const left = sideOf(flip(OP_OF.get(op1!)!), bound(n1!, percent, a1, op1!));
    const right = sideOf(OP_OF.get(op2!)!, bound(n2!, percent, a2, op2!));
    if (!left || !right || left.side === right.side) return null;
    const sides =
      left.side === 'min' ? { min: left.b, max: right.b } : { min: right.b, max: left.b };
    return { subject: subjectOf(subject!), ...sides, percent };
  }
  m = ONE_SIDED.exec(text);
  if (m) {
    const [, subject, op, n, p, a] = m;
    const b = bound(n!, p === '%', a, op!);
    const which = OP_OF.get(op!)!;
    const percent = percentOf(n!, p!);
    if (which === '=') return { subject: subjectOf(subject!), min: b, max: b, percent };
    const side = sideOf(which, b)!;
    return side.side === 'min'
      ? { subject: subjectOf(subject!), min: side.b, max: null, percent }
      : { subject: subjectOf(subject!), min: null, max: side.b, percent };
  }
  m = RANGE.exec(text);
  if (m) {
    const [, subject, n1, p1, a1, n2, p2, a2] = m;
    const percent = p1 === '%' || p2 === '%';
    const x = bound(n1!, percent, a1, null);
    const y = bound(n2!, percent, a2, null);
    const [min, max] = x.value <= y.value ? [x, y] : [y, x];
    return { subject: subjectOf(subject!), min, max, percent };
  }
  m = SUFFIXED.exec(text);
  if (m) {
    const [, subject, n, p, a, suffix] = m;
    const b = bound(n!, p === '%', a, null);
    const percent = percentOf(n!, p!);
    return suffix!.endsWith('以上')
      ? { subject: subjectOf(subject!), min: b, max: null, percent }
      : { subject: subjectOf(subject!), min: null, max: b, percent };
  }
  if (!bare) return null;
  m = BARE.exec(text);
  if (!m) return null;
  const [, subject, n, p] = m;
  const b = bound(n!, p === '%', undefined, '=');
  return { subject: subjectOf(subject!), min: b, max: b, percent: percentOf(n!, p!) };
}

function percentOf(n: string, p: string): boolean | null {
  return p === '%' ? true : Number(n) === 0 ? null : false;
}

/** A bound's value and whether it counts: from the comparator, else from "(含)", else open. */
function bound(n: string, percent: boolean, annotation: string | undefined, op: string | null) {
  const value = percent ? Number(n) / 100 : Number(n);
  if (annotation) return { value, inclusive: !annotation.includes('不'), explicit: true };
  if (op !== null) {
    const which = OP_OF.get(op)!;
    return { value, inclusive: which !== '>' && which !== '<', explicit: true };
  }
  return { value, inclusive: true, explicit: false };
}

function flip(op: Op): Op {
  return op === '>' ? '<' : op === '<' ? '>' : op === '>=' ? '<=' : op === '<=' ? '>=' : '=';
}

/** "x ≥ n" bounds x from below; "n > x" is read as "x < n" by the caller. */
function sideOf(op: Op, b: BoundDraft): { side: 'min' | 'max'; b: BoundDraft } | null {
  if (op === '=') return null;
  return { side: op === '>=' || op === '>' ? 'min' : 'max', b };
}

function subjectOf(raw: string): string | null {
  const s = raw.replace(/[“”"'‘’…]/g, '').replace(/^[,:.]+|[,:.的]+$/g, '');
  return s === '' ? null : s;
}

/** The figure a rule names, and how it relates to the leaf's columns. */
export function measureOf(name: string | null): Measure {
  if (name === null || name === '') return { name: null, basis: 'unnamed' };
  if (/[/÷]/.test(name)) return { name, basis: 'formula' };
  if (/完成(?:率|比例|程度|情况)|完成值与指标值|与计划/.test(name))
    return { name, basis: 'completion' };
  return { name, basis: 'actual' };
}

/** Settles bounds the text leaves open ("80%-90%" beside "≥90%": 90% belongs to the tier above). */
export function settle(conditions: readonly Condition[]): Interval[] | null {
  const percents = conditions.map((c) => c.percent).filter((p) => p !== null);
  if (percents.some((p) => p !== percents[0])) return null;
  const percent = percents[0] ?? false;
  const mins = conditions.map((c, i) => {
    const b = c.min;
    if (!b || b.explicit) return b;
    const closedBelow = conditions.some(
      (o, j) => j !== i && o.max?.explicit && o.max.inclusive && o.max.value === b.value,
    );
    return { ...b, inclusive: !closedBelow };
  });
  return conditions.map((c, i) => {
    const min = mins[i] ?? null;
    let max: Bound | null = c.max;
    if (max && !c.max!.explicit) {
      const value = max.value;
      const taken = mins.some((o, j) => j !== i && o?.inclusive && o.value === value);
      max = { value, inclusive: !taken };
    }
    return {
      min: min && { value: min.value, inclusive: min.inclusive },
      max: max && { value: max.value, inclusive: max.inclusive },
      percent,
    };
  });
}

/** Whether two ranges share a point. */
export function overlaps(a: Interval, b: Interval): boolean {
  return !(below(a, b) || below(b, a));
}

/** Every point of `a` lies under every point of `b`. */
function below(a: Interval, b: Interval): boolean {
  if (!a.max || !b.min) return false;
  if (a.max.value < b.min.value) return true;
  return a.max.value === b.min.value && !(a.max.inclusive && b.min.inclusive);
}

/** 一 … 十 as step counts ("每超过一个百分点"). */
export function countOf(word: string | undefined): number | null {
  if (word === undefined || word === '') return 1;
  const n = Number(word);
  if (!Number.isNaN(n)) return n;
  const digits: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 十: 10 };
  return digits[word] ?? null;
}
