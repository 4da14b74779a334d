/**
 * A table's own 评分标准: `parseStandard` reads one text of a 评分标准 / 评分办法 / 计分方法
 * column (or one numbered note under the table) as a typed rule, or keeps it `Unparsed`;
 * `applyRule` gives the score that rule means for a leaf, with a Chinese explanation quoting it,
 * or says which fact the table lacks.
 */
export { parseStandard } from './parse.js';
export { applyRule, type Applied, type LeafFacts } from './apply.js';
export type * from './rule.js';
