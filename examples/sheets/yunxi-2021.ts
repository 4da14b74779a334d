/**
 * 岳阳市云溪区应急管理局 2021 (seed 001): a form, not a grid. The Hunan 部门整体支出绩效评价
 * 自评表 is a Word-style form: 基本概况 label/value pairs, four 收支 tables with the usual
 * multi-row "其中：" headers, the 定性/定量 goals with 完成情况, one 综合得分 (92) and 评价等次 (优).
 *
 * Columns A–H. Tables narrower than the form (收入 7, 三公 6, 固定资产 5, 评价人员 4 columns)
 * stretch their last column across the remaining width, as the printed form does.
 *
 * As published, 收入合计 952.55 = 公共财政拨款 922.68 + 其他收入 29.87: the 上年结转 79.97 beside
 * them is not part of that total. Transcribed unchanged.
 */
import { amount, SheetBuilder, typed } from './sheet-builder.js';
import type { SpecCell, WorkbookSpec } from './spec.js';

const LAST = 7; // column H

const UNITS = ['局机关及二级机构汇总', '1、局机关', '2、二级机构1', '3、二级机构2'];

/** Figures by unit row (汇总, 局机关, 二级机构1, 二级机构2); null = blank in the seed. */
type Figures = (number | null)[][];

// prettier-ignore
const INCOME: Figures = [ // 收入合计, 上年结转, 公共财政拨款, 政府基金拨款, 纳入专户管理的非税收入拨款, 其他收入
  [952.55, 79.97, 922.68, null, null, 29.87],
  [952.55, 79.97, 922.68, null, null, 29.87],
  [null, null, null, null, null, null],
  [null, null, null, null, null, null],
];
// prettier-ignore
const SPENDING: Figures = [ // 支出合计, 基本支出, 人员支出, 公用支出, 项目支出, 当年结余, 累计结余
  [1016.61, 459.1, 349.43, 109.67, 557.51, null, null],
  [1016.61, 459.1, 349.43, 109.67, 557.51, null, null],
  [null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null],
];
// prettier-ignore
const THREE_PUBLIC: Figures = [ // 三公经费合计, 公务接待费, 公务用车运维费, 公务用车购置费, 因公出国费
  [22.63, 2.96, 7.29, 12.38, null],
  [22.63, 2.96, 7.29, 12.38, null],
  [null, null, null, null, null],
  [null, null, null, null, null],
];
// prettier-ignore
const FIXED_ASSETS: Figures = [ // 固定资产合计, 在用固定资产, 出租固定资产, 其他
  [75.18, 75.18, null, null],
  [75.18, 75.18, null, null],
  [null, null, null, null],
  [null, null, null, null],
];

const DUTIES = [
  '1.负责应急管理工作，指导全区各级各部门应对安全生产类、自然灾害类等突发事件和综合防灾减灾救灾工作；负责安全生产综合监督管理和工矿商贸行业安全生产监督管理工作。',
  '2.贯彻实施相关法律法规、部门规章、规程和标准，组织编制全区应急体系建设、安全生产和综合防灾减灾规划；组织起草地方相关规范性文件，组织拟订相关政策、规程和标准并监督实施。',
  '……（共19项，略）',
].join('\n');

const TASKS = [
  '任务1：凝聚合力，抓问题导向',
  '任务2：有力有序，抓关键重点',
  '任务3：落实落细，抓专项整治',
  '任务4：依法治安，抓监管执法',
  '任务5：重心下沉，抓基层基础',
].join('\n');

const ACHIEVEMENTS =
  '今年来，我局认真贯彻落实习近平总书记关于安全生产的重要论述和指示批示精神，全面贯彻落实国家、省市区工作部署要求，紧紧把控安全生产基本盘。严格按照上级关于安全生产的系列工作部署，始终坚持“人民至上、生命至上、安全第一”理念，持续开展风险分级管控和隐患排查治理，切实加强综合治理，全区安全生产形势持续平稳，我局荣获全区“综合绩效考核先进单位”“优秀领导班子”。在领导关心部门给力、自身努力、企业配合、社会支持下，云溪区荣获湖南省安全生产优秀市县区。';

const QUALITATIVE_GOALS = [
  '目标1：深化认识，抓牢安全理念',
  '目标2：高度重视，抓好责任落实',
  '目标3：落实落地，抓细专项整治',
  '目标4：精准防控，抓好风险防范',
  '目标5：依法治安，抓严监管执法',
  '目标6：精准应对，抓牢基础保障',
  '目标7：有力有序，抓实宣传教育',
].join('\n');

/** 定量目标: 评价内容 (一级), then per 二级 its 指标 lines with 完成情况 as typed. */
// prettier-ignore
const QUANTITATIVE: [string, [string, [string, string][]][]][] = [
  ['产出目标\n（部门工作实绩，包含上级部门和市委市政府布置的重点工作、实事任务等，根据部门实际进行调整细化）', [
    ['质量指标', [['指标1：减少安全事故的发生', '下降'], ['指标2：持续开展风险分级管控和隐患排查治理', '100%']]],
    ['数量指标', [['指标1：对我区重点企业开展了计划执法检查', '100%'], ['指标2：高危生产经营企业安全隐患排查数量', '100%']]],
    ['时效指标', [['指标1：督促企业在规定期限内及时完成整改', '完成'], ['指标2：按时间规定，完成检查', '完成']]],
    ['成本指标', [['指标1：控制在预算内', '完成']]],
  ]],
  ['效益目标\n（预期实现的效益）', [
    ['社会效益', [['指标1：提升安全生产应急救援处置和应对突发事件处置能力\n指标2：全民安全意识，自救互救能力得到提升\n指标3：实现安全生产提供保障，促进社会和谐稳定', '提高']]],
    ['经济效益', [['指标1：遏制重特大安全生产事故发生、确保人民生命财产安全', '未发生']]],
    ['生态效益', [['指标1：减免自然灾害对生态环境破坏', '效果明显']]],
    ['社会公众或服务对象满意度', [['指标1：群众满意度', '95%']]],
  ]],
];

const EVALUATORS: [string, string, string][] = [
  ['杨楚华', '副局长', '云溪区应急管理局'],
  ['段程珊', '政工室主任', '云溪区应急管理局'],
  ['李小红', '人事和财务股', '云溪区应急管理局'],
];

function build() {
  const s = new SheetBuilder('部门整体支出绩效自评');
  const wide = (r: number, from = 1) => s.across(r, from, LAST);
  const money = (v: number | null): SpecCell => (v === null ? null : amount(v));
  /** Unit rows of a table; the last figure column is stretched to column H. */
  const unitRows = (figures: Figures) => {
    figures.forEach((values, i) => {
      const r = s.row([UNITS[i] ?? null, ...values.map(money)]);
      s.across(r, values.length, LAST);
    });
  };

  s.across(s.row(['岳阳市云溪区2021年度部门整体支出绩效评价自评报告'], { bold: true }), 0, LAST);
  // Cover lines; 预算编码 is a code, kept as text.
  for (const [a, b, c, d] of [
    ['部门（单位）名称', '岳阳市云溪区应急管理局', '预算编码', '507001'],
    ['评价方式', '部门（单位）绩效自评', '评价机构', '部门（单位）评价组'],
  ] as const) {
    const r = s.row([a, b, null, null, null, c, d]);
    s.across(r, 1, 4).across(r, 6, LAST);
  }
  const dated = s.row(['报告日期', '2022年6月30日', null, null, null, '岳阳市云溪区财政局（制）']);
  s.across(dated, 1, 4).across(dated, 5, LAST);

  // 一、基本概况
  const first = s.row(['一、部门（单位）基本概况'], { bold: true });
  wide(first, 0);
  for (const [a, b, c, d] of [
    ['联系人', '李小红', '联络电话', '0730--8414589'],
    ['人员编制', 35, '实有人数', 35],
  ] as const) {
    const r = s.row([a, b, null, null, c, d]);
    s.across(r, 1, 3).across(r, 5, LAST);
  }
  wide(s.row(['职能职责概述', DUTIES]));
  wide(s.row(['年度主要工作内容', TASKS]));
  wide(s.row(['年度部门（单位）总体运行情况及取得的成绩', ACHIEVEMENTS]));

  // 二、收支情况
  wide(s.row(['二、部门（单位）收支情况'], { bold: true }), 0);

  wide(s.row(['年度收入情况（万元）'], { bold: true }), 0);
  const inc = s.row(['机构名称', '收入合计', '其中：'], { bold: true });
  // prettier-ignore
  s.row([null, null, '上年结转', '公共财政拨款', '政府基金拨款', '纳入专户管理的非税收入拨款', '其他收入'], { bold: true });
  s.down(0, inc, inc + 1)
    .down(1, inc, inc + 1)
    .across(inc, 2, LAST)
    .across(inc + 1, 6, LAST);
  unitRows(INCOME);

  wide(s.row(['部门（单位）年度支出和结余情况（万元）'], { bold: true }), 0);
  // prettier-ignore
  const sp = s.row(['机构名称', '支出合计', '其中：', null, null, null, '结余'], { bold: true });
  // prettier-ignore
  s.row([null, null, '基本支出', '其中：', null, '项目支出', '当年结余', '累计结余'], { bold: true });
  s.row([null, null, null, '人员支出', '公用支出'], { bold: true });
  s.down(0, sp, sp + 2)
    .down(1, sp, sp + 2)
    .across(sp, 2, 5)
    .across(sp, 6, 7);
  s.down(2, sp + 1, sp + 2)
    .across(sp + 1, 3, 4)
    .down(5, sp + 1, sp + 2);
  s.down(6, sp + 1, sp + 2).down(7, sp + 1, sp + 2);
  unitRows(SPENDING);

  const tp = s.row(['机构名称', '三公经费合计', '其中：'], { bold: true });
  // prettier-ignore
  s.row([null, null, '公务接待费', '公务用车运维费', '公务用车购置费', '因公出国费'], { bold: true });
  s.down(0, tp, tp + 1)
    .down(1, tp, tp + 1)
    .across(tp, 2, LAST)
    .across(tp + 1, 5, LAST);
  unitRows(THREE_PUBLIC);

  const fa = s.row(['机构名称', '固定资产合计', '其中：', null, '其他'], { bold: true });
  s.row([null, null, '在用固定资产', '出租固定资产'], { bold: true });
  s.down(0, fa, fa + 1)
    .down(1, fa, fa + 1)
    .across(fa, 2, 3)
    .merge(fa, 4, fa + 1, LAST);
  unitRows(FIXED_ASSETS);

  // 三、整体支出绩效自评情况
  wide(s.row(['三、部门（单位）整体支出绩效自评情况'], { bold: true }), 0);
  // prettier-ignore
  const ql = s.row(['整体支出绩效定性目标及实施计划完成情况', '预期目标', null, null, null, null, '实际完成'], { bold: true });
  s.row([null, QUALITATIVE_GOALS, null, null, null, null, '已完成']);
  s.down(0, ql, ql + 1);
  for (const r of [ql, ql + 1]) s.across(r, 1, 5).across(r, 6, LAST);

  // prettier-ignore
  const qn = s.row(['整体支出绩效定量目标及实施计划完成情况', '评价内容', null, '绩效目标', null, null, '完成情况'], { bold: true });
  s.across(qn, 1, 2).across(qn, 3, 5).across(qn, 6, LAST);
  for (const [level1, children] of QUANTITATIVE) {
    const first1 = s.nextRow;
    for (const [level2, items] of children) {
      const first2 = s.nextRow;
      for (const [text, done] of items) {
        const labels = [s.nextRow === first1 ? level1 : null, s.nextRow === first2 ? level2 : null];
        const r = s.row([null, ...labels, text, null, null, typed(done)]);
        s.across(r, 3, 5).across(r, 6, LAST);
      }
      s.down(2, first2, s.nextRow - 1);
    }
    s.down(1, first1, s.nextRow - 1);
  }
  s.down(0, qn, s.nextRow - 1);

  wide(s.row(['绩效自评综合得分', 92], { bold: true }));
  wide(s.row(['评价等次', '优'], { bold: true }));

  // 四、评价人员
  wide(s.row(['四、评价人员'], { bold: true }), 0);
  const ev = s.row(['姓  名', '职务/职称', null, '单  位', null, null, '签  字'], { bold: true });
  for (const [name, title, unit] of EVALUATORS) s.row([name, title, null, unit]);
  for (let r = ev; r < s.nextRow; r++) s.across(r, 1, 2).across(r, 3, 5).across(r, 6, LAST);
  wide(s.row(['评价组组长（签字）：                    年    月    日']), 0);
  wide(
    s.row(['部门（单位）意见：          部门（单位）负责人（签章）：          年    月    日']),
    0,
  );
  // prettier-ignore
  const lastBordered = s.row(['财政部门归口业务股室意见：          财政部门归口业务股室负责人（签章）：          年    月    日']);
  wide(lastBordered, 0);
  wide(s.row(['填报人（签名）：李小红                联系电话：8414589']), 0);

  s.border(first, lastBordered);
  return s.build([24, 18, 14, 14, 14, 16, 12, 12]);
}

export const yunxi2021: WorkbookSpec = {
  file: 'yunxi-2021.xlsx',
  seed: '001_cc2607fcad86fc9d.txt',
  sheets: [build()],
};
