/**
 * 深圳市龙岗区应急管理局 2020 年度部门整体支出绩效自评表 (seed 002), as the department would keep
 * it in Excel. Transcribed from the OCR text of the published PDF; the indicator grid's cells are
 * scrambled there, so names, caps and scores were re-assembled row by row (leaf caps 25+26+49 = 100,
 * leaf scores 95.68 = the stated 合计).
 *
 * Kept as published, because the engine must flag them:
 * - level-1 caps 部门决策 25 / 部门管理 20 / 部门绩效 55, while their children add to 25 / 26 / 49;
 * - 政府采购执行率 scored 1.82 = 90.81% × 2, where 90.81% = 预算 ÷ 实际 (inverted) and
 *   实际 1973.09 > 预算 1791.71 万元 gives 0 points by the row's own rule;
 * - several 参考评分标准 texts whose part-points do not add to the row's cap (预算规范性 5+5+…,
 *   财务合规性 1.5×3, 绩效指标明确性 2+1+1) — the OCR may have damaged them; left as read.
 * - 项目支出执行: the heads say 万元 but the figures are 元.
 */
import type { SheetSpec, SpecCell, WorkbookSpec } from './spec.js';

/** 参考评分标准 by 三级指标, OCR noise (stray spaces, broken words) removed, wording kept. */
const STANDARDS: Readonly<Record<string, string>> = {
  预算合理性:
    '1. 部门预算编制、分配符合本部门职责、符合区委区政府方针政策和工作要求（1分）；\n2. 部门预算资金能根据年度重点工作，在不同项目、不同用途之间合理分配（1分）；\n3. 部分专项资金过大问题（1分）；\n4. 部分专项资金经济分类编制准确，年度中间无大量调剂，未发生项目差错（1分）；\n5. 预算完成率低、进度慢、完成率不固化，能根据实际情况合理调整，不存在项目支出进度之差（1分）。',
  预算规范性:
    '1. 部门（单位）预算编制符合财政部门当年度关于预算编制的各项原则和要求，求同存异（5分）；\n2. 预算编制符合专项资金预算管理、项目库管理、新增项目事前绩效评估和预算编制等制度规定（5分）；\n3. 预算编制符合本部门预算管理制度和有关制度文件，根据实际情况评分。',
  绩效目标明确性:
    '1. 部门（单位）按要求编报部门整体和项目的绩效目标，实现绩效目标全覆盖（8分）；\n2. 没按要求编报绩效目标或绩效目标不符合要求的，一项扣1分，扣8分。',
  绩效指标明确性:
    '1. 绩效指标将部门整体绩效目标细化分解为具体工作任务，与部门年度绩效数据或计划数相对应（2分）；\n2. 绩效指标能够体现部门（单位）履职效果的社会、经济、生态绩效效益指标具有清晰、可量化的指标（1分）；\n3. 绩效指标包含可量化的目标值测算能提供相关依据或符合客观实际情况（1分）。',
  政府采购执行率:
    '1. 本指标得分=政府采购执行率×2分\n政府采购执行率=（实际采购金额合计数/采购计划金额合计数）×100%\n2. 如实际采购金额大于采购预算，本项得0分。\n政府采购预算是指采购机关根据事业发展计划和行政任务编制的，并经规定程序批准的年度政府采购计划。',
  财务合规性:
    '1. 预算执行规范性（1.5分）。按规定履行预算调整报批手续或未发生进度会扣分，否则酌情扣分。\n2. 资金管理的规范性（1.5分）。支出凭证不规范或其他核算不规范，酌情扣分。\n3. 预算执行情况（1.5分）。按相关规定设专账核算、超标准支出，虚列支出，截留、挤占、挪用资金的，以及其他不符合制度规定支出，本项指标得0分。',
  预决算信息公开:
    '1. 部门预算公开（1.5分）；按以下标准分档计分：\n(1) 按规定内容、时限、范围等各项要求进行公开的，得1.5分。\n(2) 进行了公开，存在不符合时限、内容、范围等要求的，得1分。\n(3) 没有进行公开的，得0分。\n2. 部门决算公开（1.5分）；按以下标准分档计分：\n(1) 按规定内容、时限、范围等各项要求进行公开的，得1.5分。\n(2) 进行了公开，存在不符合时限、内容、范围等要求的，得1分。\n(3) 没有进行公开的，得0分。\n3. 涉密部门（单位）按规定不需要公开相关预算信息的直接得分。',
  项目实施程序:
    '1. 项目的设立、调整按相关规定履行报批程序（1分）；\n2. 项目招投标、建设、验收以及方案实施均严格执行相关制度规定（1分）。',
  项目监管:
    '1. 资金使用单位、基层资金管理单位建立有效资金管理和绩效运行监控机制，且执行按行规定对主管监督（1分）；\n2. 各有效主管监督（1分），如无法提供年度部门相关证明材料，得0分。',
  资产管理安全性:
    '1. 资产配置合理、保管完整，账实相符（1分）；\n2. 资产处置规范，有偿使用及处置收入及时足额上缴（1分）。',
  固定资产利用率:
    '固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%\n1. 固定资产利用率≥90%的，得1分；\n2. 90%>固定资产利用率≥75%的，得0.7分；\n3. 75%>固定资产利用率≥60%的，得0.4分；\n4. 固定资产利用率<60%的，得0分。',
  财政供养人员控制率:
    '财政供养人员控制率=本年度在编人数(含工勤人员)/核定编制数(含工勤人员)\n1. 财政供养人员控制率≤100%的，得1分；\n2. 财政供养人员控制率>100%的，得0分。',
  编外人员控制率: '1. 比率<5%的，得1分；\n2. 5%≤比率≤10%的，得0.5分；\n3. 比率>10%的，得0分。',
  管理制度健全性:
    '1. 部门制定了财政资金管理、财务管理、内部控制等制度得到有效执行（1分）；\n2. 上述财政资金管理、财务管理、内部控制等制度得到全面实施（1分）；\n3. 部门按照预算和绩效管理一体化的要求制定本部门及下属单位预算编制、绩效目标编报、绩效监控、绩效评价和评价结果应用等工作制度或工作方案，组织指导本部门及下属单位开展事前评估、绩效目标编报、绩效监控、绩效评价和评价结果应用等工作（1分）。',
  公用经费控制率:
    '1. “三公”经费控制率=“三公”经费实际支出数/“三公”经费预算安排数×100%\n(1) “三公”经费控制率<90%的，得3分；\n(2) 90%≤“三公”经费控制率≤100%的，得2分；\n(3) “三公”经费控制率>100%的，得0分。\n2. 日常公用经费控制率=日常公用经费决算数/日常公用经费调整预算数×100%\n(1) 日常公用经费控制率<90%的，得3分；\n(2) 90%≤日常公用经费控制率≤100%的，得2分；\n(3) 日常公用经费控制率>100%的，得0分。',
  预算执行率:
    '1. 一季度预算执行率得分=(一季度部门预算支出进度/序时进度25%)×1分\n2. 二季度预算执行率得分=(二季度部门预算支出进度/序时进度50%)×1分\n3. 三季度预算执行率得分=(三季度部门预算支出进度/序时进度75%)×1分\n4. 四季度预算执行率得分=(四季度部门预算支出进度/序时进度100%)×1分\n5. 全年平均支出进度得分=全年平均执行率×2分\n其中：全年平均执行率=Σ(每个季度的执行率)÷4\n季度支出进度=季度末月份累计支出进度(即3、6、9、12月末支出进度)',
  重点工作完成情况:
    '重点工作是指中央和省、市相关部门、区委、区政府、区人大交办或重下达的工作任务。全部按期保质保量完成得8分；一项重点工作没有完成扣4分，扣完为止。\n注：重点工作完成情况可以参考区委区政府督查部门或其他权威部门的统计数据（如有）。',
  项目完成及时性:
    '1. 所有部门预算安排的项目均按计划时间完成（6分）；\n2. 部分项目未按计划时间完成=已完成项目数/计划完成项目总数×6分。',
  '社会效益、经济效益、生态效益持续影响':
    '根据绩效指标，酌情扣分。根据部门（单位）职责，结合部门整体支出绩效目标，合理设置个性化绩效目标，按部门（单位）履行职责内容和性质，从社会效益、经济效益和生态效益进行评价。',
  群众信访办理情况:
    '1. 建立了便利的群众意见反馈渠道和群众意见办理事项回复机制（1分）；\n2. 当年度群众信件回复率达100%（1分）；\n3. 当年度群众信件回复率达100%，未发生超期（1分）。',
  公众或服务对象满意度:
    '社会公众或服务对象是指部门（单位）履行职责而影响到的部门、群体或个人，一般采取社会数据反馈、问卷调查等方式进行分档计分。\n1. 满意度≥95%的，得6分；\n2. 90%≤满意度<95%的，得4分；\n3. 80%≤满意度<90%的，得2分；\n4. 满意度<80%的，得1分。',
};

/**
 * One leaf row: 一级 name, cap | 二级 name, cap | 三级 name, cap | 自评得分. A level given as null
 * continues the block above (its cell is merged over the rows). After a page break the department
 * retypes the continuing level name and cap at the top of the new page.
 */
type Leaf = readonly [
  l1: string | null,
  l1Cap: number | null,
  l2: string | null,
  l2Cap: number | null,
  l3: string,
  l3Cap: number,
  score: number,
];

/** Where the seed's PDF breaks the page and the three header rows are printed again. */
const PAGE_BREAK = 'page-break';

// prettier-ignore
const TABLE: readonly (Leaf | typeof PAGE_BREAK)[] = [
  ['部门决策', 25, '预算编制',     10, '预算合理性',     5, 5],
  [null,       null, null,         null, '预算规范性',     5, 5],
  PAGE_BREAK,
  ['部门决策', 25, '绩效目标设置', 15, '绩效目标明确性', 8, 8],
  [null,       null, null,         null, '绩效指标明确性', 7, 6],
  ['部门管理', 20, '资金管理',     8,  '政府采购执行率', 2, 1.82],
  PAGE_BREAK,
  ['部门管理', 20, '资金管理',     8,  '财务合规性',     3, 3],
  [null,       null, null,         null, '预决算信息公开', 3, 3],
  [null,       null, '项目管理',   4,  '项目实施程序',   2, 2],
  PAGE_BREAK,
  ['部门管理', 20, '项目管理',     4,  '项目监管',       2, 2],
  [null,       null, '资产管理',   3,  '资产管理安全性', 2, 2],
  [null,       null, null,         null, '固定资产利用率', 1, 1],
  [null,       null, '人员管理',   2,  '财政供养人员控制率', 1, 1],
  [null,       null, null,         null, '编外人员控制率', 1, 0],
  [null,       null, '制度管理',   3,  '管理制度健全性', 3, 3],
  [null,       null, '经济性',     6,  '公用经费控制率', 6, 5],
  PAGE_BREAK,
  ['部门绩效', 55, '效率性',       20, '预算执行率',     6, 5.86],
  [null,       null, null,         null, '重点工作完成情况', 8, 8],
  [null,       null, null,         null, '项目完成及时性', 6, 6],
  [null,       null, '效果性',     23, '社会效益、经济效益、生态效益持续影响', 20, 19],
  [null,       null, null,         null, '群众信访办理情况', 3, 3],
  [null,       null, '公平性',     6,  '公众或服务对象满意度', 6, 6],
];

/** The seed's 合计 row: "合计 100 100 100 95.68" under the three 分值 columns and 自评得分. */
const TOTAL: readonly SpecCell[] = ['合计', 100, null, 100, null, 100, null, 95.68];

const TITLE_ROWS = 2;

/** 评价指标 over six columns; 参考评分标准 and 自评得分 merged down the three header rows. */
const HEADER: readonly (readonly SpecCell[])[] = [
  ['评价指标', null, null, null, null, null, '参考评分标准', '自评得分'],
  ['一级指标', null, '二级指标', null, '三级指标', null, null, null],
  ['名称', '分值', '名称', '分值', '名称', '分值', null, null],
];

function headerMerges(top: number): string[] {
  return [
    `A${top}:F${top}`,
    `G${top}:G${top + 2}`,
    `H${top}:H${top + 2}`,
    `A${top + 1}:B${top + 1}`,
    `C${top + 1}:D${top + 1}`,
    `E${top + 1}:F${top + 1}`,
  ];
}

function buildScoreSheet(): SheetSpec {
  const rows: SpecCell[][] = [
    ['部门整体支出绩效自评表', null, null, null, null, null, null, null],
    ['(2020年)', null, null, null, null, null, null, null],
  ];
  const merges = ['A1:H1', 'A2:H2'];
  const headerRows: number[] = [];
  /** Sheet rows of each leaf, in TABLE order, for the level merges. */
  const leafRows: { row: number; leaf: Leaf }[] = [];

  const addHeader = () => {
    const top = rows.length + 1;
    headerRows.push(top, top + 1, top + 2);
    merges.push(...headerMerges(top));
    rows.push(...HEADER.map((r) => [...r]));
  };

  addHeader();
  for (const entry of TABLE) {
    if (entry === PAGE_BREAK) {
      addHeader();
      continue;
    }
    const [l1, l1Cap, l2, l2Cap, l3, l3Cap, score] = entry;
    const standard = STANDARDS[l3];
    if (standard === undefined) throw new Error(`no 参考评分标准 for ${l3}`);
    rows.push([l1, l1Cap, l2, l2Cap, l3, l3Cap, standard, score]);
    leafRows.push({ row: rows.length, leaf: entry });
  }

  // A level cell with a value is merged down over the following leaves that continue it
  // (null there), never across a repeated header.
  for (const [nameIndex, capIndex, nameCol, capCol] of [
    [0, 1, 'A', 'B'],
    [2, 3, 'C', 'D'],
  ] as const) {
    leafRows.forEach(({ row, leaf }, i) => {
      if (leaf[nameIndex] === null) return;
      let last = row;
      for (let j = i + 1; j < leafRows.length; j++) {
        const next = leafRows[j]!;
        if (next.leaf[nameIndex] !== null || next.row !== last + 1) break;
        last = next.row;
      }
      if (last > row) merges.push(`${nameCol}${row}:${nameCol}${last}`);
      if (last > row && leaf[capIndex] !== null) merges.push(`${capCol}${row}:${capCol}${last}`);
    });
  }

  rows.push([...TOTAL]);
  const totalRow = rows.length;

  return {
    name: '自评表',
    rows,
    merges,
    widths: [10, 6, 12, 6, 18, 6, 70, 9],
    boldRows: [1, 2, ...headerRows, totalRow],
    bordered: [[TITLE_ROWS + 1, totalRow]],
  };
}

const AMOUNT = '#,##0.00';
const RATE = '0.00%';

/** 序号, 预算项目名称, 年度总预算, 年度支出数 (元, though the heads say 万元), 预算执行率. */
type ProjectRow = readonly [no: number, name: string, budget: number, spent: number, rate: number];

// prettier-ignore
const PROJECTS: readonly ProjectRow[] = [
  [1,  '龙岗区安全生产网格化管理指挥系统',         2570000.0,  2566250.0,   0.9985],
  [2,  '安全培训教育',                             3319540.0,  3108748.24,  0.9365],
  [3,  '防控一线工作',                             142450.0,   142450.0,    1],
  [4,  '办公设备购置',                             2521632.0,  2514036.0,   0.997],
  [5,  '其他一般管理事务',                         7358127.24, 7352438.66,  0.9992],
  [6,  '安全生产专项',                             6974350.0,  6787410.0,   0.9732],
  [7,  '安委办工作',                               1800000.0,  1800000.0,   1],
  [8,  '安全生产宣传',                             800000.0,   800000.0,    1],
  [9,  '事故调查处理',                             500000.0,   500000.0,    1],
  [10, '应急管理专项',                             14446400.0, 12736464.7,  0.8816],
  [11, '信息化建设',                               1871900.0,  1871900.0,   1],
  [12, '森林消防管理',                             1820000.0,  1820000.0,   1],
  [13, '自然灾害防治',                             1510680.0,  1509160.0,   0.999],
  [14, '龙岗区应急管理局业务用房功能改造及修缮工程', 3300000.0,  3251031.75,  0.9852],
];

/** As published; the 14 rows do add to these (checked), and 46759889.35 ÷ 48935079.24 = 95.55%. */
const PROJECTS_TOTAL = { budget: 48935079.24, spent: 46759889.35, rate: 0.9555 };

function buildProjectSheet(): SheetSpec {
  const rows: SpecCell[][] = [
    ['绩效目标编报情况', null, null, null, null],
    ['序号', '预算项目名称', '年度总预算 (万元)', '年度支出数 (万元)', '预算执行率'],
    ...PROJECTS.map(([no, name, budget, spent, rate]): SpecCell[] => [
      no,
      name,
      { v: budget, fmt: AMOUNT },
      { v: spent, fmt: AMOUNT },
      { v: rate, fmt: RATE },
    ]),
    [
      null,
      '合计',
      { v: PROJECTS_TOTAL.budget, fmt: AMOUNT },
      { v: PROJECTS_TOTAL.spent, fmt: AMOUNT },
      { v: PROJECTS_TOTAL.rate, fmt: RATE },
    ],
  ];
  return {
    name: '项目支出执行',
    rows,
    merges: ['A1:E1'],
    widths: [6, 44, 18, 18, 12],
    boldRows: [1, 2, rows.length],
    bordered: [[2, rows.length]],
  };
}

export const longgang2020: WorkbookSpec = {
  file: 'longgang-2020.xlsx',
  seed: '002_632cb97bc495d933.txt',
  sheets: [buildScoreSheet(), buildProjectSheet()],
};
