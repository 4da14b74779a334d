/**
 * parseStandard: one 评分标准 text → a typed rule, or the text back as `Unparsed`.
 *
 * The text is cut into clauses; each clause either scores (it awards or deducts points),
 * defines a figure ("…率=…/…×100%", "…是指…", "注：…") or describes. A reading is accepted only
 * when it accounts for every scoring clause: a clause it cannot place (酌情扣分, a second
 * method) leaves the whole text unparsed rather than half-read.
 */
import { clausesOf, type Clause } from './clauses.js';
import type {
  AllOrNothing,
  Award,
  Cases,
  CaseOf,
  Checklist,
  ChecklistItem,
  Deduction,
  Finding,
  Findings,
  Interval,
  PerOccurrence,
  Proportional,
  QualitativeBands,
  Reverse,
  ScoringRule,
  Standard,
  Tier,
  Tiers,
} from './rule.js';
import {
  FIGURE,
  NUM,
  countOf,
  measureOf,
  overlaps,
  parseCondition,
  settle,
  splitAward,
  type Condition,
} from './terms.js';

/** Standards repeat down a column ("高中低三档…" on every row): parse each distinct text once. */
const parsed = new Map<string, Standard>();
const MAX_CACHED = 10_000;

export function parseStandard(text: string): Standard {
  let result = parsed.get(text);
  if (result === undefined) {
    result = parseUncached(text);
    if (parsed.size < MAX_CACHED) parsed.set(text, result);
  }
  return result;
}

function parseUncached(text: string): Standard {
  const clauses = clausesOf(text);
  return read(clauses, READERS) ?? byIndicatorType(clauses) ?? sum(clauses) ?? unparsed(text);
}

function unparsed(text: string): Standard {
  return { kind: 'unparsed', text: text.trim() };
}

/** A reading of some clauses: the rule and the clauses it used. */
interface Found {
  readonly rule: ScoringRule;
  readonly used: ReadonlySet<number>;
}

type Reader = (clauses: readonly Clause[], scoring: readonly number[]) => Found | null;

/** Tried in order: the more specific shapes first (a deduction clause beside "≤100%计5分"). */
const READERS: readonly Reader[] = [
  deduction,
  perOccurrence,
  reverse,
  proportional,
  tiers,
  onlyAt,
  allOrNothing,
  cases,
  checklist,
  findings,
];

/** The first reading that accounts for every scoring clause, voiding conditions wrapped round it. */
function read(clauses: readonly Clause[], readers: readonly Reader[]): ScoringRule | null {
  const scoring = clauses.flatMap((c, i) => (isScoring(c.text) ? [i] : []));
  if (scoring.length === 0) return null;
  for (const reader of readers) {
    const found = reader(clauses, scoring);
    if (!found) continue;
    const rest = scoring.filter((i) => !found.used.has(i));
    const guards = rest.map((i) => zeroCondition(clauses[i]!.text));
    if (guards.some((g) => g === null)) continue;
    let rule = found.rule;
    for (const [k, zeroWhen] of guards.entries()) {
      rule = {
        kind: 'guarded',
        rule,
        zeroWhen: zeroWhen!,
        quote: `${rule.quote}；${clauses[rest[k]!]!.raw}`,
      };
    }
    return rule;
  }
  return null;
}

/** Whether a clause awards or deducts points (as opposed to defining or describing). */
function isScoring(text: string): boolean {
  if (isDefinition(text)) return false;
  // "根据项目工作量完成情况评分" names the basis; the clauses after it say how.
  // "根据项目资金的实际到位率计算得分" is itself the method.
  if (
    /^(?:根据|依据)/.test(text) &&
    !/\d分|扣|酌情|比例|率(?:计算|折算)?(?:得分|计分|记分)$/.test(text)
  )
    return false;
  // "按以下标准分档计分": the tiers follow.
  if (/分档[计评]分$/.test(text) && !/\d/.test(text)) return false;
  return /\d分|满分|全分|不得分|得分|计分|记分|评分|扣|零分|分值|标准分/.test(text);
}

function isDefinition(text: string): boolean {
  if (/是指|^其中:|^注:/.test(text)) return true;
  return /^[^=]{1,40}=/.test(text) && !/得分=|分$/.test(text);
}

function quoteOf(clauses: readonly Clause[], used: Iterable<number>): string {
  return [...used]
    .sort((a, b) => a - b)
    .map((i) => clauses[i]!.raw)
    .join('；');
}

const UNTIL_EXHAUSTED = new RegExp(
  `^,?(?:扣完为止|直至扣完|扣完即止|扣完|(?:扣满|扣完|最多扣|最高扣)(${NUM})分(?:为止)?)$`,
);

/** "扣完为止" (null: down to 0) or "扣满15分为止" (15); undefined when `text` is neither. */
function limitOf(text: string): number | null | undefined {
  const m = UNTIL_EXHAUSTED.exec(text);
  if (!m) return undefined;
  return m[1] === undefined ? null : Number(m[1]);
}

const BELOW = '少|降低|低于|下降|减少|不足';
const ABOVE = '超过|超出|高于|增加|提高|上升|多';
const EITHER = '相差|偏离|偏差';
const STEP_UNITS = '个百分点|百分点|%|人次|人|次|天|日|家|户|台|套|万元|元';
const DEDUCT = new RegExp(
  `^(.*?)每(${BELOW}|${ABOVE}|${EITHER})(${NUM}|[一两二三四五十])?(${STEP_UNITS})?,?则?(?:扣除?|扣减|减)(${NUM})分(.*)$`,
);

/** 每少/每超过 N (个百分点) 扣 M 分, with the standard it counts from and what it starts at. */
function deduction(clauses: readonly Clause[], scoring: readonly number[]): Found | null {
  const hits = scoring.filter((i) => DEDUCT.test(clauses[i]!.text));
  if (hits.length !== 1) return null;
  const at = hits[0]!;
  const [, pre, verb, n, unit, points, rest] = DEDUCT.exec(clauses[at]!.text)!;
  const count = countOf(n);
  if (count === null || (n === undefined && unit === undefined)) return null;
  const limit = limitOf(rest!);
  if (limit === undefined && rest !== '') return null;
  const direction = new RegExp(`^(?:${BELOW})$`).test(verb!)
    ? 'below'
    : new RegExp(`^(?:${ABOVE})$`).test(verb!)
      ? 'above'
      : 'either';
  const stepPercent = unit !== undefined && /百分点|%/.test(unit);
  const step = { value: stepPercent ? count / 100 : count, percent: stepPercent };

  const used = new Set([at]);
  let threshold: number | null = null;
  let thresholdPercent: boolean | null = null;
  let name: string | null = null;
  let start: Award = { kind: 'full' };
  let lim = limit ?? null;
  const takeThreshold = (c: Condition | null, fromSide: boolean): boolean => {
    if (!c) return false;
    const b = thresholdSide(c, direction, fromSide);
    if (b === undefined) return false;
    if (threshold !== null && threshold !== b) return false;
    threshold = b;
    thresholdPercent ??= c.percent;
    // "“三公经费”变动率≦0" names the figure better than the "“三公经费”>0" beside it.
    if (c.subject && c.subject.length > (name?.length ?? 0)) name = c.subject;
    return true;
  };
  const prefix = pre!.replace(/,$/, '');
  if (prefix !== '' && !takeThreshold(parseCondition(prefix), false)) {
    if (FIGURE.test(prefix) || isScoring(prefix)) return null;
    name = prefix.replace(/[“”"]/g, '');
  }
  for (const i of scoring) {
    if (i === at) continue;
    const text = clauses[i]!.text;
    const own = limitOf(text);
    if (own !== undefined) {
      lim = own;
      used.add(i);
      continue;
    }
    const standard = new RegExp(`^以(${NUM})(%?)为(?:标准|基准|上限|下限)$`).exec(text);
    if (standard) {
      const value = standard[2] === '%' ? Number(standard[1]) / 100 : Number(standard[1]);
      if (threshold !== null && threshold !== value) return null;
      threshold = value;
      thresholdPercent ??= standard[2] === '%';
      used.add(i);
      continue;
    }
    const award = splitAward(text);
    if (!award || (award.award.kind !== 'full' && award.award.kind !== 'points')) continue;
    if (FIGURE.test(award.cond)) {
      if (!takeThreshold(parseCondition(award.cond, true), true)) continue;
    } else if (award.award.kind !== 'full') continue;
    start = award.award;
    used.add(i);
  }
  const rule: Deduction = {
    kind: 'deduction',
    measure: measureOf(name),
    direction,
    threshold:
      threshold === null
        ? null
        : { value: threshold, percent: thresholdPercent ?? (threshold === 0 && stepPercent) },
    step,
    points: Number(points),
    start,
    limit: lim,
    quote: quoteOf(clauses, used),
  };
  return { rule, used };
}

/**
 * The threshold a condition sets for a deduction: "≤100%" before "每超过" (the top of the
 * full-marks range), "≥95%" before "每少"; ">0" in the deduction clause itself is where the
 * deduction starts. Undefined when the condition does not fit the direction.
 */
function thresholdSide(
  c: Condition,
  direction: Deduction['direction'],
  fullMarksRange: boolean,
): number | undefined {
  if (c.min && c.max) return c.min.value === c.max.value ? c.min.value : undefined;
  if (direction === 'either') return undefined;
  // Full marks up to the standard and deductions above it: the range's top, and vice versa.
  const upper = (direction === 'above') === fullMarksRange;
  const b = upper ? c.max : c.min;
  return b ? b.value : undefined;
}

const OCCURRENCE = new RegExp(
  `^(.*?)(?:每|一)(?:出现|存在|发现|有)?(?:一|1)?(个|项|例|处|次|起|宗|件|条)(.*?),?的?,?(?:扣除?|减)(${NUM})分(.*)$`,
);

const FINDING = new RegExp(`^(.+?),?则?扣(?:除|减)?(${NUM})(?:-(${NUM}))?分$`);

/**
 * "虚列套取扣4-7分 依据不合规扣2分 截留、挤占、挪用扣3-6分": points off for each kind of finding,
 * beside full marks when there is none; never a shortfall on a figure ("低于90%扣2分").
 */
function findings(clauses: readonly Clause[], scoring: readonly number[]): Found | null {
  const items: Finding[] = [];
  const used = new Set<number>();
  for (const i of scoring) {
    const text = clauses[i]!.text;
    const m = FINDING.exec(text);
    if (m) {
      const what = m[1]!.replace(/[,的]+$/, '');
      if (what === '' || FIGURE.test(what) || /每|酌情|得分|满分|分值/.test(what)) return null;
      // "逾期一天扣1分" counts days: a deduction per occurrence, not one finding.
      if (/[一二两三四五六七八九十][天日次个项例处起件条月周人户家名]/.test(what)) return null;
      const [min, max] = [Number(m[2]), Number(m[3] ?? m[2])];
      if (!(min > 0) || max < min) return null;
      items.push({ text: what, min, max });
      used.add(i);
    } else if (limitOf(text) === null || fullMarksClause(text)) used.add(i);
  }
  if (items.length === 0) return null;
  const rule: Findings = {
    kind: 'findings',
    items: [items[0]!, ...items.slice(1)],
    quote: quoteOf(clauses, used),
  };
  return { rule, used };
}

/** 每出现一例…扣1分 / 一项…没有完成扣4分: a count the table does not hold. */
function perOccurrence(clauses: readonly Clause[], scoring: readonly number[]): Found | null {
  const hits = scoring.filter((i) => OCCURRENCE.test(clauses[i]!.text));
  if (hits.length !== 1) return null;
  const at = hits[0]!;
  const [, pre, unit, body, points, rest] = OCCURRENCE.exec(clauses[at]!.text)!;
  const limit = limitOf(rest!);
  if (limit === undefined && rest !== '') return null;
  // "一项重点工作没有完成": the words after the count; "…不符合要求的,一项扣1分": those before;
  // "每少一项": an item missing.
  const missingOne = /每?(?:缺少|少|缺)$/.test(pre!);
  const before = missingOne ? '缺少' : pre!;
  // "不完整的每个项目", "审核程序缺失,每个项目": the words before qualify what is counted.
  const qualifier = missingOne ? undefined : /(?:^|,)([^,]+?)(?:的,?|,)$/.exec(pre!)?.[1];
  const counted =
    body && qualifier && !/\d分|满分|得分/.test(qualifier) ? `${qualifier}的${body}` : body;
  const what = (counted || before).replace(/[,的]+$/, '').replace(/^[,]+/, '');
  if (what === '' || /\d分|满分|得分/.test(what)) return null;
  const used = new Set([at]);
  let lim = limit ?? null;
  for (const i of scoring) {
    if (i === at) continue;
    const own = limitOf(clauses[i]!.text);
    if (own !== undefined) {
      lim = own;
      used.add(i);
      continue;
    }
    if (fullMarksClause(clauses[i]!.text)) used.add(i);
  }
  const rule: PerOccurrence = {
    kind: 'per-occurrence',
    what,
    unit: unit!,
    points: Number(points),
    limit: lim,
    quote: quoteOf(clauses, used),
  };
  return { rule, used };
}

/**
 * "全部按期保质保量完成得8分", "…实现绩效目标全覆盖(8分)", "在计划时间内完成的,得满分": full
 * marks when nothing is wrong, stated beside a deduction or a proportion.
 */
function fullMarksClause(text: string): boolean {
  const a = splitAward(text);
  if (!a || FIGURE.test(a.cond) || /扣|酌情/.test(a.cond)) return false;
  return a.award.kind === 'full' || (a.award.kind === 'points' && a.award.points > 0);
}

const TIMES = '[×*xX]';
const PROPORTION_FORMS: readonly RegExp[] = [
  // 本指标得分=政府采购执行率×2分, 一季度预算执行率得分=(…/序时进度25%)×1分
  new RegExp(`^[^=,]{0,20}?得分=(.+?)${TIMES}(${NUM})分$`),
  // 得分=完成率×分值
  new RegExp(`^[^=,]{0,20}?得分=(.+?)${TIMES}(?:该指标)?(?:分值|权重|标准分|满分)$`),
  // 完成率×分值
  new RegExp(`^([^=,]+?)${TIMES}(?:该指标|本指标)?(?:分值|权重|标准分)$`),
  // 部分项目未按计划时间完成=已完成项目数/计划完成项目总数×6分
  new RegExp(`^(?:[^=]*?)=([^=]+?/[^=]+?)${TIMES}(${NUM})分$`),
];
/** 按完成比例计分 / 按照完成值与指标值的比例计分 / 按实际完成率乘以标准分计分. */
const BY_RATIO =
  /^(.*?),?按(?:照)?(?:实际)?(完成(?:比例|率|程度)|完成值与指标值的比例|实际完成率|比例)(?:计算)?(?:乘以(?:标准分|分值))?(?:计算)?(?:得分|计分|记分|折算得分)(?:,?满分为止)?$/;

/**
 * 未达到指标值,按B/A或A/B*该指标分值记分 (A the 指标值, B the 实际完成值): the completion ratio
 * × 分值, "或A/B" being the same ratio for a "≤" target.
 */
const BY_QUOTIENT = new RegExp(
  `^(.*?),?按(?:照)?(B/A(?:或A/B)?)${TIMES}(?:该指标|本指标)?(?:分值|权重|标准分)(?:计算)?(?:得分|计分|记分)?$`,
);

/** 根据项目资金的实际到位率计算得分 / 按资金到位比例计分: the rate it names × 分值. */
const BY_NAMED_RATE =
  /^(?:根据|依据|按照?)([^,;=×*]{1,24}?(?:率|比例))(?:计算|折算)?(?:得分|计分|记分)$/;

function proportional(clauses: readonly Clause[], scoring: readonly number[]): Found | null {
  let at = -1;
  let rule: Proportional | null = null;
  for (const i of scoring) {
    const text = clauses[i]!.text;
    const found = proportionIn(text);
    if (!found) continue;
    if (rule) return null;
    at = i;
    rule = { kind: 'proportional', ...found, quote: '' };
  }
  if (!rule) return null;
  const used = new Set([at]);
  for (const i of scoring) {
    if (i === at) continue;
    const text = clauses[i]!.text;
    if (/^满分为止$/.test(text) || fullMarksClause(text)) used.add(i);
  }
  return { rule: { ...rule, quote: quoteOf(clauses, used) }, used };
}

function proportionIn(text: string): Pick<Proportional, 'measure' | 'points'> | null {
  for (const form of PROPORTION_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const name = m[1]!.replace(/[“”"]/g, '');
    return { measure: measureOf(name), points: m[2] === undefined ? null : Number(m[2]) };
  }
  const rate = BY_NAMED_RATE.exec(text);
  if (rate) return { measure: measureOf(rate[1]!), points: null };
  const m = BY_RATIO.exec(text) ?? BY_QUOTIENT.exec(text);
  if (!m) return null;
  // What may lead: "二者择其一进行考核", "未按时完成的", or when it is full marks
  // ("完成年度投资计划任务得标准分"); never a figure ("低于60%的") or another method.
  const lead = m[1]!.split(',').filter((p) => p !== '');
  if (lead.some((p) => !fullMarksClause(p) && (isScoring(p) || FIGURE.test(p)))) return null;
  return { measure: { name: m[2]!, basis: 'completion' }, points: null };
}

const OVER_LIMIT = new RegExp(
  `^超[出过](?:的|部分)?,?按照?(指标值|目标值|标准值|计划值|A|(${NUM})(%?))[/÷](实际值|实际完成值|完成值|实际数|B)(?:${TIMES}(?:分值|权重|该指标分值))?(?:计分|计算得分|计算|得分|计)?$`,
);
/** A limit named, not written: "≤A", "实际值≤目标值", "未超出指标值" — the leaf's 指标值. */
const NAMED_LIMIT =
  /^(?:实际值?|实际完成值|完成值)?(?:≤|<=|不超过|不高于|未超[出过])(?:A|指标值|目标值|标准值|计划值)?$/;

/** "≤20%得满分，超出的按目标值/实际值计分": full marks up to a limit, then limit ÷ actual. */
function reverse(clauses: readonly Clause[], scoring: readonly number[]): Found | null {
  const whole = /^(.+?),(超[出过].*)$/.exec(scoring.map((i) => clauses[i]!.text).join(','));
  if (!whole) return null;
  const a = splitAward(whole[1]!);
  const m = OVER_LIMIT.exec(whole[2]!);
  if (!a || !m || a.award.kind !== 'full') return null;
  let limit: Reverse['limit'] = null;
  if (!NAMED_LIMIT.test(a.cond)) {
    const c = parseCondition(a.cond);
    if (!c || c.min || !c.max) return null;
    limit = { value: c.max.value, percent: c.percent ?? false };
  }
  if (m[2] !== undefined) {
    const written = m[3] === '%' ? Number(m[2]) / 100 : Number(m[2]);
    if (!limit || limit.value !== written) return null;
  }
  const rule: Reverse = { kind: 'reverse', limit, quote: quoteOf(clauses, scoring) };
  return { rule, used: new Set(scoring) };
}

/** "≥95%得满分；90%–95%得80%；…": every scoring clause a condition on one figure and its award. */
function tiers(clauses: readonly Clause[], scoring: readonly number[]): Found | null {
  const conditions: Condition[] = [];
  const awards: Award[] = [];
  for (const part of scoring.flatMap((i) => awardedParts(clauses[i]!.text) ?? [''])) {
    const a = splitAward(part);
    if (!a || a.bracketed) return null;
    const c = parseCondition(a.cond);
    if (!c) return null;
    conditions.push(c);
    awards.push(a.award);
  }
  if (conditions.length < 2) return null;
  const subjects = new Set(conditions.flatMap((c) => (c.subject ? [c.subject] : [])));
  if (subjects.size > 1) return null;
  const intervals = settle(conditions);
  if (!intervals || anyOverlap(intervals)) return null;
  const list = intervals.map((when, k): Tier => ({ when, award: awards[k]! }));
  const rule: Tiers = {
    kind: 'tiers',
    measure: measureOf([...subjects][0] ?? null),
    tiers: [list[0]!, list[1]!, ...list.slice(2)],
    quote: quoteOf(clauses, scoring),
  };
  return { rule, used: new Set(scoring) };
}

const NOT_AT = new RegExp(`^(.+?)(?:≠|不等于)(${NUM})(%?)则?(?:不得分|得0分|计0分)$`);
const OUTSIDE = new RegExp(
  `^(.+?)(?:超出|超过|偏离)(?:正负|±)(${NUM})(%)(?:的)?(?:不得分|得0分|计0分)$`,
);

/**
 * Full marks at one figure or within a band round 100 %, nothing either side: "实际支出率≠100%
 * 则不得分", "预算完成率超出正负10%不得分" (宜兴 基本公卫). Tiers, the middle one the full marks.
 */
function onlyAt(clauses: readonly Clause[], scoring: readonly number[]): Found | null {
  if (scoring.length !== 1) return null;
  const text = clauses[scoring[0]!]!.text;
  const at = NOT_AT.exec(text);
  const band = at ? null : OUTSIDE.exec(text);
  const m = at ?? band;
  if (!m) return null;
  const percent = m[3] === '%';
  const figure = Number(m[2]) / (percent ? 100 : 1);
  const [low, high] = band ? [1 - figure, 1 + figure] : [figure, figure];
  const nothing: Award = { kind: 'points', points: 0 };
  const rule: Tiers = {
    kind: 'tiers',
    measure: measureOf(m[1]!),
    tiers: [
      { when: { min: null, max: { value: low, inclusive: false }, percent }, award: nothing },
      {
        when: {
          min: { value: low, inclusive: true },
          max: { value: high, inclusive: true },
          percent,
        },
        award: { kind: 'full' },
      },
      { when: { min: { value: high, inclusive: false }, max: null, percent }, award: nothing },
    ],
    quote: quoteOf(clauses, scoring),
  };
  return { rule, used: new Set(scoring) };
}

/**
 * A clause cut after each award ("≥95%得满分,90%-95%得80%"), keeping a condition with the award
 * that follows its comma ("满意度≥95%的,得6分"); null when words remain after the last award.
 */
function awardedParts(text: string): string[] | null {
  const parts: string[] = [];
  let pending = '';
  for (const piece of text.split(',')) {
    pending = pending === '' ? piece : `${pending},${piece}`;
    if (splitAward(pending)) {
      parts.push(pending);
      pending = '';
    }
  }
  return pending === '' ? parts : null;
}

function anyOverlap(intervals: readonly Interval[]): boolean {
  return intervals.some((a, i) => intervals.some((b, j) => j > i && overlaps(a, b)));
}

const PASS_FAIL = new RegExp(
  `^(.+?)(?:[得计记]?(?:满分|全分|得分)|可?[得计记给赋]?(${NUM})分)[,;](.+?)的?,?(不得分|不计分|得0分|0分|扣(${NUM})分)$`,
);
/** 按时 and 逾期 are each other's negation without a negating word. */
const ON_TIME = /^(?:按时|及时|按期)/;
const LATE = /^(?:逾期|超期|延期|延迟|滞后)/;

/**
 * "有规划得满分，无规划不得分", "未超编满分，超编扣0.5分", "有…计2分,没有不得分": one condition
 * and its negation; or a lone condition with its points ("资金管理制度健全规范,得2分"), which
 * earns nothing when not met.
 */
function allOrNothing(clauses: readonly Clause[], scoring: readonly number[]): Found | null {
  const text = scoring.map((i) => clauses[i]!.text).join(',');
  const m = PASS_FAIL.exec(text);
  // A lone condition stands for the whole text only when nothing else is said ("根据完成情况
  // 评分。全部完成得满分" grades what falls short).
  if (!m) return clauses.length === 1 ? lone(clauses, scoring[0]!) : null;
  const [, written, points, unmet, , less] = m;
  const met = written!.replace(/的$/, '');
  if (FIGURE.test(met) || FIGURE.test(unmet!) || /酌情|扣|每/.test(met)) return null;
  const negated = (s: string) => /[无不未没非否]/.test(s);
  const opposed = ON_TIME.test(met) && LATE.test(unmet!);
  if (!opposed && negated(met) === negated(unmet!)) return null;
  if (points !== undefined && !(Number(points) > 0)) return null;
  const rule: AllOrNothing = {
    kind: 'all-or-nothing',
    met,
    unmet: unmet!,
    award: points === undefined ? { kind: 'full' } : { kind: 'points', points: Number(points) },
    otherwise:
      less === undefined ? { kind: 'points', points: 0 } : { kind: 'less', points: Number(less) },
    quote: quoteOf(clauses, scoring),
  };
  return { rule, used: new Set(scoring) };
}

/**
 * "实行国库集中支付的,得2分": the only scoring clause, a condition in words and its points. A
 * bracketed award counts only after a yes-or-no question ("年度工作计划是否完整可行(3分)"), as
 * each item of such a checklist does; "目标明确(2分)" alone may be graded.
 */
function lone(clauses: readonly Clause[], at: number): Found | null {
  const a = splitAward(clauses[at]!.text);
  if (!a || (a.bracketed && !a.cond.includes('是否')) || a.cond === '' || FIGURE.test(a.cond))
    return null;
  if (/酌情|扣|每|否则|得分|计分|分值/.test(a.cond)) return null;
  if (a.award.kind !== 'full' && !(a.award.kind === 'points' && a.award.points > 0)) return null;
  const rule: AllOrNothing = {
    kind: 'all-or-nothing',
    met: a.cond,
    unmet: null,
    award: a.award,
    otherwise: { kind: 'points', points: 0 },
    quote: clauses[at]!.raw,
  };
  return { rule, used: new Set([at]) };
}

const GRADE_STEPS = new RegExp(`^(.+?)([二两三四五2-5])档,?按(${NUM})分每档递减$`);

/** Named grades: "高中低三档，按0.2分每档递减", or "无结余,3分;…;结余超过上年结转,不得分". */
function cases(clauses: readonly Clause[], scoring: readonly number[]): Found | null {
  if (scoring.length === 1) {
    const m = GRADE_STEPS.exec(clauses[scoring[0]!]!.text);
    if (!m) return null;
    const n = countOf(m[2]);
    const labels = m[1]!.includes('、') ? m[1]!.split('、') : [...m[1]!];
    if (n === null || labels.length !== n) return null;
    const step = Number(m[3]);
    const list = labels.map((label, k): CaseOf => ({
      label,
      award: k === 0 ? { kind: 'full' } : { kind: 'less', points: Number((k * step).toFixed(6)) },
    }));
    return found(list, clauses, scoring);
  }
  const graded = bracketedGrades(clauses, scoring);
  if (graded) return found(graded, clauses, scoring);
  const list: CaseOf[] = [];
  for (const i of scoring) {
    const c = clauses[i]!;
    const a = splitAward(c.text);
    // Labels may compare in words ("有结余,但不超过上年结转") but never state a figure.
    if (!a || a.bracketed || c.item !== 0 || a.cond === '' || /[\d≥≤<>=]/.test(a.cond)) return null;
    if (a.award.kind !== 'points') return null;
    list.push({ label: a.cond, award: a.award });
  }
  const points = list.map((c) => (c.award.kind === 'points' ? c.award.points : Number.NaN));
  const descending = points.every((p, k) => k === 0 || p < points[k - 1]!);
  if (!descending || points[points.length - 1] !== 0) return null;
  return found(list, clauses, scoring);
}

/**
 * "到位及时(2分) 不及时但未影响项目进度(1分) 不及时并影响项目进度(0.5分)": bracketed points
 * on grades of one thing, each later one grading the first down, the points falling.
 */
function bracketedGrades(clauses: readonly Clause[], scoring: readonly number[]): CaseOf[] | null {
  const list: CaseOf[] = [];
  for (const i of scoring) {
    const a = splitAward(clauses[i]!.text);
    if (!a?.bracketed || a.award.kind !== 'points' || a.cond === '' || FIGURE.test(a.cond))
      return null;
    list.push({ label: a.cond, award: a.award });
  }
  const points = list.map((c) => (c.award.kind === 'points' ? c.award.points : Number.NaN));
  if (list.length < 2 || points.some((p, k) => k > 0 && !(p < points[k - 1]!))) return null;
  return list.every((c, k) => k === 0 || gradesOfOne(list[0]!.label, c.label)) ? list : null;
}

function found(
  list: CaseOf[],
  clauses: readonly Clause[],
  scoring: readonly number[],
): Found | null {
  if (list.length < 2) return null;
  const rule: Cases = {
    kind: 'cases',
    cases: [list[0]!, list[1]!, ...list.slice(2)],
    quote: quoteOf(clauses, scoring),
  };
  return { rule, used: new Set(scoring) };
}

const ITEM_POINTS = new RegExp(`^(.+?),(${NUM})分$`);
/** "没有不得分" after the items: what lacks them earns nothing, as a checklist implies. */
const NONE_ZERO = /^(?:没有|无|否则)$/;

/**
 * Points per item met: "①…，1分；②…，1分", "目标明确(1分) 目标细化(1分)", "1、单位财务管理制度1分;
 * 2、…", "制定…三年规划的,得2分;建立…项目库的,得3分". Items that grade one thing ("到位及时(2分)
 * 不及时…(1分)", "全部完成,5分;部分完成,3分") are cases, not a checklist.
 */
function checklist(clauses: readonly Clause[], scoring: readonly number[]): Found | null {
  const items: ChecklistItem[] = [];
  const used = new Set<number>();
  for (const i of scoring) {
    const c = clauses[i]!;
    const a = splitAward(c.text);
    if (a && a.award.kind === 'points' && a.award.points === 0 && NONE_ZERO.test(a.cond)) {
      used.add(i);
      continue;
    }
    let item: ChecklistItem | null = null;
    if (a?.bracketed && a.award.kind === 'points') item = { text: a.cond, points: a.award.points };
    else if (c.item > 0 && ITEM_POINTS.test(c.text)) {
      const m = ITEM_POINTS.exec(c.text)!;
      item = { text: m[1]!, points: Number(m[2]) };
    } else if (a?.award.kind === 'points' && a.award.points > 0 && !FIGURE.test(a.cond))
      item = { text: a.cond, points: a.award.points };
    if (!item) continue;
    if (item.points <= 0 || item.text === '' || /扣|酌情|不得分|得0分|\d分/.test(item.text))
      return null;
    items.push(item);
    used.add(i);
  }
  if (items.length < 2) return null;
  if (items.some((x, k) => items.some((y, j) => j > k && gradesOfOne(x.text, y.text)))) return null;
  const rule: Checklist = {
    kind: 'checklist',
    items: [items[0]!, items[1]!, ...items.slice(2)],
    quote: quoteOf(clauses, used),
  };
  return { rule, used };
}

const NEGATION = /^(?:不|未|无|没有|没|非)/;
const DEGREE = /^(?:全部|完全|大部分|大部|部分|基本|较好|较差|良好|优秀|一般|合格)/;

/**
 * Whether two labels grade one thing rather than name two: one negates the other ("到位及时" /
 * "不及时但未影响项目进度", "无结余" / "有结余"), or each opens with its own degree ("全部完成" /
 * "部分完成", "优秀" / "良好").
 */
function gradesOfOne(a: string, b: string): boolean {
  if (negates(a, b) || negates(b, a)) return true;
  const x = DEGREE.exec(a);
  const y = DEGREE.exec(b);
  return x !== null && y !== null && x[0] !== y[0];
}

/** "不及时…" negates "到位及时": the words after the negation stand in the other label. */
function negates(positive: string, negative: string): boolean {
  const m = NEGATION.exec(negative);
  if (!m || NEGATION.test(positive)) return false;
  const core = negative.slice(m[0].length, m[0].length + 2);
  return core.length === 2 && positive.includes(core);
}

const ZERO_WHEN =
  /^(?:如果?|若|凡)?(.+?),?则?(?:本项指标|本项|此项|该项|本指标)?(?:得0分|不得分|为0分|计0分|记0分)$/;

/** "如实际采购金额大于采购预算，本项得0分": a condition, not a figure, that voids the rule. */
function zeroCondition(text: string): string | null {
  const m = ZERO_WHEN.exec(text);
  if (!m || /\d|酌情/.test(m[1]!)) return null;
  return m[1]!.replace(/^.*?,(?:如果?|若)/, '').replace(/^(?:如果?|若)/, '');
}

/** "分值区间 100%-80% (含)、…" or "指标分值的100-80%(含80%)、…": three shares of 分值. */
const BANDS = new RegExp(
  `(?:分值|得分)(?:区间|的).*?(${NUM})%?-(${NUM})%(\\(含(?:${NUM}%)?\\))?、(${NUM})%?-(${NUM})%(\\(含(?:${NUM}%)?\\))?、(${NUM})%?-(${NUM})%`,
);

/** 定性 tiers as shares of 分值, listed achieved → partly → not achieved (seed 000 注3). */
function qualitativeBands(clauses: readonly Clause[], scoring: readonly number[]): Found | null {
  if (scoring.length !== 1) return null;
  const m = BANDS.exec(clauses[scoring[0]!]!.text);
  if (!m || !/三档/.test(clauses[scoring[0]!]!.text)) return null;
  const n = m.slice(1).map((v) => (v === undefined || v.startsWith('(') ? v : Number(v) / 100));
  const band = (a: unknown, b: unknown) => {
    const [x, y] = [a as number, b as number];
    return { min: Math.min(x, y), max: Math.max(x, y) };
  };
  const rule: QualitativeBands = {
    kind: 'qualitative-bands',
    bands: { achieved: band(n[0], n[1]), partial: band(n[3], n[4]), failed: band(n[6], n[7]) },
    quote: quoteOf(clauses, scoring),
  };
  return { rule, used: new Set(scoring) };
}

/** A note whose sentences rule 定性 and 定量 indicators apart: each part read on its own. */
function byIndicatorType(clauses: readonly Clause[]): ScoringRule | null {
  const starts = clauses.flatMap((c, i) => {
    const m = /^(定性|定量)指标/.exec(c.text);
    return m ? [{ i, type: m[1] === '定性' ? 'qualitative' : 'quantitative' }] : [];
  });
  if (starts.length === 0 || starts.length > 2) return null;
  if (clauses.slice(0, starts[0]!.i).some((c) => isScoring(c.text))) return null;
  let quantitative: ScoringRule | null = null;
  let qualitative: ScoringRule | null = null;
  for (const [k, s] of starts.entries()) {
    const part = clauses.slice(s.i, starts[k + 1]?.i ?? clauses.length);
    const rule = read(part, s.type === 'qualitative' ? [qualitativeBands] : READERS);
    if (!rule) return null;
    if (s.type === 'qualitative') qualitative = rule;
    else quantitative = rule;
  }
  const quote = clauses.map((c) => c.raw).join('；');
  if (quantitative) return { kind: 'by-indicator-type', quantitative, qualitative, quote };
  return qualitative && { kind: 'by-indicator-type', quantitative: null, qualitative, quote };
}

/** Numbered parts each a rule of its own ("1.“三公”经费控制率…3分 2.日常公用经费控制率…3分"). */
function sum(clauses: readonly Clause[]): ScoringRule | null {
  const items = [...new Set(clauses.map((c) => c.item))].filter((n) => n > 0);
  if (items.length < 2) return null;
  if (clauses.some((c) => c.item === 0 && isScoring(c.text))) return null;
  const parts: ScoringRule[] = [];
  for (const n of items) {
    const rule = read(
      clauses.filter((c) => c.item === n),
      READERS,
    );
    if (!rule) return null;
    parts.push(rule);
  }
  return {
    kind: 'sum',
    parts: [parts[0]!, parts[1]!, ...parts.slice(2)],
    quote: parts.map((p) => p.quote).join('；'),
  };
}
