/**
 * Header vocabulary, as data (domain.md, "Header vocabulary"). Terms are in normalised form
 * (see text/normalize.ts). A label takes the role of the LONGEST term it contains, so
 * "得分率" is a rate, not a score, and "目标值来源" is a source, not a target.
 */
import type { ColumnRole } from '../report.js';

/** Roles of an indicator-grid column, plus the ones we recognise only to ignore. */
export type IndicatorHeaderRole =
  | Exclude<ColumnRole, 'level1Cap' | 'level2Cap'>
  | 'level' // "名称" under a 一级/二级/三级 group; resolved by its group
  | 'remark' // 备注 / 说明: the reason column when there is no other
  | 'explanation' // 指标说明 / 指标解释: the standard column when there is no other
  | 'ignored';

export const INDICATOR_TERMS: readonly (readonly [string, IndicatorHeaderRole])[] = [
  ['一级指标', 'level1'],
  ['二级指标', 'level2'],
  ['三级指标', 'level3'],
  ['指标名称', 'level3'],
  ['目标名称', 'level3'],
  ['具体指标', 'level3'],
  ['考核内容', 'level3'],
  ['指标内容', 'level3'],
  ['评价内容', 'level1'],
  ['评价指标', 'ignored'],
  ['名称', 'level'],
  ['分值', 'cap'],
  ['权重', 'cap'],
  ['指标分值', 'cap'],
  ['指标权重', 'cap'],
  ['权数', 'cap'],
  ['参考分值', 'cap'],
  ['满分', 'cap'],
  ['标准分', 'cap'],
  ['基础分', 'cap'],
  ['指标值', 'target'],
  ['年度指标值', 'target'],
  ['目标值', 'target'],
  ['年初指标值', 'target'],
  ['调整指标值', 'target'],
  ['计划值', 'target'],
  ['年初目标值', 'target'],
  ['预期目标', 'target'],
  ['绩效目标', 'target'],
  ['指标性质', 'direction'],
  ['度量单位', 'unit'],
  ['计量单位', 'unit'],
  ['单位', 'unit'],
  ['实际完成值', 'actual'],
  ['完成指标值', 'actual'],
  ['实际完成指标值', 'actual'],
  ['完成值', 'actual'],
  ['全年实际值', 'actual'],
  ['全年完成值', 'actual'],
  ['实际值', 'actual'],
  ['实际完成', 'actual'],
  ['完成情况', 'actual'],
  ['实施进度', 'actual'],
  ['完成进度', 'actual'],
  ['得分', 'score'],
  ['自评得分', 'score'],
  ['自评分', 'score'],
  ['指标得分', 'score'],
  ['评分', 'score'],
  ['复核分', 'reviewer'],
  ['复核得分', 'reviewer'],
  ['复核评分', 'reviewer'],
  ['审核评分', 'reviewer'],
  ['审核得分', 'reviewer'],
  ['财政评分', 'reviewer'],
  ['财政审核评分', 'reviewer'],
  ['市级评分', 'reviewer'],
  ['专家评分', 'reviewer'],
  ['复评得分', 'reviewer'],
  ['得分率', 'scoreRate'],
  ['得分系数', 'scoreRate'],
  ['完成率', 'ignored'],
  ['原因', 'reason'],
  ['未完成原因分析', 'reason'],
  ['偏差原因分析及改进措施', 'reason'],
  ['偏差原因', 'reason'],
  ['未达标原因', 'reason'],
  ['扣分原因', 'reason'],
  ['扣分说明', 'reason'],
  ['失分原因', 'reason'],
  ['扣分理由', 'reason'],
  ['失分说明', 'reason'],
  ['改进措施', 'ignored'],
  // A 备注 or 说明 column holds the reasons when the table has no reason column of its own.
  ['备注', 'remark'],
  ['说明', 'remark'],
  ['评分标准', 'standard'],
  ['参考评分标准', 'standard'],
  // What an indicator means; its scoring rule when the table has no 评分标准 column of its own.
  ['指标解释', 'explanation'],
  ['评价标准', 'standard'],
  ['计分方法', 'standard'],
  ['评分细则', 'standard'],
  ['评分办法', 'standard'],
  ['评分方法', 'standard'],
  ['评分规则', 'standard'],
  ['评分依据', 'standard'],
  ['得分计算方法', 'standard'],
  ['指标说明', 'explanation'],
  ['评价要点', 'explanation'],
  ['目标值来源', 'ignored'],
  ['目标值评分标准', 'standard'],
  ['序号', 'ignored'],
];

/**
 * Group labels over a score column that make it a reviewer's ("市级 | 评分" beside
 * "县级 | 评分" in a county's table checked by its city).
 */
export const REVIEWER_GROUP = /^(市级|州级|省级|财政|复核|审核|专家|复评|主管部门)/;

/** Columns of a money table: 预算情况, 年度主要任务, 项目明细. */
export type AmountRole =
  'name' | 'initial' | 'adjusted' | 'budget' | 'executed' | 'rate' | 'cap' | 'score' | 'reason';

export const AMOUNT_TERMS: readonly (readonly [string, AmountRole])[] = [
  ['任务名称', 'name'],
  ['项目名称', 'name'],
  ['预算项目名称', 'name'],
  ['年初预算数', 'initial'],
  ['年初预算', 'initial'],
  ['全年预算数', 'adjusted'],
  ['调整预算数', 'adjusted'],
  ['调整后预算数', 'adjusted'],
  ['年度总预算', 'budget'],
  ['预算数', 'budget'],
  ['预算资金', 'budget'],
  ['预算金额', 'budget'],
  ['预算执行数', 'executed'],
  ['全年执行数', 'executed'],
  ['全年执行', 'executed'],
  ['实际执行', 'executed'],
  ['执行金额', 'executed'],
  ['执行数', 'executed'],
  ['年度支出数', 'executed'],
  ['实际支出', 'executed'],
  ['支出数', 'executed'],
  ['预算执行率', 'rate'],
  ['执行率', 'rate'],
  ['分值', 'cap'],
  ['权重', 'cap'],
  ['得分', 'score'],
  // The execution score's own columns, named after the rate ("执行率权重 | 执行率得分").
  ['执行率权重', 'cap'],
  ['执行率分值', 'cap'],
  ['执行率得分', 'score'],
  ['全年(调整)预算数', 'adjusted'],
  // Why execution fell short (四川: required under 90 %).
  ['原因', 'reason'],
  ['未完成原因', 'reason'],
  ['偏差原因', 'reason'],
];

/**
 * How a public body's name ends (…局, …中心, …政府): a regular-expression alternation, for the
 * unit named inline ("单位:徐闻县住房和城乡建设局") and the body that names a place.
 */
export const BODY_ENDINGS = '局|委|办|院|中心|所|站|馆|队|会|校|政府|部|厅';

/** Every 自评表 is marked out of 100 (百分制): a cap of 100 is the whole table's. */
export const WHOLE_TABLE_MARKS = 100;

/**
 * Row labels of a whole-table total (合计/总分 …) and of a block subtotal (小计), matched at the
 * start of the label once its parenthesised note is dropped ("总分(100分)", "合计得分").
 */
export const TOTAL_LABEL =
  /^(合计|总计|总分|总得分|得分合计|自评总分|自评得分|综合得分|评价总分|评价得分|项目总分|项目总得分|绩效总分|指标总分)/;
export const SUBTOTAL_LABEL = /^小计/;

/** Labels whose neighbouring cell states the sheet's total score or its grade. */
export const SUMMARY_TOTAL_LABELS: readonly string[] = [
  '自评得分',
  '自评总分',
  '自评总得分',
  '综合得分',
  '绩效自评综合得分',
  '评价得分',
  '评价总分',
  '总分',
  '总得分',
  '项目总得分',
  '项目自评得分',
  '自评分数',
];
export const SUMMARY_GRADE_LABELS: readonly string[] = [
  '自评结果',
  '评价等级',
  '评价等次',
  '自评等级',
  '等级',
  '绩效等级',
];

/**
 * Labels of the name of what is evaluated, most specific first: 项目名称, 专项(项目)名称,
 * 专项资金名称, 转移支付(项目)名称; then 部门, 部门(单位)名称, 一级预算单位名称 … (normalised:
 * full-width brackets are half-width).
 */
export const NAME_LABELS: readonly RegExp[] = [
  /^[^:]{0,6}(项目|专项|资金)\)?名称$/,
  // "单位" alone is not one: "单位：万元" states a unit.
  /^(部门|.{0,4}预算单位|部门\(单位\)名称|部门名称|单位名称|.{0,4}单位名称)$/,
];

/** Budget rows that open a group of parts: "1、资金来源：", "其中：". */
export const GROUP_OPENERS: readonly string[] = ['资金来源', '资金结构', '支出结构', '其中'];

/** Labels of a header cell that stands for the total of its 其中 parts. */
export const OF_WHICH = '其中';

/**
 * The role of a normalised label: the role of the longest term it contains, or null.
 * Parenthesised units are dropped first ("预算资金(万元)" → "预算资金").
 */
export function matchTerm<R>(label: string, terms: readonly (readonly [string, R])[]): R | null {
  const bare = label.replace(/\([^)]*\)$/, '');
  let best: R | null = null;
  let bestLength = 0;
  for (const [term, role] of terms) {
    if (term.length > bestLength && bare.includes(term)) {
      best = role;
      bestLength = term.length;
    }
  }
  return best;
}
