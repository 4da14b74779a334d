/**
 * The national 项目支出绩效自评表 (财预〔2020〕10号) as departments print it in nine columns A–I:
 * 项目名称 / 主管部门 / 实施单位, the 项目资金 block, 年度总体目标 and the indicator table, in the
 * template's wording. A table that words a heading otherwise says so in `Wording`.
 */
import { titledBlock, titledGrid } from './blocks.js';
import type { GridNode, Leaf } from './grid.js';
import type { Field, SheetBuilder } from './sheet-builder.js';
import type { SpecCell } from './spec.js';

const LAST = 8; // column I

export interface ProjectForm<L extends Leaf> {
  readonly name: SpecCell;
  /** 主管部门. */
  readonly owner: SpecCell;
  /** 实施单位. */
  readonly unit: SpecCell;
  /**
   * 项目资金, one row per source of funds (年度资金总额, 其中:当年财政拨款, 上年结转资金, 其他资金):
   * its label, then 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 as far as the row gives them.
   */
  readonly funds: readonly (readonly SpecCell[])[];
  /** 年度总体目标: 预期目标, 实际完成情况. */
  readonly goal: readonly [plan: SpecCell, done: SpecCell];
  readonly grid: readonly GridNode<L>[];
}

/** The headings a table words otherwise than the template. */
export interface Wording {
  /** 项目资金（万元）. */
  readonly fundTitle?: string;
  /** 全年执行数. */
  readonly spent?: string;
  /** 绩效指标 | 一级指标 | … | 偏差原因分析及改进措施. */
  readonly indicatorHead?: readonly Field[];
}

// prettier-ignore
const INDICATOR_HEAD = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

/** Writes the form from its 项目名称 row to its last indicator; returns the 项目名称 row. */
export function projectForm<L extends Leaf>(
  s: SheetBuilder,
  form: ProjectForm<L>,
  wording: Wording = {},
): number {
  const {
    fundTitle = '项目资金（万元）',
    spent = '全年执行数',
    indicatorHead = INDICATOR_HEAD,
  } = wording;
  const top = s.fields(['项目名称', [form.name, LAST]]);
  s.fields(['主管部门', [form.owner, 4], '实施单位', [form.unit, LAST]]);
  // prettier-ignore
  titledBlock(s, [fundTitle, [null, 2], '年初预算数', '全年预算数', spent, '分值', '执行率', '得分'], form.funds, { bold: true });
  titledBlock(s, ['年度总体目标', ['预期目标', 4], ['实际完成情况', LAST]], [form.goal]);
  titledGrid(s, indicatorHead, form.grid);
  return top;
}
