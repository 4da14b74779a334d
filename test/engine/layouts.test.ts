/**
 * Layouts the seeds do not show but users' sheets do: caps inside labels, 其中 rows, 小计
 * rows, blank rows, the profile's level-1 weights, and sheets with no table at all.
 */
import { describe, expect, it } from 'vitest';
import { ZHENGZHOU_DEPARTMENT } from '../../src/engine/profile/profiles/zhengzhou-department.js';
import { analyzeSheet } from '../../src/engine/index.js';
import type { CellValue, Grid } from '../../src/engine/grid.js';
import { analyzed, findingKeys } from '../support/grids.js';
import { projectLeaves, smallSheet } from '../support/smallSheet.js';

/** A sheet from rows of values, starting at A1. */
function sheet(rows: readonly (readonly CellValue[])[]): Grid {
  return {
    sheet: '测试',
    origin: { row: 0, col: 0 },
    cells: rows.map((r) => r.map((value) => ({ value }))),
    merges: [],
  };
}

const HEADER = ['一级指标', '二级指标', '三级指标', '分值', '得分', '扣分原因'];
/** The national form's 项目资金 header, its title in A and its label in B. */
const FUNDS_HEAD = [
  '项目资金（万元）',
  null,
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '分值',
  '执行率',
  '得分',
];

describe('layouts', () => {
  it('reads level caps written inside labels ("产出指标（50分）") and checks them', () => {
    const result = analyzed(
      sheet([
        HEADER,
        ['产出指标（50分）', '数量指标（30分）', '检查次数', 20, 20, null],
        [null, null, '培训人次', 20, 20, null],
        [null, '质量指标（20分）', '整改率', 20, 20, null],
        ['效益指标（50分）', '社会效益（50分）', '事故下降', 40, 40, null],
      ]),
    );
    expect(result.indicators).toBe(4);
    // 数量指标 states 30 but holds 40; 产出指标 states 50 but holds 60; 效益 50 holds 40.
    expect(findingKeys(result, 'error')).toEqual([
      'cap-sum-mismatch@A2',
      'cap-sum-mismatch@A5',
      'cap-sum-mismatch@B2',
      'cap-sum-mismatch@B5',
    ]);
    expect(result.findings.find((f) => f.cell === 'B2')).toMatchObject({ expected: 40, found: 30 });
  });

  it('never sums a 其中 row as a score, and checks a 小计 row against its block', () => {
    const result = analyzed(
      sheet([
        HEADER,
        ['产出', '数量', '检查次数', 50, 48, '个别企业停产'],
        [null, null, '其中：重点企业', 20, 20, null],
        [null, null, '小计', 50, 47, null],
        ['效益', '满意度', '群众满意度', 50, 50, null],
        ['合计', null, null, 100, 98, null],
      ]),
    );
    expect(result.indicators).toBe(2);
    expect(result.total).toMatchObject({ score: 98, cap: 100, stated: 98, cell: 'E6' });
    expect(findingKeys(result)).toEqual(['subtotal-mismatch@E4']);
    expect(result.plan.values).toEqual([
      expect.objectContaining({
        address: 'E4',
        value: 48,
        purpose: 'subtotal',
        previous: { value: 47 },
      }),
    ]);
  });

  it('skips blank rows and title rows inside the table', () => {
    const result = analyzed(
      sheet([
        ['2021年度部门整体绩效自评表'],
        [],
        HEADER,
        ['产出', '数量', '检查次数', 50, 50, null],
        [],
        ['（续表）'],
        ['效益', '满意度', '群众满意度', 50, 50, null],
        ['注：得分不得超过分值。'],
        ['合计', null, null, 999, 1, null],
      ]),
    );
    expect(result.indicators).toBe(2);
    expect(result.total?.score).toBe(100);
    // The 合计 after the notes is not part of the table.
    expect(result.findings).toEqual([]);
  });

  it("warns when level-1 weights differ from the profile's template (郑州 部门整体 30/10/30/20)", () => {
    const grid = sheet([
      ['一级指标', '分值', '二级指标', '三级指标', '分值', '得分'],
      ['投入管理指标', 25, '预算管理', '预算编制', 25, 25],
      ['可持续性指标', 15, '人才支撑', '培训', 15, 15],
      ['产出指标', 30, '履职', '任务完成', 30, 30],
      ['效益指标', 20, '满意度', '受惠人群', 20, 20],
    ]);
    // Without 郑州's evidence the national department rules apply: they prescribe no weights.
    expect(findingKeys(analyzed(grid))).toEqual(['cap-sum-mismatch@E1']);
    const result = analyzed(grid, { profile: ZHENGZHOU_DEPARTMENT });
    expect(findingKeys(result)).toEqual([
      'cap-sum-mismatch@E1',
      'weight-deviation@B2',
      'weight-deviation@B3',
    ]);
    expect(result.findings.find((f) => f.cell === 'B2')).toMatchObject({
      severity: 'warning',
      expected: 30,
      found: 25,
    });
  });

  it('a sheet without any table is unrecognised, with a reason in Chinese', () => {
    const result = analyzeSheet(
      sheet([['关于开展2021年度绩效自评工作的通知'], ['各单位：'], ['请于6月30日前报送。']]),
    );
    expect(result).toMatchObject({ status: 'unrecognised', sheet: '测试' });
    expect(result.status === 'unrecognised' && result.reason).toContain('没有找到绩效自评表');
  });

  it('an empty sheet is unrecognised, not a crash', () => {
    expect(analyzeSheet(sheet([])).status).toBe('unrecognised');
  });

  it('a mapping correction from the user wins over recognition', () => {
    // 复核分 is not the score: the user points the score role at column F instead of E.
    const grid = sheet([
      ['一级指标', '二级指标', '三级指标', '分值', '自评分', '复核分'],
      ['产出', '数量', '检查次数', 50, 50, 45],
      ['效益', '满意度', '群众满意度', 50, 50, 40],
    ]);
    expect(analyzed(grid).total?.score).toBe(100);
    expect(analyzed(grid, { mapping: { columns: { score: 5 } } }).total?.score).toBe(85);
  });

  it('reads a 备注 column as the reasons when the table has no reason column', () => {
    const result = analyzed(
      sheet([
        ['一级指标', '二级指标', '三级指标', '分值', '得分', '备注'],
        ['产出指标', '数量指标', '检查次数', 50, 45, null],
        [null, null, '培训人次', 50, 48, '2名学员因病缺训'],
      ]),
    );
    expect(result.mapping?.columns.reason).toBe(5);
    expect(findingKeys(result, 'warning')).toContain('reason-missing@F2');
    expect(findingKeys(result, 'warning')).not.toContain('reason-missing@F3');
  });

  it('keeps a real reason column over a 备注 beside it', () => {
    const result = analyzed(
      sheet([
        ['一级指标', '三级指标', '分值', '得分', '备注', '偏差原因分析'],
        ['产出指标', '检查次数', 100, 95, '季度汇总', null],
      ]),
    );
    expect(result.mapping?.columns.reason).toBe(5);
  });

  it('reads 扣分说明 as the reason column, over a 备注 beside it (徐闻 住建局)', () => {
    const result = analyzed(
      sheet([
        ['一级指标', '三级指标', '分值', '得分', '备注', '扣分说明'],
        ['前期准备工作', '组织建立情况', 50, 50, '季度汇总', null],
        [null, '自评材料报送质量', 50, 45, null, null],
      ]),
    );
    expect(result.mapping?.columns.reason).toBe(5);
    expect(findingKeys(result, 'warning')).toContain('reason-missing@F3');
    expect(findingKeys(result, 'warning')).not.toContain('reason-missing@E3');
  });

  it('takes 评分标准 as the standard column over a 指标说明 beside it, and 指标说明 when alone', () => {
    const both = analyzed(
      sheet([
        ['一级指标', '三级指标', '分值', '指标说明', '评分标准', '扣分说明', '得分'],
        ['前期准备工作', '组织建立情况', 100, '是否成立自评工作小组', '成立得100分', null, 100],
      ]),
    );
    expect(both.mapping?.columns).toMatchObject({ standard: 4, reason: 5, score: 6 });
    const alone = analyzed(
      sheet([
        ['一级指标', '三级指标', '指标说明', '分值', '得分'],
        ['决策', '民主议事', '民主议事记录完整,得100分', 100, 100],
      ]),
    );
    expect(alone.mapping?.columns.standard).toBe(2);
  });

  it('names the table by the unit stated inline ("单位:徐闻县住房和城乡建设局"), never by "单位:万元"', () => {
    const grid = (unit: string) =>
      analyzed(
        sheet([
          ['部门整体支出绩效评价评分表'],
          [unit],
          ['一级指标', '三级指标', '分值', '得分'],
          ['前期准备工作', '组织建立情况', 100, 100],
        ]),
      );
    expect(grid('单位:徐闻县住房和城乡建设局').tables[0]?.name).toBe('徐闻县住房和城乡建设局');
    expect(grid('单位：万元').tables[0]?.name).toBeNull();
  });

  it('finds a stated total beside the budget block, outside the grid', () => {
    const result = analyzed(
      sheet([
        ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', 10, 10, 10, 10, 1, 10, null, '自评得分', 95],
        [],
        ['一级指标', '二级指标', '三级指标', '分值', '得分', '偏差原因'],
        ['产出指标', '数量指标', '检查次数', 90, 90, null],
      ]),
    );
    expect(result.total).toMatchObject({ score: 100, stated: 95, cell: 'J2' });
    expect(findingKeys(result, 'error')).toEqual(['total-mismatch@J2']);
  });

  it('reads a budget row’s 分值 100 and 得分 as the whole table’s, never as an execution score', () => {
    // 鄂州 2021: the 年度资金总额 row states the table's 100 and 98; the grid scores 预算执行率.
    const result = analyzed(
      sheet([
        FUNDS_HEAD,
        [null, '年度资金总额', 150, 150, 125.25, 100, '83.5%', 98],
        [],
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因',
        ],
        ['产出指标', '数量指标', '预算执行率', '100%', '83.5%', 20, 18, null],
        [null, null, '预算资金拨款率', '100%', '100%', 40, 40, null],
        ['效益指标', '社会效益', '大厅运行正常率', '100%', '100%', 40, 40, null],
      ]),
    );
    // 40 + 40 + the execution score 83.5 % × 20 = 96.7, against the 98 stated in the budget row.
    expect(result.total).toMatchObject({ score: 96.7, cap: 100, stated: 98, cell: 'H2' });
    expect(result.confidence.level).toBe('sure');
    expect(findingKeys(result, 'error')).toEqual(['total-mismatch@H2']);
    expect(result.plan.values.map((v) => `${v.address}:${v.value}`)).toContain('H2:96.7');
  });

  it('reports Σ 分值 ≠ 100 at the header of the level column that states the caps', () => {
    const keys = (head: string, names: readonly [string, string, string]) =>
      findingKeys(
        analyzed(
          sheet([
            ['一级指标', '二级指标', head, '年度指标值', '实际完成值', '得分'],
            ['产出指标（60分）', '数量指标', names[0], '10次', '10次', 30],
            [null, null, names[1], '100%', '100%', 30],
            ['效益指标（30分）', '社会效益', names[2], '≥90%', '95%', 30],
          ]),
        ),
        'error',
      );
    // The 20+80 form: caps in the 一级 labels only, none in 三级.
    expect(keys('三级指标', ['培训场次', '合格率', '满意度'])).toEqual(['cap-sum-mismatch@A1']);
    // 湖南's 计分表: each 三级 name carries its own cap.
    expect(keys('三级指标', ['培训场次（30分）', '合格率（30分）', '满意度（30分）'])).toEqual([
      'cap-sum-mismatch@C1',
    ]);
  });

  it('reads a total stated in the header under any of its labels (宁夏原州: 项目总得分 | 99分)', () => {
    for (const label of ['项目总得分', '总得分', '自评总得分', '评价总分']) {
      const result = analyzed(
        sheet([
          ['马铃薯项目绩效目标自评表', null, null, label, '99分'],
          HEADER,
          ['产出指标', '数量指标', '检查次数', 90, 90, null],
        ]),
      );
      expect(result.total, label).toMatchObject({ score: 90, stated: 99, cell: 'E1' });
    }
  });

  it('maps the words tables use for each column (标准分, 基础分, 计划值, 实际完成, 指标内容, 扣分理由)', () => {
    const columns = (head: readonly string[]) =>
      analyzed(
        sheet([
          head,
          ['产出指标', '数量指标', '检查次数', '≥10次', '8次', 50, 40, '未完成'],
          ['效益指标', '社会效益', '事故下降', '明显', '明显', 50, 50, null],
        ]),
      ).mapping?.columns;
    const roles = {
      level1: 0,
      level2: 1,
      level3: 2,
      target: 3,
      actual: 4,
      cap: 5,
      score: 6,
      reason: 7,
    };
    // prettier-ignore
    for (const head of [
      ['一级指标', '二级指标', '三级指标', '目标值', '实际值', '标准分', '实际得分', '扣分理由'],
      ['一级指标', '二级指标', '三级指标', '计划值', '完成值', '基础分', '考核得分', '失分说明'],
      ['一级指标', '二级指标', '指标内容', '年初目标值', '实际完成', '权重', '得分', '偏差原因'],
    ])
      expect(columns(head), head.join('|')).toEqual(roles);
  });

  it('reads a total and grade stated inside a sentence, and never rewrites that sentence', () => {
    const result = analyzed(
      sheet([
        ['填报单位：某局   自评得分：96分   自评等级：良'],
        HEADER,
        ['产出指标', '数量指标', '检查次数', 90, 90, null],
        ['效益指标', '社会效益', '事故下降', 10, 8, '个别未达标'],
        ['注：综合得分90分以上为优，等级:优(≥90)、良(80-89)。'],
      ]),
    );
    expect(result.total).toMatchObject({ score: 98, stated: 96, cell: 'A1' });
    expect(result.grade).toMatchObject({ value: '优', stated: '良', cell: 'A1' });
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message)).toEqual([
      '自评得分 96 与各项得分计算的总分 98 不一致（相差 2）。',
      '总分 98对应等级「优」（90 分及以上），表中为「良」。',
    ]);
    expect(result.plan.values.filter((v) => v.address === 'A1')).toEqual([]);
  });

  it('takes no band of a note for a stated total or grade', () => {
    const result = analyzed(
      sheet([
        HEADER,
        ['产出指标', '数量指标', '检查次数', 100, 100, null],
        ['注：综合得分90分以上为优，等级:优(≥90)、良(80-89)。'],
      ]),
    );
    expect(result.total).toMatchObject({ score: 100, stated: null });
    expect(result.grade).toMatchObject({ stated: null });
  });

  it('takes a row labelled across every name column with the whole 100 for the total (霍山 "分总")', () => {
    const rows = (label: string) => [
      FUNDS_HEAD,
      [null, '年度资金总额', 10, 10, 10, 10, 1, 10],
      [],
      HEADER,
      ['产出指标', '数量指标', '检查次数', 60, 60, null],
      [null, '质量指标', '合格率', 20, 20, null],
      ['效益指标', '社会效益', '事故下降', 10, 10, null],
      [label, null, null, 100, 100, null],
    ];
    const merged = (label: string) =>
      analyzed({ ...sheet(rows(label)), merges: [{ top: 7, left: 0, bottom: 7, right: 2 }] });
    expect(merged('分总').total).toMatchObject({ score: 100, cap: 100, stated: 100, cell: 'E8' });
    expect(merged('分总').indicators).toBe(3);
    // Unmerged, "分总" stands in the 一级 column alone: an indicator of 100 points, and the
    // reading is unsure (Σ 分值 200) rather than a guess.
    const loose = analyzed(sheet(rows('分总')));
    expect(loose.indicators).toBe(4);
    expect(loose.confidence.level).toBe('unsure');
  });

  it('takes a goal row stating 80 points above the header for the cap of every leaf (湖北 20+80)', () => {
    const rows = (goal: string) => [
      ['预算执行情况(万元)(20分)', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
      ['部门整体支出总额', 864.2, 864.2, '100%', 20],
      [goal, '增强政府工作效率、改善乡镇居住环境'],
      ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      ['产出指标', '数量指标', '办结信访案件', '168起', '168起', 50],
      ['效益指标', '社会效益指标', '群众满意度', '≥90%', '95%', 30],
    ];
    expect(analyzed(sheet(rows('年度目标1:(80分)'))).total).toMatchObject({ score: 100, cap: 100 });
    // Without its 80 the grid's caps are unknown: no Σ to check, no cap to write.
    expect(analyzed(sheet(rows('年度目标1:'))).total).toMatchObject({ score: 100, cap: null });
  });

  it('checks a budget written as labels and figures (四川 区域绩效目标自评表)', () => {
    const result = (rate: CellValue, spent: CellValue) =>
      analyzed(
        sheet([
          ['预算执行情况(万元)', '转移支付预算数(A)', '5.8万', '预算执行率(B/A)', rate],
          [null, '转移支付执行数(B)', spent],
          [],
          ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成指标值'],
          ['产出指标', '数量指标', '抽检批次', '≥20批次', '22批次'],
        ]),
      );
    expect(findingKeys(result('100%', '5.8万'))).toEqual([]);
    expect(findingKeys(result('90%', '5.8万'))).toEqual(['rate-mismatch@E1']);
    expect(findingKeys(result('117.24%', '6.8万'))).toEqual(['execution-over-budget@C2']);
    // The rate the figures give is written where the table states another.
    expect(result('90%', '5.8万').plan.values.map((v) => `${v.address}:${v.value}`)).toEqual([
      'E1:1',
    ]);
  });

  it('reads a table of targets and 实施进度 (no 分值/得分) as targets and actuals (大英 2020)', () => {
    const result = analyzed(
      sheet([
        ['一级指标', '二级指标', '三级指标', '指标值', '实施进度'],
        ['产出指标', '数量指标', '培训人次', '≥200人次', '已完成100%'],
        [null, '质量指标', '验收合格率', '100%', '已完成100%'],
      ]),
    );
    expect(result.mapping?.columns).toMatchObject({ level3: 2, target: 3, actual: 4 });
    expect(result.indicators).toBe(2);
    expect(result.total).toMatchObject({ score: null, cap: null, stated: null });
  });

  it('writes no rate into a 其中 row whose 分值/执行率/得分 are one merged "—"', () => {
    const grid = sheet([
      ['项目资金（元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', 250000, 250000, 215457.6, 10, null, 8.62],
      [null, '其中：当年财政拨款', 250000, 250000, 215457.6, '—', null, null],
      [],
      ['一级指标', '二级指标', '三级指标', '分值', '得分', '偏差原因'],
      ['产出指标', '数量指标', '培训场次', 90, 90, null],
    ]);
    const result = analyzed({ ...grid, merges: [{ top: 2, left: 5, bottom: 2, right: 7 }] });
    // The total row's rate is written; the 其中 row's rate cell (G3) lies inside F3:H3.
    expect(result.plan.values.map((v) => `${v.address}:${v.purpose}`)).toEqual([
      'G2:execution-rate',
    ]);
  });

  it('writes nothing into a template nobody has scored yet, not even the rule’s suggestions', () => {
    const blank = projectLeaves(
      Object.fromEntries(projectLeaves().map((_, i) => [i, { score: null }])),
    );
    const unscored = analyzed(smallSheet({ leaves: blank }));
    // Each empty score can be suggested, and is, but only as a finding.
    expect(findingKeys(unscored).filter((k) => k.startsWith('score-suggested'))).toHaveLength(4);
    expect(unscored.total).toMatchObject({ score: null });
    expect(unscored.plan.values).toEqual([]);

    // Once one score is stated, the others are filled in.
    const started = analyzed(
      smallSheet({ leaves: projectLeaves({ 1: { score: null }, 2: { score: null } }) }),
    );
    expect(started.plan.values.map((v) => `${v.address}:${v.purpose}`)).toEqual([
      'G13:suggested-score',
      'G14:suggested-score',
    ]);
  });
});
