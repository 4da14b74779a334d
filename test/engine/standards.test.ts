/**
 * A table's own 评分标准: every golden text parses as hand-checked (or stays unparsed), the
 * rules score real and worked facts, and nothing is guessed. The run prints the share parsed
 * and every text with its reading, for a reader to audit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRule,
  parseStandard,
  type Award,
  type Interval,
  type LeafFacts,
  type ScoringRule,
  type Standard,
} from '../../src/engine/standards/index.js';
import { readText } from '../../src/engine/values/reading.js';
import { parseTarget } from '../../src/engine/values/target.js';
import { GOLDEN_TEXTS, type Scored } from './standards-texts.js';

/** The rule without its quotes, as the golden list writes it. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'quote')
        .map(([k, v]) => [k, shape(v)]),
    );
  return value;
}

function factsOf(s: Pick<Scored, 'cap' | 'target' | 'unit' | 'actual' | 'outcome'>): LeafFacts {
  return {
    cap: s.cap,
    target: parseTarget(readText(s.target), s.unit, null),
    actual: readText(s.actual),
    unit: s.unit,
    outcome: s.outcome ?? null,
  };
}

function ruleOf(text: string): ScoringRule {
  const standard = parseStandard(text);
  if (standard.kind === 'unparsed') throw new Error(`unparsed: ${text}`);
  return standard;
}

describe('golden 评分标准 texts', () => {
  it('holds at least 60 distinct real texts, each with its source', () => {
    expect(new Set(GOLDEN_TEXTS.map((t) => t.text)).size).toBe(GOLDEN_TEXTS.length);
    expect(GOLDEN_TEXTS.length).toBeGreaterThanOrEqual(60);
    for (const t of GOLDEN_TEXTS)
      expect(t.source).toMatch(/^(seed 00\d|https?:\/\/|corpus [a-z0-9-]+ [A-Z]+\d+$)/);
  });

  for (const [n, golden] of GOLDEN_TEXTS.entries()) {
    it(`#${n} ${golden.leaf ?? golden.source}: ${golden.text.slice(0, 24)}…`, () => {
      const standard = parseStandard(golden.text);
      if (golden.expected === 'unparsed')
        expect(standard).toEqual({ kind: 'unparsed', text: golden.text.trim() });
      else expect(shape(standard)).toEqual(golden.expected);
      for (const s of golden.scored ?? []) {
        const applied = applyRule(standard as ScoringRule, factsOf(s));
        const e = s.expected;
        if ('missing' in e) expect(applied).toEqual({ kind: 'missing', missing: e.missing });
        else if ('score' in e) {
          expect(applied.kind, s.from).toBe('score');
          if (applied.kind === 'score') expect(applied.score).toBeCloseTo(e.score, 4);
        } else {
          expect(applied.kind, s.from).toBe('range');
          if (applied.kind === 'range') {
            expect(applied.min).toBeCloseTo(e.min, 4);
            expect(applied.max).toBeCloseTo(e.max, 4);
          }
        }
      }
    });
  }

  it('parses at least 80% of the texts that state a way to score (prints every reading)', () => {
    const rows = GOLDEN_TEXTS.map((t, n) => {
      const standard = parseStandard(t.text);
      return {
        '#': n,
        leaf: t.leaf ?? '(note)',
        text: t.text.length > 40 ? `${t.text.slice(0, 40)}…` : t.text,
        reading: summary(standard),
        statesMethod: statesMethod(t.text),
      };
    });
    const parsed = rows.filter((r) => !r.reading.startsWith('unparsed'));
    const withMethod = rows.filter((r) => r.statesMethod);
    const parsedWithMethod = withMethod.filter((r) => !r.reading.startsWith('unparsed'));
    console.table(rows.map(({ statesMethod: _, ...r }) => r));
    console.log(
      `评分标准 parsed: ${parsed.length}/${rows.length} texts (${pct(parsed.length, rows.length)}); ` +
        `${parsedWithMethod.length}/${withMethod.length} (${pct(parsedWithMethod.length, withMethod.length)}) ` +
        'of those that award or deduct points at all (the rest, e.g. "财务管理是否规范", state no method).',
    );
    expect(parsedWithMethod.length / withMethod.length).toBeGreaterThanOrEqual(0.8);
  });
});

/** Whether a text awards or deducts points anywhere: "财务管理是否规范" does not. */
function statesMethod(text: string): boolean {
  return /\d\s*分|满分|得分|计分|评分|扣/.test(text);
}

function pct(a: number, b: number): string {
  return `${((a / b) * 100).toFixed(1)}%`;
}

/** One line per reading, for the audit table. */
function summary(standard: Standard): string {
  switch (standard.kind) {
    case 'unparsed':
      return 'unparsed';
    case 'proportional':
      return `proportional: ${standard.measure.name ?? '完成率'}(${standard.measure.basis}) × ${standard.points ?? '分值'}`;
    case 'reverse':
      return `reverse: ≤${standard.limit ? standard.limit.value : '指标值'} 满分，超出按上限÷实际`;
    case 'deduction':
      return `deduction: ${standard.measure.name ?? '实际'} ${standard.direction} ${standard.threshold ? standard.threshold.value : '指标值'}, −${standard.points} per ${standard.step.value}${standard.limit === null ? '' : `, at most ${standard.limit}`}`;
    case 'per-occurrence':
      return `per-occurrence: −${standard.points} per ${standard.unit}「${standard.what}」`;
    case 'findings':
      return `findings: ${standard.items.map((i) => `${i.text} −${i.min === i.max ? i.min : `${i.min}–${i.max}`}`).join('; ')}`;
    case 'tiers':
      return `tiers on ${standard.measure.name ?? '实际'}: ${standard.tiers.map((t) => `${interval(t.when)}→${award(t.award)}`).join('; ')}`;
    case 'all-or-nothing':
      return `all-or-nothing: ${standard.met}→${award(standard.award)}, ${standard.unmet ?? '否则'}→${award(standard.otherwise)}`;
    case 'cases':
      return `cases: ${standard.cases.map((c) => `${c.label}→${award(c.award)}`).join('; ')}`;
    case 'checklist':
      return `checklist: ${standard.items.map((i) => i.points).join('+')}`;
    case 'qualitative-bands':
      return 'qualitative bands';
    case 'by-indicator-type':
      return `定量: ${standard.quantitative ? summary(standard.quantitative) : '—'} | 定性: ${standard.qualitative ? summary(standard.qualitative) : '—'}`;
    case 'sum':
      return `sum of ${standard.parts.map(summary).join(' + ')}`;
    case 'guarded':
      return `${summary(standard.rule)}; 0 if ${standard.zeroWhen}`;
  }
}

function interval(when: Interval): string {
  const v = (x: number) => (when.percent ? `${+(x * 100).toFixed(4)}%` : String(x));
  const { min, max } = when;
  if (min && max && min.value === max.value) return `=${v(min.value)}`;
  const lo = min ? `${v(min.value)}${min.inclusive ? '≤' : '<'}` : '';
  const hi = max ? `${max.inclusive ? '≤' : '<'}${v(max.value)}` : '';
  return `${lo}x${hi}`;
}

function award(a: Award): string {
  switch (a.kind) {
    case 'full':
      return '满分';
    case 'points':
      return `${a.points}分`;
    case 'share':
      return `${a.share * 100}%分值`;
    case 'less':
      return `分值−${a.points}`;
  }
}

describe('the kinds of rule, in the words tables use', () => {
  it.each([
    ['完成率×分值', 'proportional'],
    ['得分=政府采购执行率×2分', 'proportional'],
    ['按完成比例计分', 'proportional'],
    ['每少1个百分点扣0.5分，扣完为止', 'deduction'],
    ['每降低1%扣1分', 'deduction'],
    ['一项未完成扣4分，扣完为止', 'per-occurrence'],
    ['≥95%得满分，90%–95%得80%，80%–90%得60%，低于80%不得分', 'tiers'],
    ['≥90%的得1分；90%>…≥75%的得0.7分', 'tiers'],
    ['完成得满分，未完成不得分', 'all-or-nothing'],
    ['按时完成得满分，未按时完成的按完成比例计分', 'proportional'],
    ['每少一项扣1分，扣完为止', 'per-occurrence'],
    ['≤A 满分，超出按 A/B 计', 'reverse'],
    ['实际值≤目标值的得满分，超出的按目标值/实际值×分值计分', 'reverse'],
    ['有项目年度工作计划计2分,没有不得分', 'all-or-nothing'],
    ['按时申报绩效目标计2分,逾期扣1分', 'all-or-nothing'],
    ['资金管理制度健全规范,得2分', 'all-or-nothing'],
    ['符合法律法规(1分) 符合经济社会发展规划(1分)', 'checklist'],
    ['1、单位财务管理制度1分;\n2、项目管理制度1分', 'checklist'],
    ['①目标明确，1分；②目标细化，1分', 'checklist'],
    ['制定三年规划的,得2分;建立项目库的,得3分', 'checklist'],
    ['根据项目资金的实际到位率计算得分', 'proportional'],
    ['按资金到位比例计分', 'proportional'],
    ['虚列套取扣4-7分 依据不合规扣2分', 'findings'],
    ['到位及时(2分) 不及时但未影响项目进度(1分) 不及时并影响项目进度(0.5分)', 'cases'],
    ['优秀(5分) 良好(4分) 一般(3分) 较差(1分)', 'cases'],
    ['无结余(3分) 有结余(2分)', 'cases'],
  ])('%s → %s', (text, kind) => {
    expect(parseStandard(text).kind).toBe(kind);
  });

  it.each([
    ['全部完成,得5分;部分完成,得3分', 'checklist'],
    ['无结余,3分;有结余,2分', 'checklist'],
    ['逾期一天扣1分', 'findings'],
    ['低于90%扣2分', 'findings'],
    ['纳入重点工作部署,得1分;有正面批示的,一个加1分,最多加2分', 'checklist'],
  ])('%s is no %s', (text, kind) => {
    expect(parseStandard(text).kind).not.toBe(kind);
  });
});

describe('applyRule explains with the rule it applied', () => {
  const facts = (target: string, actual: string, cap = 5) =>
    factsOf({ cap, target, unit: '', actual });

  it('quotes a per-point deduction and the arithmetic (the message a finding carries)', () => {
    const applied = applyRule(ruleOf('每少1个百分点扣0.5分，扣完为止'), facts('≥95%', '92%'));
    expect(applied).toEqual({
      kind: 'score',
      score: 3.5,
      explanation:
        '按表中评分标准「每少1个百分点扣0.5分，扣完为止」应得 3.5 分（实际 92%，指标值 ≥95%，少 3 个百分点，每 1 个百分点扣 0.5 分，共扣 1.5 分）',
    });
  });

  it('gives a range when the shortfall is not a whole number of steps', () => {
    const applied = applyRule(ruleOf('每少1个百分点扣0.5分，扣完为止'), facts('≥95%', '92.5%'));
    expect(applied).toMatchObject({ kind: 'range', min: 3.5, max: 4 });
  });

  it('reads "每降低1%" against a count target as a share of the target', () => {
    const applied = applyRule(ruleOf('每降低1%扣1分'), facts('≥200人', '190人'));
    expect(applied).toMatchObject({ kind: 'score', score: 0 });
    expect(applyRule(ruleOf('每降低1%扣1分'), facts('≥200人', '196人'))).toMatchObject({
      kind: 'score',
      score: 3,
    });
  });

  it('scores 完成率×分值 on 实际 ÷ 指标值, never above 分值', () => {
    const rule = ruleOf('完成率×分值');
    expect(applyRule(rule, facts('≥95%', '90%'))).toMatchObject({ score: 5 * (0.9 / 0.95) });
    expect(applyRule(rule, facts('≥90%', '99%'))).toMatchObject({ score: 5 });
  });

  it('scores the reverse form ≤A 满分，超出按 A/B', () => {
    const rule = ruleOf('≤20%得满分，超出的按目标值/实际值计分');
    expect(rule).toMatchObject({ kind: 'reverse', limit: { value: 0.2, percent: true } });
    const over = applyRule(rule, facts('≤20%', '30%', 1));
    expect(over.kind === 'score' && over.score).toBeCloseTo(2 / 3, 9);
    expect(applyRule(rule, facts('≤20%', '15%', 1))).toMatchObject({ score: 1 });
  });

  it('keeps a voiding condition it cannot check as an exception, not a guess', () => {
    const rule = ruleOf(GOLDEN_TEXTS.find((t) => t.leaf === '政府采购执行率')!.text);
    const applied = applyRule(rule, facts('', '90.81%', 2));
    expect(applied).toMatchObject({ kind: 'score', exception: '实际采购金额大于采购预算' });
    expect(applied.kind === 'score' && applied.explanation).toContain(
      '「本指标得分=政府采购执行率×2分；如实际采购金额大于采购预算，本项得0分」',
    );
  });

  it('says what is missing when the count is not in the table', () => {
    expect(applyRule(ruleOf('一项未完成扣4分，扣完为止'), facts('完成', '完成', 8))).toEqual({
      kind: 'missing',
      missing: '未完成的项数（表中没有）',
    });
  });

  it('judges pass/fail on a figure against its target, or on the rule’s own words', () => {
    const rule = ruleOf('完成得满分，未完成不得分');
    expect(applyRule(rule, facts('≥10次', '8次', 2))).toMatchObject({ score: 0 });
    expect(applyRule(rule, facts('≥10次', '12次', 2))).toMatchObject({ score: 2 });
    expect(applyRule(rule, facts('完成', '已完成', 2))).toMatchObject({ score: 2 });
    expect(applyRule(rule, facts('完成', '基本完成', 2))).toEqual({
      kind: 'missing',
      missing: '是否「完成」（实际完成值未写明）',
    });
  });
});

describe('applyRule on rubric items', () => {
  const facts = (actual: string, cap: number) => factsOf({ cap, target: '', unit: '', actual });

  it('counts a deduction from the points the item names, not from 分值', () => {
    const rule = ruleOf('绩效目标规范1分,不规范扣0.5分');
    expect(applyRule(rule, facts('不规范', 4))).toMatchObject({ kind: 'score', score: 0.5 });
    expect(applyRule(rule, facts('绩效目标规范', 4))).toMatchObject({ kind: 'score', score: 1 });
    expect(applyRule(ruleOf('按时申报绩效目标计2分,逾期扣1分'), facts('逾期', 2))).toMatchObject({
      score: 1,
    });
  });

  it('gives a lone condition its points when the table says it is met, and asks otherwise', () => {
    const rule = ruleOf('实行国库集中支付的,得2分');
    expect(applyRule(rule, facts('实行国库集中支付', 2))).toMatchObject({ score: 2 });
    expect(applyRule(rule, facts('', 2))).toEqual({
      kind: 'missing',
      missing: '是否「实行国库集中支付」（实际完成值未写明）',
    });
  });

  it('asks which findings occurred: the table never says', () => {
    expect(applyRule(ruleOf('虚列套取扣4-7分 依据不合规扣2分'), facts('', 7))).toEqual({
      kind: 'missing',
      missing: '所列问题（虚列套取；依据不合规）是否发生（表中没有）',
    });
  });
});

describe('parseStandard never guesses', () => {
  it('leaves discretionary, descriptive and mixed texts unparsed, with the text', () => {
    for (const text of [
      '酌情扣分',
      '根据实际情况评分',
      '反映部门(单位)绩效信息公开执行到位情况。',
      '实际采购金额大于采购预算，本项得0分',
      '90-100 分为优、80-89 分为良、60-79 分为中、0-59 分为差。',
      '≥95%得满分，90%–96%得80%',
      '≥95%得满分；90%-95%每少1个百分点扣1分；低于90%不得分',
      '低于60%的，按完成比例计分',
      '每少1个百分点扣0.5分；满意度低于60%不得分',
      '根据项目工作量完成情况评分。全部完成得满分',
    ])
      expect(parseStandard(text)).toEqual({ kind: 'unparsed', text });
  });

  it('returns any text either as a rule or unparsed, and a rule never scores outside [0, 分值]', () => {
    const pieces = fc.constantFrom(
      '≥',
      '≤',
      '<',
      '>',
      '=',
      '95%',
      '90%',
      '5',
      '0.5',
      '得',
      '计',
      '扣',
      '分',
      '满分',
      '不得分',
      '每少',
      '每超过',
      '1个百分点',
      '一项',
      '，',
      '；',
      '。',
      '1. ',
      '2. ',
      '(1分)',
      '完成',
      '未完成',
      '×',
      '分值',
      '按完成比例计分',
      '扣完为止',
      '以100%为标准',
      '高中低三档',
      '无',
      '有',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 14 }).map((p) => p.join('')),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (text, actual) => {
          const standard = parseStandard(text);
          if (standard.kind === 'unparsed') return standard.text === text.trim();
          const applied = applyRule(
            standard,
            factsOf({ cap: 5, target: '≥90%', unit: '', actual: `${(actual * 100).toFixed(1)}%` }),
          );
          if (applied.kind === 'score') return applied.score >= 0 && applied.score <= 5;
          if (applied.kind === 'range')
            return applied.min >= 0 && applied.min <= applied.max && applied.max <= 5;
          return applied.missing !== '';
        },
      ),
      { numRuns: 2000 },
    );
  });
});
