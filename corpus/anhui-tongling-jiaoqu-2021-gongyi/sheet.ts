/**
 * 铜陵市郊区财政局 2021 — 农村公益事业财政奖补项目绩效评价自评表: a rubric (指标说明 holds the
 * scoring rule) with 指标分值, the district's own 县级评分 and an empty 市级评分 review column, a
 * two-row header, caps in the level-1 labels "决策(10)" / "过程(30)", and a 县级评分 of 2 on a
 * 1-point indicator. The source stops inside 过程(30).
 */
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 7; // columns A–H

/** 序号 (null: a further criterion of the row above), 三级指标, 指标说明, 分值, 县级评分. */
type Leaf = readonly [number | null, string | null, string, number, number];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['决策(10)', [
    ['项目立项', [
      [1, '民主议事', '民主议事记录完整,得2分;不完整的每个项目扣1分', 2, 2],
      [2, '申报审批', '村级申报表,乡镇审核记录,县级项目审批文件齐全,得2分;审核程序缺失,每个项目扣1分', 2, 2],
    ]],
    ['资金投入', [
      [3, '预算安排', '县级财政按照乡村人口人均不低于5元标准安排奖补资金,得4分;县级财政按照农业人口人均不低于10元标准安排奖补资金的,加1分,达到20元,加2分;市财政对县安排补助资金,加1分', 4, 4],
      [4, '资金整合', '整合其他涉农财政资金支持农村公益事业财政奖补工作的,得2分', 2, 0],
    ]],
  ]],
  ['过程(30)', [
    ['资金管理', [
      [5, '管理制度', '资金管理制度健全规范,得2分', 2, 2],
      [6, '监督考核', '监督考核制度健全规范,得2分', 2, 2],
      [7, '账务管理', '村民筹资、村集体投入、社会捐赠等财政奖补项目资金纳入所在乡镇账户管理,得2分', 2, 2],
      [null, null, '财政奖补资金实行专账核算,得1分', 1, 1],
      [8, '资金拨付', '实行国库集中支付的,得2分', 2, 2],
    ]],
    ['组织实施', [
      [9, '工作安排', '纳入县级重点工作部署,得1分;党政领导对财政奖补工作有正面批示的,一个加1分,最多加2分', 1, 2],
      [10, '工作保障', '有专门从事财政奖补工作人员,安排必要工作经费的,得1分', 1, 1],
      [11, '项目管理', '项目管理制度健全规范,得2分', 2, 2],
      [12, '项目管护', '项目管护制度健全规范,得2分', 2, 2],
      [13, '项目库建设', '制定农村公益事业财政奖补项目三年规划的,得2分;建立财政奖补项目库的,得3分', 5, 5],
    ]],
  ]],
];

function build() {
  const s = new SheetBuilder('自评表');
  s.across(s.row(['2021年度农村公益事业财政奖补项目绩效评价自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['填报单位:郊区财政局']), 0, LAST);
  // prettier-ignore
  const head = s.row(['序号', '一级指标', '二级指标', '三级指标', '指标说明', '指标', '县级', '市级'], { bold: true });
  const head2 = s.row([null, null, null, null, null, '分值', '评分', '评分'], { bold: true });
  for (let c = 0; c <= 4; c++) s.down(c, head, head2);
  levelGrid(s, GRID, {
    at: 1,
    leading: 1,
    // A further criterion shares the 序号 and 三级指标 of the row above.
    each: (r, [no]) => {
      if (no === null) s.down(0, r - 1, r).down(3, r - 1, r);
    },
  });
  s.border(head, s.nextRow - 1);
  return s.build([6, 10, 12, 12, 50, 8, 8, 8]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://tljq.gov.cn/openness/OpennessContent/show/580793.html',
  sheets: [build()],
};
