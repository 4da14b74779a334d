/**
 * 广州市应急管理局 2022 (seed 004): 一级+分值 / 二级+分值 / 三级+分值 / 指标解释 / 得分 /
 * 未达标原因 / 改进措施 — three 分值 columns with the same header, a header row repeated
 * mid-table, one leaf without a name (1.5 points), 总分 94.49 and the grade as tick boxes.
 *
 * The seed's markdown table is OCR-damaged (rows shifted left/right); the rows below are the
 * reconstruction whose caps add up at every level (50 + 50, leaves 100) and scores to 94.49.
 * The sheet starts at B2, not A1, so recognition cannot assume a fixed origin.
 */
import { amount, score, SheetBuilder } from './sheet-builder.js';
import type { WorkbookSpec } from './spec.js';

const LAST = 9; // ten columns, B–K

/** A leaf: 三级指标 ('' where the seed has no name), 分值, 指标解释, 得分, 未达标原因, 改进措施. */
type Leaf = [string, number, string, number, string?, string?];
type Level2 = [string, number, Leaf[]];
/** A part of the table under one header row; 管理效率 spans both parts, so it appears twice. */
type Part = [string, number, Level2[]][];

// prettier-ignore
const PART1: Part = [
  ['履职效能', 50, [
    ['整体效能', 50, [
      ['部门整体绩效目标产出指标完成情况', 20, '反映年度预算编报时确定的部门整体预算绩效目标中产出指标完成情况。', 19.54,
        '部门整体绩效指标设置22个，其中20个已实现，2个未实现。未实现的指标：1.应急普法视频网络平台累计上架时长目标值6个月，实际完成3.5个月，原因是根据合同条款，2022年8月-2023年3月拍摄制作应急管理普法宣传片，故2022年上限时长不足6个月。2.应急管理培训人次目标值994人次，实际受疫情影响完成904人次。',
        '下一步，加强绩效设置的事前研判，提升绩效设置的精准度。'],
      ['部门整体绩效目标效益指标完成情况', 20, '反映年度预算编报时确定的部门预算整体绩效目标中绩效指标完成情况。', 20],
      ['部门预算资金支出率', 10, '反映部门预算资金支出进度。', 8.95,
        '广州市应急管理局年度平均执行率为89.51%，则本指标得分为8.95。受2022年疫情客观因素制约，部分项目建设进度未达预期，故支出进度未达标。',
        '根据项目需要办理资金结转下一预算年度，及时推进项目进展，抓紧时间支付。'],
    ]],
  ]],
  ['管理效率', 50, [
    ['预算编制', 3, [
      ['新增预算项目事前绩效评估', 3, '反映部门对申请新增预算的入库项目开展事前绩效评估工作的落实情况。', 3],
    ]],
    ['预算执行', 4, [
      ['结转结余率', 2, '部门(单位)当年度结转结余与当年度预算总额的比率，用以反映和考核部门(单位)对结转结余资金的实际控制程度。', 2],
      ['财务管理合规性', 2, '反映部门(单位)财务管理的规范性。', 1,
        '根据《审计报告》(穗审秘报〔2022〕11号)审计查出问题清单，指出“部分废水收入未通过‘应缴财政款’科目、未编报单位年度培训计划”2项预算执行方面的问题。',
        '我局均已在2022年完成整改。'],
    ]],
    ['信息公开', 4, [
      ['预决算公开合规性', 2, '反映部门(单位)预算决算公开执行到位情况。', 1,
        '根据《广州市财政局关于2021-2022年度部门预决算公开检查情况的通报》我局存在公开规范性问题。',
        '我局均已按要求完成整改。'],
      ['绩效信息公开情况', 2, '反映部门(单位)绩效信息公开执行到位情况。', 2],
    ]],
    ['绩效管理', 15, [
      ['绩效管理制度建设', 5, '反映部门对机关和下属单位、专项资金等绩效管理、绩效运行监控、绩效评价管理和评价结果应用等预算绩效管理制度的建设和执行情况。', 5],
      ['绩效结果应用', 3, '反映部门对监控预警结果处理、绩效自评结果和重点评价意见等的整改应用情况。', 3],
      ['绩效管理制度的执行', 7, '反映部门对机关和下属单位绩效目标管理、绩效运行监控、绩效评价管理等预算绩效管理制度的执行情况。', 7],
    ]],
  ]],
];

// prettier-ignore
const PART2: Part = [
  ['管理效率', 50, [
    ['采购管理', 10, [
      ['采购意向公开合规性', 0.5, '反映采购意向公开完整性、及时性情况。', 0.5],
      ['', 1.5, '', 1.5], // the seed has this row with no name and no 指标解释
      ['采购内控制度建设', 1, '反映部门政府采购内部控制管理制度建设情况。', 1],
      ['采购活动合规性', 2, '反映部门政府采购活动合法合规性情况。', 2],
      ['采购合同签订时效性', 3, '反映政府采购合同签订及时性情况。', 2,
        '1.局本级发出中标公告项目总共11个，在规定时限内签订合同项目数9个，合同签订及时率为81.82%。本指标得2分。',
        '加强合同管理，及时签订合同。'],
      ['合同备案时效性', 1, '反映采购合同备案及时性情况。', 0.5,
        '局本级与指挥中心存在个别不符合备案时间要求的合同。',
        '一是加强合同签订流程管控；二是加强与供应商沟通，及时督促供应商在采购平台上确认相应合同。'],
      ['采购政策效能', 1, '反映部门采购政策执行的效果情况。', 1],
    ]],
    ['资产管理', 10, [
      ['资产配置合规性', 2, '反映单位办公室面积和办公设备配置是否超过规定标准。', 2],
      ['资产收益上缴的及时性', 1, '反映单位资产处置和使用收益上缴的及时性。', 1],
      ['资产盘点情况', 1, '反映单位是否每年按要求进行资产盘点。', 1],
      ['数据质量', 2, '反映部门（单位）行政事业性国有资产年报数据质量。', 2],
      ['资产管理合规性', 2, '反映部门（单位）资产管理是否合规。', 1.5,
        '根据市审计局2022年审计报告，我局资产管理方面存在2个问题，其中1项（部分房产未办理权属变更手续问题）为机构改革导致的历史遗留问题。',
        '目前已部分解决，未解决部分仍在积极协调有关部门处理。'],
      ['固定资产利用率', 2, '部门（单位）实际在用固定资产总额与所有固定资产总额的比率，用以反映和考核部门（单位）固定资产使用效率程度。', 2],
    ]],
    ['运行成本', 4, [
      ['公用经费控制率', 2, '部门（单位）本年度实际支出的公用经费总额与预算安排的公用经费总额的比率，用以反映和考核部门（单位）对机构运转成本的实际控制程度。', 2],
      ['“三公”经费控制情况', 2, '反映部门（单位）对“三公”经费的控制效果。', 2],
    ]],
  ]],
];

// prettier-ignore
const HEADER = ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '指标解释', '得分/自评分', '未达标原因', '改进措施'];

const TARGETS =
  '目标1：通过投入使用广州市人民政府应急指挥中心，实现统一指挥、统一领导、权责一致、权威高效的应急能力体系基本建成，增强应急管理系统性、整体性、协同性。\n' +
  '目标2：通过高质量完成自然灾害综合风险普查，做到灾害风险隐患底数清、情况明，提升灾害风险早期识别和预警能力，增强城市灾害防御能力。\n……';

const ACHIEVED =
  '目标1：2022年，在市委、市政府的坚强领导下，搭建应急管理综合应用平台……全年全市安全形势持续稳定。实现生产安全事故起数和死亡人数连续21年“双下降”，连续10年没有发生重大以上生产安全事故。\n' +
  '目标2：圆满完成国务院普查办、省普查办布置的各项调查任务和市级自选动作……\n……';

const GRADE = '☑优 90分≤得分≤100分；☐良 80分≤得分<90分；☐中 60分≤得分<80分；☐差 得分<60分';

function build() {
  const s = new SheetBuilder('部门整体支出绩效自评表', { row: 2, col: 2 });

  s.across(s.row(['2022年度广州市应急管理局部门整体支出绩效自评表'], { bold: true }), 0, LAST);

  // 部门基本情况: label/value pairs; the right-hand column stacks 完成情况 over 未能完成原因.
  const info = s.row(['部门基本情况'], { bold: true });
  s.across(info, 0, LAST);
  const name = s.row(['部门名称', '广州市应急管理局', null, null, null, null, '单位数：', 4]);
  s.across(name, 1, 5).across(name, 7, LAST);
  const goals = s.row([
    '年度整体绩效目标',
    TARGETS,
    null,
    null,
    null,
    null,
    '整体绩效目标完成情况',
    ACHIEVED,
  ]);
  s.row([null, null, null, null, null, null, '未能完成原因', '无']);
  s.down(0, goals, goals + 1).merge(goals, 1, goals + 1, 5);
  s.across(goals, 7, LAST).across(goals + 1, 7, LAST);

  // 年度部门预算情况. The seed leaves 总预算 blank; it is not filled in here either.
  // prettier-ignore
  const budget = s.row(['年度部门预算情况', '总预算（万元）', '年度预算资金类别'], { bold: true });
  s.row([null, null, '部门预算', null, '事业发展支出'], { bold: true });
  s.row([null, null, '基本支出', '项目支出', '专项资金', '其他事业发展支出'], { bold: true });
  const money = (v: number) => amount(v, '#,##0.00');
  s.row([null, null, money(39481.84), money(8847.16), money(20593.52), money(226)]);
  s.down(0, budget, budget + 3)
    .down(1, budget, budget + 2)
    .across(budget, 2, LAST);
  s.across(budget + 1, 2, 3).across(budget + 1, 4, LAST);
  s.across(budget + 2, 5, LAST).across(budget + 3, 5, LAST);

  // The grid, printed in two parts with the header repeated before 采购管理.
  for (const part of [PART1, PART2]) {
    s.row(HEADER, { bold: true });
    for (const [level1, cap1, children] of part) {
      const first1 = s.nextRow;
      for (const [level2, cap2, leaves] of children) {
        const first2 = s.nextRow;
        for (const [leaf, cap, explanation, got, reason, remedy] of leaves) {
          const top1 = s.nextRow === first1;
          const top2 = s.nextRow === first2;
          s.row([
            top1 ? level1 : null,
            top1 ? cap1 : null,
            top2 ? level2 : null,
            top2 ? cap2 : null,
            leaf === '' ? null : leaf,
            cap,
            explanation === '' ? null : explanation,
            score(got),
            reason ?? null,
            remedy ?? null,
          ]);
        }
        s.down(2, first2, s.nextRow - 1).down(3, first2, s.nextRow - 1);
      }
      s.down(0, first1, s.nextRow - 1).down(1, first1, s.nextRow - 1);
    }
  }

  s.row(['总分', 100, null, null, null, null, null, score(94.49)], { bold: true });
  const grade = s.row(['评价等级', GRADE], { bold: true });
  s.across(grade, 1, LAST);

  s.border(info, grade);
  return s.build([3, 10, 6, 10, 6, 24, 6, 36, 10, 36, 30]);
}

export const guangzhou2022: WorkbookSpec = {
  file: 'guangzhou-2022.xlsx',
  seed: '004_fb873d6b3da3bac1.txt',
  sheets: [build()],
};
