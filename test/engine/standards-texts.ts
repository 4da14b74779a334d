/**
 * Golden 评分标准 texts: real texts from published self-evaluation tables (the seed reports,
 * pages found by search and the real tables of the corpus), each with the reading parseStandard
 * must give (without its quotes) and, where facts are known, the score applyRule must give.
 * Every expected reading was checked by hand against the text; "unparsed" means the text states
 * no rule the parser may read without guessing.
 *
 * Facts marked "worked example" are made up to exercise a real rule; the others come from the
 * same table (or its report) as the text.
 */
import type { QualitativeOutcome } from '../../src/engine/profile/profile.js';
import type { ScoringRule } from '../../src/engine/standards/rule.js';

/** A rule as the golden list writes it: every field but the quotes. */
export type Shape<T> = T extends readonly unknown[]
  ? { readonly [K in keyof T]: Shape<T[K]> }
  : T extends object
    ? { readonly [K in keyof T as K extends 'quote' ? never : K]: Shape<T[K]> }
    : T;

export interface Scored {
  readonly cap: number;
  /** 指标值, 度量单位 and 实际完成值 as written in the table. */
  readonly target: string;
  readonly unit: string;
  readonly actual: string;
  readonly outcome?: QualitativeOutcome;
  /** Where the facts come from. */
  readonly from: string;
  readonly expected:
    | { readonly score: number }
    | { readonly min: number; readonly max: number }
    | { readonly missing: string };
}

export interface GoldenText {
  /** As published. */
  readonly text: string;
  /** A seed report and line, the web address it was found at, or a corpus table and cell. */
  readonly source: string;
  /** The 三级指标 it scores, when the table names one. */
  readonly leaf?: string;
  readonly expected: Shape<ScoringRule> | 'unparsed';
  readonly scored?: readonly Scored[];
}

export const GOLDEN_TEXTS: readonly GoldenText[] = [
  {
    text: '1. 部门预算编制、分配符合本部门职责、符合区委区政府方针政策和工作要求（1分）； 2. 部门预算资金能根据年度重点工作，在不同项目、不同用途之间合理分配（1分）； 3. 部分专项资金过大问题（1分）； 4. 部分专项资金经济分类编制准确，年度中间无大量调剂，未发生项目差错（1分）； 5. 预算完成率低、进度慢、完成率不固化，能根据实际情况合理调整，不存在项目支出进度之差（1分）。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 335',
    leaf: '预算合理性',
    expected: {
      kind: 'checklist',
      items: [
        { text: '部门预算编制、分配符合本部门职责、符合区委区政府方针政策和工作要求', points: 1 },
        { text: '部门预算资金能根据年度重点工作,在不同项目、不同用途之间合理分配', points: 1 },
        { text: '部分专项资金过大问题', points: 1 },
        { text: '部分专项资金经济分类编制准确,年度中间无大量调剂,未发生项目差错', points: 1 },
        {
          text: '预算完成率低、进度慢、完成率不固化,能根据实际情况合理调整,不存在项目支出进度之差',
          points: 1,
        },
      ],
    },
  },
  {
    text: '1. 部门（单位）预算编制符合财政部门当年度关于预算编制的各项原则和要求，求同存异（5分）； 2. 预算编制符合专项资金预算管理、项目库管理、新增项目事前绩效评估和预算编制等制度规定（5分）； 3. 预算编制符合本部门预算管理制度和有关制度文件，根据实际情况评分。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 336',
    leaf: '预算规范性',
    expected: 'unparsed',
  },
  {
    text: '1. 部门（单位）按要求编报部门整体和项目的绩效目标，实现绩效目标全覆盖（8分）； 2. 没按要求编报绩效目标或绩效目标不符合要求的，一项扣1分，扣8分。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 340',
    leaf: '绩效目标明确性',
    expected: 'unparsed',
  },
  {
    text: '1. 绩效指标将部门整体绩效目标细化分解为具体工作任务，与部门年度绩效数据或计划数相对应（2分）； 2. 绩效指标能够体现部门（单位）履职效果的社会、经济、生态绩效效益指标具有清晰、可量化的指标（1分）； 3. 绩效指标包含可量化的目标值测算能提供相关依据或符合客观实际情况（1分）。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 341',
    leaf: '绩效指标明确性',
    expected: {
      kind: 'checklist',
      items: [
        {
          text: '绩效指标将部门整体绩效目标细化分解为具体工作任务,与部门年度绩效数据或计划数相对应',
          points: 2,
        },
        {
          text: '绩效指标能够体现部门(单位)履职效果的社会、经济、生态绩效效益指标具有清晰、可量化的指标',
          points: 1,
        },
        { text: '绩效指标包含可量化的目标值测算能提供相关依据或符合客观实际情况', points: 1 },
      ],
    },
  },
  {
    text: '1. 本指标得分=政府采购执行率×2分 政府采购执行率=（实际采购金额合计数/采购计划金额合计数）×100% 2. 如实际采购金额大于采购预算，本项得0分。 政府采购预算是指采购根据事业发展计划和行政任务编制的，并经规定程序批准的年度政府采购计划。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 342',
    leaf: '政府采购执行率',
    expected: {
      kind: 'guarded',
      rule: {
        kind: 'proportional',
        measure: { name: '政府采购执行率', basis: 'actual' },
        points: 2,
      },
      zeroWhen: '实际采购金额大于采购预算',
    },
    scored: [
      {
        cap: 2,
        target: '',
        unit: '',
        actual: '90.81%',
        from: 'seed 002 report: 政府采购执行率 90.81%; table 1.82',
        expected: { score: 1.8162 },
      },
    ],
  },
  {
    text: '预算执行规范性（1.5分）。按规定履行预算调整报批手续或未发生进度会扣分，否则酌情扣分。 2. 资金管理的规范性（1.5分）。支出凭证不规范或其他核算不规范，酌情扣分。 3. 预算执行情况（1.5分）。按相关规定设专账核算、超标准支出，虚列支出，截留、挤占、挪用资金的，以及其他不符合制度规定支出，本项指标得0分。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 347',
    leaf: '财务合规性',
    expected: 'unparsed',
  },
  {
    text: '1. 部门预算公开（1.5分）；按以下标准分档计分： (1) 按规定内容、时限、范围等各项要求进行公开的，得1.5分。 (2) 进行了公开，存在不符合时限、内容、范围等要求的，得1分。 (3) 没有进行公开的，得0分。 2. 部门决算公开（1.5分）；按以下标准分档计分： (1) 按规定内容、时限、范围等各项要求进行公开的，得1.5分。 (2) 进行了公开，存在不符合时限、内容、范围等要求的，得1分。 (3) 没有进行公开的，得0分。 3. 涉密部门（单位）按规定不需要公开相关预算信息的直接得分。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 348',
    leaf: '预决算信息公开',
    expected: 'unparsed',
  },
  {
    text: '1. 项目的设立、调整按相关规定履行报批程序（1分）； 2. 项目招投标、建设、验收以及方案实施均严格执行相关制度规定（1分）。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 349',
    leaf: '项目实施程序',
    expected: {
      kind: 'checklist',
      items: [
        { text: '项目的设立、调整按相关规定履行报批程序', points: 1 },
        { text: '项目招投标、建设、验收以及方案实施均严格执行相关制度规定', points: 1 },
      ],
    },
  },
  {
    text: '1.资金使用单位、基层资金管理单位建立有效资金管理和绩效运行监控机制，且执行按行规定对主管监督（1分）； 2.各有效主管监督（1分），如无法提供年度部门相关证明材料，得0分。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 354',
    leaf: '项目监管',
    expected: {
      kind: 'guarded',
      rule: {
        kind: 'checklist',
        items: [
          {
            text: '资金使用单位、基层资金管理单位建立有效资金管理和绩效运行监控机制,且执行按行规定对主管监督',
            points: 1,
          },
          { text: '各有效主管监督', points: 1 },
        ],
      },
      zeroWhen: '无法提供年度部门相关证明材料',
    },
  },
  {
    text: '1.资产配置合理、保管完整，账实相符（1分）； 2.资产处置规范，有偿使用及处置收入及时足额上缴（1分）。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 355',
    leaf: '资产管理',
    expected: {
      kind: 'checklist',
      items: [
        { text: '资产配置合理、保管完整,账实相符', points: 1 },
        { text: '资产处置规范,有偿使用及处置收入及时足额上缴', points: 1 },
      ],
    },
  },
  {
    text: '固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100% 1.固定资产利用率≥90%的，得1分； 2.90%>固定资产利用率≥75%的，得0.7分； 3.75%>固定资产利用率≥60%的，得0.4分； 4.固定资产利用率<60%的，得0分。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 356',
    leaf: '固定资产利用率',
    expected: {
      kind: 'tiers',
      measure: { name: '固定资产利用率', basis: 'actual' },
      tiers: [
        {
          when: { min: { value: 0.9, inclusive: true }, max: null, percent: true },
          award: { kind: 'points', points: 1 },
        },
        {
          when: {
            min: { value: 0.75, inclusive: true },
            max: { value: 0.9, inclusive: false },
            percent: true,
          },
          award: { kind: 'points', points: 0.7 },
        },
        {
          when: {
            min: { value: 0.6, inclusive: true },
            max: { value: 0.75, inclusive: false },
            percent: true,
          },
          award: { kind: 'points', points: 0.4 },
        },
        {
          when: { min: null, max: { value: 0.6, inclusive: false }, percent: true },
          award: { kind: 'points', points: 0 },
        },
      ],
    },
    scored: [
      {
        cap: 1,
        target: '',
        unit: '',
        actual: '100%',
        from: 'seed 002 report: 固定资产利用率为 100%; table 1',
        expected: { score: 1 },
      },
    ],
  },
  {
    text: '财政供养人员控制率=本年度在编人数(含工勤人员)/核定编制数(含工勤人员) 1.财政供养人员控制率≤100%的，得1分； 2.财政供养人员控制率>100%的，得0分。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 357',
    leaf: '财政供养人员控制率',
    expected: {
      kind: 'tiers',
      measure: { name: '财政供养人员控制率', basis: 'actual' },
      tiers: [
        {
          when: { min: null, max: { value: 1, inclusive: true }, percent: true },
          award: { kind: 'points', points: 1 },
        },
        {
          when: { min: { value: 1, inclusive: false }, max: null, percent: true },
          award: { kind: 'points', points: 0 },
        },
      ],
    },
    scored: [
      {
        cap: 1,
        target: '',
        unit: '',
        actual: '100%',
        from: 'seed 002 report: 财政供养人员控制率为 100.00%; table 1',
        expected: { score: 1 },
      },
    ],
  },
  {
    text: '1. 比率<5%的，得1分； 2. 5%≤比率≤10%的，得0.5分； 3. 比率>10%的，得0分。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 362',
    leaf: '编外人员控制率',
    expected: {
      kind: 'tiers',
      measure: { name: '比率', basis: 'actual' },
      tiers: [
        {
          when: { min: null, max: { value: 0.05, inclusive: false }, percent: true },
          award: { kind: 'points', points: 1 },
        },
        {
          when: {
            min: { value: 0.05, inclusive: true },
            max: { value: 0.1, inclusive: true },
            percent: true,
          },
          award: { kind: 'points', points: 0.5 },
        },
        {
          when: { min: { value: 0.1, inclusive: false }, max: null, percent: true },
          award: { kind: 'points', points: 0 },
        },
      ],
    },
    scored: [
      {
        cap: 1,
        target: '',
        unit: '',
        actual: '28.57%',
        from: 'seed 002 report: 编外人员控制率为 28.57%; table 0',
        expected: { score: 0 },
      },
    ],
  },
  {
    text: '1. 部门制定了财政资金管理、财务管理、内部控制等制度得到有效执行（1分）； 2. 上述财政资金管理、财务管理、内部控制等制度得到全面实施（1分）； 3. 部门按照预算和绩效管理一体化的要求制定本部门及下属单位预算编制、绩效目标编报、绩效监控、绩效评价和评价结果应用等工作制度或工作方案，组织指导本部门及下属单位开展事前评估、绩效目标编报、绩效监控、绩效评价和评价结果应用等工作（1分）。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 363',
    leaf: '管理制度健全性',
    expected: {
      kind: 'checklist',
      items: [
        { text: '部门制定了财政资金管理、财务管理、内部控制等制度得到有效执行', points: 1 },
        { text: '上述财政资金管理、财务管理、内部控制等制度得到全面实施', points: 1 },
        {
          text: '部门按照预算和绩效管理一体化的要求制定本部门及下属单位预算编制、绩效目标编报、绩效监控、绩效评价和评价结果应用等工作制度或工作方案,组织指导本部门及下属单位开展事前评估、绩效目标编报、绩效监控、绩效评价和评价结果应用等工作',
          points: 1,
        },
      ],
    },
  },
  {
    text: '1. “三公”经费控制率=“三公”经费实际支出数/“三公”经费预算安排数×100% (1) “三公”经费控制率<90%的，得3分； (2) 90%≤“三公”经费控制率≤100%的，得2分； (3) “三公”经费控制率>100%的，得0分。 2. 日常公用经费控制率=日常公用经费决算数/日常公用经费调整预算数×100% (1) 日常公用经费控制率<90%的，得3分； (2) 90%≤日常公用经费控制率≤100%的，得2分； (3) 日常公用经费控制率>100%的，得0分。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 364',
    leaf: '公用经费控制率',
    expected: {
      kind: 'sum',
      parts: [
        {
          kind: 'tiers',
          measure: { name: '三公经费控制率', basis: 'actual' },
          tiers: [
            {
              when: { min: null, max: { value: 0.9, inclusive: false }, percent: true },
              award: { kind: 'points', points: 3 },
            },
            {
              when: {
                min: { value: 0.9, inclusive: true },
                max: { value: 1, inclusive: true },
                percent: true,
              },
              award: { kind: 'points', points: 2 },
            },
            {
              when: { min: { value: 1, inclusive: false }, max: null, percent: true },
              award: { kind: 'points', points: 0 },
            },
          ],
        },
        {
          kind: 'tiers',
          measure: { name: '日常公用经费控制率', basis: 'actual' },
          tiers: [
            {
              when: { min: null, max: { value: 0.9, inclusive: false }, percent: true },
              award: { kind: 'points', points: 3 },
            },
            {
              when: {
                min: { value: 0.9, inclusive: true },
                max: { value: 1, inclusive: true },
                percent: true,
              },
              award: { kind: 'points', points: 2 },
            },
            {
              when: { min: { value: 1, inclusive: false }, max: null, percent: true },
              award: { kind: 'points', points: 0 },
            },
          ],
        },
      ],
    },
    scored: [
      {
        cap: 6,
        target: '',
        unit: '',
        actual: '',
        from: 'seed 002: two rates (71.62%, 96.83%) for one leaf',
        expected: { missing: '各分项的数值（三公经费控制率、日常公用经费控制率）' },
      },
    ],
  },
  {
    text: '1. 一季度预算执行率得分=(一季度部门预算支出进度/序时进度 25%) ×1分 2. 二季度预算执行率得分=(二季度部门预算支出进度/序时进度 50%) ×1分 3. 三季度预算执行率得分=(三季度部门预算支出进度/序时进度 75%) ×1分 4. 四季度预算执行率得分=(四季度部门预算支出进度/序时进度 100%) ×1分 5. 全年平均支出进度得分=全年平均执行率×2分 其中：全年平均执行率=Σ(每个季度的执行率)÷4 季度支出进度=季度末月份累计支出进度(即3、6、9、12月末支出进度)',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 369',
    leaf: '预算执行率',
    expected: {
      kind: 'sum',
      parts: [
        {
          kind: 'proportional',
          measure: { name: '(一季度部门预算支出进度/序时进度25%)', basis: 'formula' },
          points: 1,
        },
        {
          kind: 'proportional',
          measure: { name: '(二季度部门预算支出进度/序时进度50%)', basis: 'formula' },
          points: 1,
        },
        {
          kind: 'proportional',
          measure: { name: '(三季度部门预算支出进度/序时进度75%)', basis: 'formula' },
          points: 1,
        },
        {
          kind: 'proportional',
          measure: { name: '(四季度部门预算支出进度/序时进度100%)', basis: 'formula' },
          points: 1,
        },
        { kind: 'proportional', measure: { name: '全年平均执行率', basis: 'actual' }, points: 2 },
      ],
    },
  },
  {
    text: '重点工作是指中央和省、市相关部门、区委、区政府、区人大交办或重下达的工作任务。全部按期保质保量完成得8分；一项重点工作没有完成扣4分，扣完为止。 注：重点工作完成情况可以参考区委区政府督查部门或其他权威部门的统计数据（如有）。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 370',
    leaf: '重点工作完成情况',
    expected: {
      kind: 'per-occurrence',
      what: '重点工作没有完成',
      unit: '项',
      points: 4,
      limit: null,
    },
    scored: [
      {
        cap: 8,
        target: '',
        unit: '',
        actual: '',
        from: 'seed 002 row; table 8',
        expected: { missing: '重点工作没有完成的项数（表中没有）' },
      },
    ],
  },
  {
    text: '1. 所有部门预算安排的项目均按计划时间完成（6分）； 2. 部分项目未按计划时间完成=已完成项目数/计划完成项目总数×6分。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 371',
    leaf: '项目完成及时性',
    expected: {
      kind: 'proportional',
      measure: { name: '已完成项目数/计划完成项目总数', basis: 'formula' },
      points: 6,
    },
    scored: [
      {
        cap: 6,
        target: '',
        unit: '',
        actual: '',
        from: 'seed 002 row; table 6',
        expected: { missing: '「已完成项目数/计划完成项目总数」的数值（表中没有）' },
      },
    ],
  },
  {
    text: '根据绩效指标，通过酌情扣分。根据部门（单位）职责，结合部门整体支出绩效目标，合理设置个性化绩效目标（部门）履行职责内容和性质，从社会效益、经济效益和生态效益进行评价。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 376',
    leaf: '社会效益',
    expected: 'unparsed',
  },
  {
    text: '1. 建立了便利的群众意见反馈渠道和群众意见办理事项回复机制（1分）； 2. 当年度群众信件回复率达100%（1分）； 3. 当年度群众信件回复率达100%，未发生超期（1分）。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 377',
    leaf: '群众信访情况办理情况',
    expected: {
      kind: 'checklist',
      items: [
        { text: '建立了便利的群众意见反馈渠道和群众意见办理事项回复机制', points: 1 },
        { text: '当年度群众信件回复率达100%', points: 1 },
        { text: '当年度群众信件回复率达100%,未发生超期', points: 1 },
      ],
    },
  },
  {
    text: '社会公众或服务对象是指部门（单位）履行职责而影响到的部门、群体或个人，一般采取社会数据反馈、问卷调查等方式。如难以单独开展民意调查等机构或部门，统一计数并按比例分配计分。 社会公众或服务对象是指部门（单位）履行职责而影响到的部门、群体或个人，一般采取社会数据反馈、问卷调查等进行分档计分。 1. 满意度≥95%的，得6分； 2. 90%≤满意度<95%的，得4分； 3. 80%≤满意度<90%的，得2分； 4. 满意度<80%的，得1分。',
    source: 'seed 002 (深圳龙岗区应急管理局 2020) line 378',
    leaf: '公众或服务对象满意度',
    expected: 'unparsed',
  },
  {
    text: '有规划得满分，无规划不得分',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '中长期规划',
    expected: {
      kind: 'all-or-nothing',
      met: '有规划',
      unmet: '无规划',
      award: { kind: 'full' },
      otherwise: { kind: 'points', points: 0 },
    },
    scored: [
      {
        cap: 2,
        target: '明确',
        unit: '',
        actual: '有规划',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 2 },
      },
      {
        cap: 2,
        target: '明确',
        unit: '',
        actual: '无规划',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 0 },
      },
    ],
  },
  {
    text: '有年度计划得满分，无计划不得分',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '年度工作计划',
    expected: {
      kind: 'all-or-nothing',
      met: '有年度计划',
      unmet: '无计划',
      award: { kind: 'full' },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '高中低三档，按0.2分每档递减',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '年度工作计划与规划关联度',
    expected: {
      kind: 'cases',
      cases: [
        { label: '高', award: { kind: 'full' } },
        { label: '中', award: { kind: 'less', points: 0.2 } },
        { label: '低', award: { kind: 'less', points: 0.4 } },
      ],
    },
    scored: [
      {
        cap: 2,
        target: '明确',
        unit: '',
        actual: '',
        from: 'seed 003 row; table 1.8',
        expected: { missing: '属于哪一档（高、中、低）' },
      },
    ],
  },
  {
    text: '未超编满分，超编扣0.5分',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '财政供养人员控制情况',
    expected: {
      kind: 'all-or-nothing',
      met: '未超编',
      unmet: '超编',
      award: { kind: 'full' },
      otherwise: { kind: 'less', points: 0.5 },
    },
    scored: [
      {
        cap: 2,
        target: '合规',
        unit: '',
        actual: '',
        from: 'seed 003 row; table 1.5',
        expected: { missing: '是否「未超编」（实际完成值未写明）' },
      },
      {
        cap: 2,
        target: '合规',
        unit: '',
        actual: '超编',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 1.5 },
      },
    ],
  },
  {
    text: '健全得满分，不健全不得分',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '人事管理制度建设',
    expected: {
      kind: 'all-or-nothing',
      met: '健全',
      unmet: '不健全',
      award: { kind: 'full' },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '培训达标得分，未达标不得分',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '工作人员学习与培训',
    expected: {
      kind: 'all-or-nothing',
      met: '培训达标',
      unmet: '未达标',
      award: { kind: 'full' },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '财务管理是否规范',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '财务管理规范性',
    expected: 'unparsed',
  },
  {
    text: '预算执行是否规范',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '支出调整预算执行率',
    expected: 'unparsed',
  },
  {
    text: '是否专款专用',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '专款专用率',
    expected: 'unparsed',
  },
  {
    text: '采购是否合规',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '政府采购情况',
    expected: 'unparsed',
  },
  {
    text: '资产管理',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '资产管理情况',
    expected: 'unparsed',
  },
  {
    text: '固定资产利用是否充分',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '固定资产利用率',
    expected: 'unparsed',
  },
  {
    text: '专项资金申报是否合规',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '专项资金项目申报管理情况',
    expected: 'unparsed',
  },
  {
    text: '专项资金项目',
    source: 'seed 003 (连云港市应急管理局 2021) 评分标准 column',
    leaf: '专项资金项目验收率',
    expected: 'unparsed',
  },
  {
    text: '1. 自评采取打分评价的形式，满分为 100 分，各部门、各单位可根据指标的重要程度自主确定各项三级指标的权重分值，各项指标得分加总得出部门整体绩效自评的总分。原则上一级指标分值统一设置为：预算执行率 10 分、投入管理指标 30 分、可持续性指标 10 分，产出指标 30 分、效益指标 20 分。如有特殊情况，除预算执行率外，其他指标权重可作适当调整，但总分应为 100 分。各项三级指标得分最高不能超过该指标分值上限。',
    source: 'seed 000 (郑州上街区应急管理局 2021) 注',
    expected: 'unparsed',
  },
  {
    text: '2. 未完成原因分析：说明偏离目标、不能完成目标的原因及拟采取的措施。',
    source: 'seed 000 (郑州上街区应急管理局 2021) 注',
    expected: 'unparsed',
  },
  {
    text: '3. 定性指标根据指标完成情况分为达成预期指标、部分达成预期指标并具有一定效果、未达成预期指标且效果较差三档，分别按照该指标对应分值区间 100%-80% (含)、80%-60% (含)、60%-0% 合理确定分值。定量指标完成指标值的，计该指标所赋全部分值；未完成的，按照完成值与指标值的比例计分。',
    source: 'seed 000 (郑州上街区应急管理局 2021) 注',
    expected: {
      kind: 'by-indicator-type',
      quantitative: {
        kind: 'proportional',
        measure: { name: '完成值与指标值的比例', basis: 'completion' },
        points: null,
      },
      qualitative: {
        kind: 'qualitative-bands',
        bands: {
          achieved: { min: 0.8, max: 1 },
          partial: { min: 0.6, max: 0.8 },
          failed: { min: 0, max: 0.6 },
        },
      },
    },
    scored: [
      {
        cap: 1,
        target: '≤20%',
        unit: '%',
        actual: '30%',
        from: 'seed 000 row 离退休人员经费变动率; table 0.5',
        expected: { score: 0.6667 },
      },
      {
        cap: 1,
        target: '≥95%',
        unit: '%',
        actual: '100%',
        from: 'seed 000 row 年度工作目标实现率; table 1',
        expected: { score: 1 },
      },
      {
        cap: 0.5,
        target: '≥100%',
        unit: '%',
        actual: '完整',
        from: 'seed 000 row 政府采购执行率; table 0.5',
        expected: { missing: '可比较的实际完成值' },
      },
      {
        cap: 10,
        target: '良好',
        unit: '定性指标',
        actual: '良好',
        outcome: 'achieved',
        from: 'seed 000 row 社会效益 (达成预期); table 10',
        expected: { min: 8, max: 10 },
      },
    ],
  },
  {
    text: '定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。\n定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。',
    source: 'corpus shandong-licheng-2019-wenhuaguan J13',
    leaf: '全年免费开放',
    expected: {
      kind: 'by-indicator-type',
      quantitative: {
        kind: 'proportional',
        measure: { name: 'B/A或A/B', basis: 'completion' },
        points: null,
      },
      qualitative: {
        kind: 'qualitative-bands',
        bands: {
          achieved: { min: 0.8, max: 1 },
          partial: { min: 0.5, max: 0.8 },
          failed: { min: 0, max: 0.5 },
        },
      },
    },
    scored: [
      {
        cap: 12.5,
        target: '100%',
        unit: '%',
        actual: '100%',
        from: 'corpus shandong-licheng-2019-wenhuaguan row 全年免费开放; table 12.5',
        expected: { score: 12.5 },
      },
      {
        cap: 10,
        target: '≥1000',
        unit: '人次',
        actual: '900',
        from: 'worked example: figures made up to exercise this real rule (B/A)',
        expected: { score: 9 },
      },
      {
        cap: 10,
        target: '≤20',
        unit: '万元',
        actual: '25',
        from: 'worked example: figures made up to exercise this real rule (A/B, a "≤" target)',
        expected: { score: 8 },
      },
      {
        cap: 10,
        target: '良好',
        unit: '定性指标',
        actual: '一般',
        outcome: 'partial',
        from: 'worked example: figures made up to exercise this real rule (its second tier)',
        expected: { min: 5, max: 8 },
      },
    ],
  },
  {
    text: '实际支出率≠100%则不得分',
    source: 'corpus jiangsu-yixing-jibengongwei H6',
    leaf: '3.实际支出',
    expected: {
      kind: 'tiers',
      measure: { name: '实际支出率', basis: 'actual' },
      tiers: [
        {
          when: { min: null, max: { value: 1, inclusive: false }, percent: true },
          award: { kind: 'points', points: 0 },
        },
        {
          when: {
            min: { value: 1, inclusive: true },
            max: { value: 1, inclusive: true },
            percent: true,
          },
          award: { kind: 'full' },
        },
        {
          when: { min: { value: 1, inclusive: false }, max: null, percent: true },
          award: { kind: 'points', points: 0 },
        },
      ],
    },
    scored: [
      {
        cap: 2,
        target: '100%',
        unit: '%',
        actual: '100%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 2 },
      },
      {
        cap: 2,
        target: '100%',
        unit: '%',
        actual: '98%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 0 },
      },
    ],
  },
  {
    text: '预算完成率超出正负10%不得分',
    source: 'corpus jiangsu-yixing-jibengongwei H4',
    leaf: '1.预算投入资金',
    expected: {
      kind: 'tiers',
      measure: { name: '预算完成率', basis: 'completion' },
      tiers: [
        {
          when: { min: null, max: { value: 0.9, inclusive: false }, percent: true },
          award: { kind: 'points', points: 0 },
        },
        {
          when: {
            min: { value: 0.9, inclusive: true },
            max: { value: 1.1, inclusive: true },
            percent: true,
          },
          award: { kind: 'full' },
        },
        {
          when: { min: { value: 1.1, inclusive: false }, max: null, percent: true },
          award: { kind: 'points', points: 0 },
        },
      ],
    },
    scored: [
      {
        cap: 3,
        target: '2000000',
        unit: '元',
        actual: '1900000',
        from: 'worked example: figures made up to exercise this real rule (95 % completion)',
        expected: { score: 3 },
      },
      {
        cap: 3,
        target: '2000000',
        unit: '元',
        actual: '1700000',
        from: 'worked example: figures made up to exercise this real rule (85 % completion)',
        expected: { score: 0 },
      },
    ],
  },
  {
    text: '4. 自评结果实行百分制和四级分类，分别是：90-100 分为优、80-89 分为良、60-79 分为中、0-59 分为差。',
    source: 'seed 000 (郑州上街区应急管理局 2021) 注',
    expected: 'unparsed',
  },
  {
    text: '以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。',
    source: 'https://glj.yueyang.gov.cn/6173/6181/content_1705915.html',
    leaf: '财政供养人员控制率',
    expected: {
      kind: 'deduction',
      measure: { name: '在职人员控制率', basis: 'actual' },
      direction: 'above',
      threshold: { value: 1, percent: true },
      step: { value: 0.01, percent: true },
      points: 0.5,
      start: { kind: 'points', points: 5 },
      limit: null,
    },
    scored: [
      {
        cap: 5,
        target: '',
        unit: '',
        actual: '103%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 3.5 },
      },
      {
        cap: 5,
        target: '',
        unit: '',
        actual: '112%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 0 },
      },
    ],
  },
  {
    text: '“三公经费”变动率≦0,计5分;\n“三公经费”>0,每超过一个百分点扣0.5分,扣完为止。',
    source: 'https://glj.yueyang.gov.cn/6173/6181/content_1705915.html',
    leaf: '“三公经费”变动率',
    expected: {
      kind: 'deduction',
      measure: { name: '三公经费变动率', basis: 'actual' },
      direction: 'above',
      threshold: { value: 0, percent: true },
      step: { value: 0.01, percent: true },
      points: 0.5,
      start: { kind: 'points', points: 5 },
      limit: null,
    },
    scored: [
      {
        cap: 5,
        target: '',
        unit: '',
        actual: '-5%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 5 },
      },
      {
        cap: 5,
        target: '',
        unit: '',
        actual: '2.5%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { min: 3.5, max: 4 },
      },
    ],
  },
  {
    text: '重点支出安排率≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分。',
    source: 'https://glj.yueyang.gov.cn/6173/6181/content_1705915.html',
    leaf: '重点支出安排率',
    expected: {
      kind: 'tiers',
      measure: { name: '重点支出安排率', basis: 'actual' },
      tiers: [
        {
          when: { min: { value: 0.9, inclusive: true }, max: null, percent: true },
          award: { kind: 'points', points: 5 },
        },
        {
          when: {
            min: { value: 0.8, inclusive: true },
            max: { value: 0.9, inclusive: false },
            percent: true,
          },
          award: { kind: 'points', points: 4 },
        },
        {
          when: {
            min: { value: 0.7, inclusive: true },
            max: { value: 0.8, inclusive: false },
            percent: true,
          },
          award: { kind: 'points', points: 3 },
        },
        {
          when: {
            min: { value: 0.6, inclusive: true },
            max: { value: 0.7, inclusive: false },
            percent: true,
          },
          award: { kind: 'points', points: 2 },
        },
        {
          when: { min: null, max: { value: 0.6, inclusive: false }, percent: true },
          award: { kind: 'points', points: 0 },
        },
      ],
    },
    scored: [
      {
        cap: 5,
        target: '',
        unit: '',
        actual: '85%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 4 },
      },
      {
        cap: 5,
        target: '',
        unit: '',
        actual: '90%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 5 },
      },
      {
        cap: 5,
        target: '',
        unit: '',
        actual: '59%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 0 },
      },
    ],
  },
  {
    text: '预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。',
    source: 'https://glj.yueyang.gov.cn/6173/6181/content_1705915.html',
    leaf: '预算调整率',
    expected: {
      kind: 'tiers',
      measure: { name: '预算调整率', basis: 'actual' },
      tiers: [
        {
          when: {
            min: { value: 0, inclusive: true },
            max: { value: 0, inclusive: true },
            percent: true,
          },
          award: { kind: 'points', points: 3 },
        },
        {
          when: {
            min: { value: 0, inclusive: false },
            max: { value: 0.1, inclusive: true },
            percent: true,
          },
          award: { kind: 'points', points: 2 },
        },
        {
          when: {
            min: { value: 0.1, inclusive: false },
            max: { value: 0.2, inclusive: true },
            percent: true,
          },
          award: { kind: 'points', points: 1 },
        },
        {
          when: {
            min: { value: 0.2, inclusive: false },
            max: { value: 0.3, inclusive: true },
            percent: true,
          },
          award: { kind: 'points', points: 0.5 },
        },
        {
          when: { min: { value: 0.3, inclusive: false }, max: null, percent: true },
          award: { kind: 'points', points: 0 },
        },
      ],
    },
    scored: [
      {
        cap: 3,
        target: '',
        unit: '%',
        actual: '0',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 3 },
      },
      {
        cap: 3,
        target: '',
        unit: '',
        actual: '10%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 2 },
      },
      {
        cap: 3,
        target: '',
        unit: '',
        actual: '10.5%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 1 },
      },
    ],
  },
  {
    text: '春节前下达全部专项资金的50%;6月底前所有专项资金指标全部下达完。\n每出现一个专项未按进度完成资金下达扣0.5分,扣完为止。',
    source: 'https://glj.yueyang.gov.cn/6173/6181/content_1705915.html',
    leaf: '支付进度',
    expected: {
      kind: 'per-occurrence',
      what: '专项未按进度完成资金下达',
      unit: '个',
      points: 0.5,
      limit: null,
    },
  },
  {
    text: '无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。',
    source: 'https://glj.yueyang.gov.cn/6173/6181/content_1705915.html',
    leaf: '资金结余',
    expected: {
      kind: 'cases',
      cases: [
        { label: '无结余', award: { kind: 'points', points: 3 } },
        { label: '有结余,但不超过上年结转', award: { kind: 'points', points: 2 } },
        { label: '结余超过上年结转', award: { kind: 'points', points: 0 } },
      ],
    },
    scored: [
      {
        cap: 3,
        target: '',
        unit: '',
        actual: '无结余',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 3 },
      },
      {
        cap: 3,
        target: '',
        unit: '',
        actual: '有结余',
        from: 'worked example: figures made up to exercise this real rule',
        expected: {
          missing:
            '属于哪一档（无结余、有结余,但不超过上年结转、结余超过上年结转），实际「有结余」未写明',
        },
      },
    ],
  },
  {
    text: '以100%为标准。三公经费控制率≦100%,计6分;\n每超过一个百分点扣1分,扣完为止。',
    source: 'https://glj.yueyang.gov.cn/6173/6181/content_1705915.html',
    leaf: '“三公经费”控制率',
    expected: {
      kind: 'deduction',
      measure: { name: '三公经费控制率', basis: 'actual' },
      direction: 'above',
      threshold: { value: 1, percent: true },
      step: { value: 0.01, percent: true },
      points: 1,
      start: { kind: 'points', points: 6 },
      limit: null,
    },
  },
  {
    text: '①已制定或具有预算资金管理办法,内部财务管理制度、会计核算制度等管理制度,1分;\n②相关管理制度合法、合规、完整,1分;\n③相关管理制度得到有效执行,1分。',
    source: 'https://glj.yueyang.gov.cn/6173/6181/content_1705915.html',
    leaf: '管理制度健全性',
    expected: {
      kind: 'checklist',
      items: [
        {
          text: '已制定或具有预算资金管理办法,内部财务管理制度、会计核算制度等管理制度',
          points: 1,
        },
        { text: '相关管理制度合法、合规、完整', points: 1 },
        { text: '相关管理制度得到有效执行', points: 1 },
      ],
    },
  },
  {
    text: '①支出符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定;\n②资金拨付有完整的审批程序和手续;\n③项目支出按规定经过评估论证;\n④支出符合部门预算批复的用途;\n⑤资金使用无截留、挤占、挪用、虚列支出等情况。\n以上情况每出现一例不符合要求的扣1分,扣完为止。',
    source: 'https://glj.yueyang.gov.cn/6173/6181/content_1705915.html',
    leaf: '资金使用合规性',
    expected: { kind: 'per-occurrence', what: '不符合要求', unit: '例', points: 1, limit: null },
  },
  {
    text: '以100%为标准。在职人员控制率100%,计5分;每超过一个百分点扣0.5分,扣完为止。',
    source: 'http://czj.yueyang.gov.cn/9689/24522/content_1562538.html',
    leaf: '财政供养人员控制率',
    expected: {
      kind: 'deduction',
      measure: { name: '在职人员控制率', basis: 'actual' },
      direction: 'above',
      threshold: { value: 1, percent: true },
      step: { value: 0.01, percent: true },
      points: 0.5,
      start: { kind: 'points', points: 5 },
      limit: null,
    },
  },
  {
    text: '“三公经费”变动率0,计5分;\n“三公经费”>0,每超过一个百分点扣0.5分,扣完为止。',
    source: 'http://czj.yueyang.gov.cn/9689/24522/content_1562538.html',
    leaf: '“三公经费”变动率',
    expected: {
      kind: 'deduction',
      measure: { name: '三公经费变动率', basis: 'actual' },
      direction: 'above',
      threshold: { value: 0, percent: true },
      step: { value: 0.01, percent: true },
      points: 0.5,
      start: { kind: 'points', points: 5 },
      limit: null,
    },
  },
  {
    text: '“三公经费”变动率≦0,计8分;“三公经费”>0,每超过一个百分点扣0.8分,扣完为止。',
    source: 'https://m.51dongshi.net/eedfrcvdvdcgg.html',
    leaf: '“三公经费”变动率',
    expected: {
      kind: 'deduction',
      measure: { name: '三公经费变动率', basis: 'actual' },
      direction: 'above',
      threshold: { value: 0, percent: true },
      step: { value: 0.01, percent: true },
      points: 0.8,
      start: { kind: 'points', points: 8 },
      limit: null,
    },
  },
  {
    text: '根据项目工作量完成情况评分,如大型修缮项目已完成的工程量占计划的百分比,大型购置项目已完成的采购数量占计划的百分比,大型会议的人数、天数等是否超过计划及超过多少等。实际完成情况与计划每相差3%,扣1分,扣满15分为止。',
    source: 'http://www.lygzb.net/html/text/chl/509/50957_3.html',
    leaf: '项目完成工作量',
    expected: {
      kind: 'deduction',
      measure: { name: '实际完成情况与计划', basis: 'completion' },
      direction: 'either',
      threshold: null,
      step: { value: 0.03, percent: true },
      points: 1,
      start: { kind: 'full' },
      limit: 15,
    },
    scored: [
      {
        cap: 15,
        target: '100',
        unit: '台',
        actual: '91',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 12 },
      },
    ],
  },
  {
    text: '根据项目完成时间进度计分,在计划时间内完成的,得满分,超过计划时间的,除政策性原因或特殊原因外,应根据超计划时间占计划完成时间百分比扣分。实际完成情况与计划每相差4%,扣1分,扣满10分为止。',
    source: 'http://www.lygzb.net/html/text/chl/509/50957_3.html',
    leaf: '项目完成进度',
    expected: 'unparsed',
  },
  {
    text: '按完成比例计算得分,满分为止.',
    source: 'https://wanglu.net/thread/t13-461855-0.html',
    leaf: '一般公共预算支出实际完成率',
    expected: {
      kind: 'proportional',
      measure: { name: '完成比例', basis: 'completion' },
      points: null,
    },
    scored: [
      {
        cap: 20,
        target: '100',
        unit: '',
        actual: '95',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 19 },
      },
    ],
  },
  {
    text: '二者择其一进行考核,按完成比例计算得分,满分为止.',
    source: 'https://wanglu.net/thread/t13-461855-0.html',
    leaf: '结转结余率',
    expected: {
      kind: 'proportional',
      measure: { name: '完成比例', basis: 'completion' },
      points: null,
    },
  },
  {
    text: '按规定可以举借债务的单位,应建立债务管理制度;实行事前论证和集体决策;定期与债权人核对债务余额;债务规模应控制在规定范围以内。上述四个方面每存在一个方面没有做到的,扣0.5分。按规定禁止举借债务的单位,如存在举债行为,此项得0分。',
    source: 'https://78911.com.cn/SHZYHXJZG/663757-7.html',
    leaf: '举债事项实行集体决策,定期对账',
    expected: {
      kind: 'guarded',
      rule: { kind: 'per-occurrence', what: '方面没有做到', unit: '个', points: 0.5, limit: null },
      zeroWhen: '存在举债行为',
    },
  },
  {
    text: '本单位采购货物、服务和工程应当严格按照年度政府集中采购目录及标准的规定执行。每存在一项应采未采或违反年度政府集中采购目录及标准规定的事项,扣1分,直至扣完。',
    source: 'https://78911.com.cn/SHZYHXJZG/663757-7.html',
    leaf: '政府采购合规',
    expected: {
      kind: 'per-occurrence',
      what: '应采未采或违反年度政府集中采购目录及标准规定的事项',
      unit: '项',
      points: 1,
      limit: null,
    },
  },
  {
    text: '政府采购货物、服务和工程应当严格落实节能环保、促进中小企业发展等政策。每存在一项未按规定执行政府采购政策的事项,扣1分,直至扣完。',
    source: 'https://78911.com.cn/SHZYHXJZG/663757-7.html',
    leaf: '落实政府采购政策',
    expected: {
      kind: 'per-occurrence',
      what: '未按规定执行政府采购政策的事项',
      unit: '项',
      points: 1,
      limit: null,
    },
  },
  {
    text: '采用非公开招标方式采购公开招标数额标准以上的货物或服务,以及政府采购进口产品,应当按照规定报批。每存在一项未按规定报批的事项,扣1分,直至扣完。',
    source: 'https://78911.com.cn/SHZYHXJZG/663757-7.html',
    leaf: '政府采购方式变更和采购进口产品报批',
    expected: {
      kind: 'per-occurrence',
      what: '未按规定报批的事项',
      unit: '项',
      points: 1,
      limit: null,
    },
  },
  {
    text: '目标明确(1分),目标细化(1分),目标量化(2分)',
    source: 'https://haowendang.cn/c1d28o5nseg565jb3urou8mpoj7oc3w00znw_1.html',
    leaf: '目标内容',
    expected: {
      kind: 'checklist',
      items: [
        { text: '目标明确', points: 1 },
        { text: '目标细化', points: 1 },
        { text: '目标量化', points: 2 },
      ],
    },
  },
  {
    text: '项目符合经济社会发展规划和部门年度工作计划(2分),根据需要制定中长期实施规划(1分)',
    source: 'https://haowendang.cn/c1d28o5nseg565jb3urou8mpoj7oc3w00znw_1.html',
    leaf: '决策依据',
    expected: {
      kind: 'checklist',
      items: [
        { text: '项目符合经济社会发展规划和部门年度工作计划', points: 2 },
        { text: '根据需要制定中长期实施规划', points: 1 },
      ],
    },
  },
  {
    text: '完成年度投资计划任务得标准分,未完成的按实际完成率乘以标准分计分',
    source: 'https://xiangdang.net/fanwen.aspx?id=180256',
    leaf: '重点项目指标',
    expected: {
      kind: 'proportional',
      measure: { name: '完成率', basis: 'completion' },
      points: null,
    },
  },
  // The real tables of the corpus (corpus/<id>/table.xlsx): the cell of their 评分标准 column.
  {
    text: '民主议事记录完整,得2分;不完整的每个项目扣1分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E5',
    leaf: '民主议事',
    expected: {
      kind: 'per-occurrence',
      what: '不完整的项目',
      unit: '个',
      points: 1,
      limit: null,
    },
    scored: [
      {
        cap: 2,
        target: '',
        unit: '',
        actual: '',
        from: 'corpus anhui-tongling-jiaoqu-2021-gongyi row 5; 县级评分 2',
        expected: { missing: '不完整的项目的个数（表中没有）' },
      },
    ],
  },
  {
    text: '村级申报表,乡镇审核记录,县级项目审批文件齐全,得2分;审核程序缺失,每个项目扣1分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E6',
    leaf: '申报审批',
    expected: {
      kind: 'per-occurrence',
      what: '审核程序缺失的项目',
      unit: '个',
      points: 1,
      limit: null,
    },
  },
  // A base award with bonuses ("加1分", "达到20元,加2分"): whether a bonus may lift the score
  // above 分值 the text does not say (the table's own 工作安排 gives 2 of 1), so it is not read.
  {
    text: '县级财政按照乡村人口人均不低于5元标准安排奖补资金,得4分;县级财政按照农业人口人均不低于10元标准安排奖补资金的,加1分,达到20元,加2分;市财政对县安排补助资金,加1分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E7',
    leaf: '预算安排',
    expected: 'unparsed',
  },
  {
    text: '整合其他涉农财政资金支持农村公益事业财政奖补工作的,得2分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E8',
    leaf: '资金整合',
    expected: {
      kind: 'all-or-nothing',
      met: '整合其他涉农财政资金支持农村公益事业财政奖补工作',
      unmet: null,
      award: { kind: 'points', points: 2 },
      otherwise: { kind: 'points', points: 0 },
    },
    scored: [
      {
        cap: 2,
        target: '',
        unit: '',
        actual: '',
        from: 'corpus anhui-tongling-jiaoqu-2021-gongyi row 8; 县级评分 0',
        expected: {
          missing: '是否「整合其他涉农财政资金支持农村公益事业财政奖补工作」（实际完成值未写明）',
        },
      },
    ],
  },
  {
    text: '资金管理制度健全规范,得2分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E9',
    leaf: '管理制度',
    expected: {
      kind: 'all-or-nothing',
      met: '资金管理制度健全规范',
      unmet: null,
      award: { kind: 'points', points: 2 },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '监督考核制度健全规范,得2分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E10',
    leaf: '监督考核',
    expected: {
      kind: 'all-or-nothing',
      met: '监督考核制度健全规范',
      unmet: null,
      award: { kind: 'points', points: 2 },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '村民筹资、村集体投入、社会捐赠等财政奖补项目资金纳入所在乡镇账户管理,得2分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E11',
    leaf: '账务管理',
    expected: {
      kind: 'all-or-nothing',
      met: '村民筹资、村集体投入、社会捐赠等财政奖补项目资金纳入所在乡镇账户管理',
      unmet: null,
      award: { kind: 'points', points: 2 },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '财政奖补资金实行专账核算,得1分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E12',
    leaf: '账务管理',
    expected: {
      kind: 'all-or-nothing',
      met: '财政奖补资金实行专账核算',
      unmet: null,
      award: { kind: 'points', points: 1 },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '实行国库集中支付的,得2分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E13',
    leaf: '资金拨付',
    expected: {
      kind: 'all-or-nothing',
      met: '实行国库集中支付',
      unmet: null,
      award: { kind: 'points', points: 2 },
      otherwise: { kind: 'points', points: 0 },
    },
    scored: [
      {
        cap: 2,
        target: '实行',
        unit: '',
        actual: '实行国库集中支付',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 2 },
      },
      {
        cap: 2,
        target: '实行',
        unit: '',
        actual: '部分实行',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { missing: '是否「实行国库集中支付」（实际完成值未写明）' },
      },
    ],
  },
  // One point for the deployment plus a bonus per written instruction "最多加2分": the table
  // gives 2 against a 分值 of 1, and whether a bonus may pass 分值 the text leaves open.
  {
    text: '纳入县级重点工作部署,得1分;党政领导对财政奖补工作有正面批示的,一个加1分,最多加2分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E14',
    leaf: '工作安排',
    expected: 'unparsed',
  },
  {
    text: '有专门从事财政奖补工作人员,安排必要工作经费的,得1分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E15',
    leaf: '工作保障',
    expected: {
      kind: 'all-or-nothing',
      met: '有专门从事财政奖补工作人员,安排必要工作经费',
      unmet: null,
      award: { kind: 'points', points: 1 },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '项目管理制度健全规范,得2分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E16',
    leaf: '项目管理',
    expected: {
      kind: 'all-or-nothing',
      met: '项目管理制度健全规范',
      unmet: null,
      award: { kind: 'points', points: 2 },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '项目管护制度健全规范,得2分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E17',
    leaf: '项目管护',
    expected: {
      kind: 'all-or-nothing',
      met: '项目管护制度健全规范',
      unmet: null,
      award: { kind: 'points', points: 2 },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '制定农村公益事业财政奖补项目三年规划的,得2分;建立财政奖补项目库的,得3分',
    source: 'corpus anhui-tongling-jiaoqu-2021-gongyi E18',
    leaf: '项目库建设',
    expected: {
      kind: 'checklist',
      items: [
        { text: '制定农村公益事业财政奖补项目三年规划', points: 2 },
        { text: '建立财政奖补项目库', points: 3 },
      ],
    },
    scored: [
      {
        cap: 5,
        target: '',
        unit: '',
        actual: '',
        from: 'corpus anhui-tongling-jiaoqu-2021-gongyi row 18; 县级评分 5',
        expected: { missing: '各分项是否达到（共 2 项、5 分，表中只有总得分）' },
      },
    ],
  },
  {
    text: '有项目年度工作计划或有上级文件或审批报告计2分,没有不得分。',
    source: 'corpus hubei-guangshui-2021-xiangcundaolu I11',
    leaf: '决策依据',
    expected: {
      kind: 'all-or-nothing',
      met: '有项目年度工作计划或有上级文件或审批报告',
      unmet: '没有',
      award: { kind: 'points', points: 2 },
      otherwise: { kind: 'points', points: 0 },
    },
    scored: [
      {
        cap: 2,
        target: '',
        unit: '',
        actual: '',
        from: 'corpus hubei-guangshui-2021-xiangcundaolu row 11; 自评分 2',
        expected: {
          missing: '是否「有项目年度工作计划或有上级文件或审批报告」（实际完成值未写明）',
        },
      },
      {
        cap: 2,
        target: '',
        unit: '',
        actual: '没有',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 0 },
      },
    ],
  },
  {
    text: '1、单位财务管理制度1分;\n2、项目管理制度1分;\n3、有制度执行佐证资料1分。没有不得分。',
    source: 'corpus hubei-guangshui-2021-xiangcundaolu I12',
    leaf: '财务制度',
    expected: {
      kind: 'checklist',
      items: [
        { text: '单位财务管理制度', points: 1 },
        { text: '项目管理制度', points: 1 },
        { text: '有制度执行佐证资料', points: 1 },
      ],
    },
  },
  {
    text: '有明确的绩效管理机构或专人负责2分。没有不得分',
    source: 'corpus hubei-guangshui-2021-xiangcundaolu I13',
    leaf: '组织机构',
    expected: {
      kind: 'all-or-nothing',
      met: '有明确的绩效管理机构或专人负责',
      unmet: '没有',
      award: { kind: 'points', points: 2 },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '1、运行监管记录3分;\n2、填报《项目支出绩效监控表》1分。没有不得分。',
    source: 'corpus hubei-guangshui-2021-xiangcundaolu I14',
    leaf: '运行监管',
    expected: {
      kind: 'checklist',
      items: [
        { text: '运行监管记录', points: 3 },
        { text: '填报《项目支出绩效监控表》', points: 1 },
      ],
    },
  },
  {
    text: '1、项目绩效目标全申报的1分,缺一项扣0.5分,扣完为止;\n2、绩效目标规范1分,不规范扣0.5分;\n3、按时申报绩效目标计2分,逾期扣1分。',
    source: 'corpus hubei-guangshui-2021-xiangcundaolu I15',
    leaf: '目标申报',
    expected: {
      kind: 'sum',
      parts: [
        { kind: 'per-occurrence', what: '缺少', unit: '项', points: 0.5, limit: null },
        {
          kind: 'all-or-nothing',
          met: '绩效目标规范',
          unmet: '不规范',
          award: { kind: 'points', points: 1 },
          otherwise: { kind: 'less', points: 0.5 },
        },
        {
          kind: 'all-or-nothing',
          met: '按时申报绩效目标',
          unmet: '逾期',
          award: { kind: 'points', points: 2 },
          otherwise: { kind: 'less', points: 1 },
        },
      ],
    },
  },
  // How the 三级 caps are set (15分 ÷ the number of indicators) and what evidence to keep: no
  // way to score a leaf.
  {
    text: '1、提供三级指标完成程度的佐证资料;\n2、三级指标分值按三级指标个数平均确定(15分÷三级指标个数),四舍五入保留整数。',
    source: 'corpus hubei-guangshui-2021-xiangcundaolu I18',
    leaf: '乡村道路建设养护里程',
    expected: 'unparsed',
  },
  {
    text: '符合法律法规(1分) 符合经济社会发展规划(1分) 部门年度工作计划(1分) 针对某一实际问题和需求(1分)',
    source: 'corpus hunan-datonghu-2021-canjiren F4',
    leaf: '决策依据',
    expected: {
      kind: 'checklist',
      items: [
        { text: '符合法律法规', points: 1 },
        { text: '符合经济社会发展规划', points: 1 },
        { text: '部门年度工作计划', points: 1 },
        { text: '针对某一实际问题和需求', points: 1 },
      ],
    },
    scored: [
      {
        cap: 4,
        target: '',
        unit: '',
        actual: '',
        from: 'corpus hunan-datonghu-2021-canjiren row 4; 自评分 4',
        expected: { missing: '各分项是否达到（共 4 项、4 分，表中只有总得分）' },
      },
    ],
  },
  {
    text: '符合法律法规(1分)符合经济社会发展规划(1分) 部门年度工作计划(1分) 针对某一实际问题和需求(1分)',
    source: 'corpus hunan-nanxian-2022-minzheng F5',
    leaf: '决策依据(4分)',
    expected: {
      kind: 'checklist',
      items: [
        { text: '符合法律法规', points: 1 },
        { text: '符合经济社会发展规划', points: 1 },
        { text: '部门年度工作计划', points: 1 },
        { text: '针对某一实际问题和需求', points: 1 },
      ],
    },
  },
  {
    text: '符合申报条件(2分) 项目申报、批复程序符合管理办法(1分) 项目调整履行了相应手续(1分)',
    source: 'corpus hunan-datonghu-2021-canjiren F5',
    leaf: '决策程序',
    expected: {
      kind: 'checklist',
      items: [
        { text: '符合申报条件', points: 2 },
        { text: '项目申报、批复程序符合管理办法', points: 1 },
        { text: '项目调整履行了相应手续', points: 1 },
      ],
    },
  },
  {
    text: '有相应的资金管理办法(1分) 办法健全、规范(1分) 因素全面合理(1分)',
    source: 'corpus hunan-datonghu-2021-canjiren F6',
    leaf: '分配办法',
    expected: {
      kind: 'checklist',
      items: [
        { text: '有相应的资金管理办法', points: 1 },
        { text: '办法健全、规范', points: 1 },
        { text: '因素全面合理', points: 1 },
      ],
    },
  },
  {
    text: '符合分配办法(2分) 分配公平合理(2分)',
    source: 'corpus hunan-datonghu-2021-canjiren F7',
    leaf: '分配结果',
    expected: {
      kind: 'checklist',
      items: [
        { text: '符合分配办法', points: 2 },
        { text: '分配公平合理', points: 2 },
      ],
    },
  },
  {
    text: '根据项目资金的实际到位率计算得分',
    source: 'corpus hunan-datonghu-2021-canjiren F8',
    leaf: '到位率',
    expected: {
      kind: 'proportional',
      measure: { name: '项目资金的实际到位率', basis: 'actual' },
      points: null,
    },
    scored: [
      {
        cap: 3,
        target: '',
        unit: '',
        actual: '',
        from: 'corpus hunan-datonghu-2021-canjiren row 8; 自评分 3, 到位率 not stated',
        expected: { missing: '可比较的实际完成值' },
      },
      {
        cap: 3,
        target: '100%',
        unit: '',
        actual: '95%',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 2.85 },
      },
    ],
  },
  {
    text: '到位及时(2分) 不及时但未影响项目进度(1分) 不及时并影响项目进度(0.5分)',
    source: 'corpus hunan-datonghu-2021-canjiren F9',
    leaf: '到位时效',
    expected: {
      kind: 'cases',
      cases: [
        { label: '到位及时', award: { kind: 'points', points: 2 } },
        { label: '不及时但未影响项目进度', award: { kind: 'points', points: 1 } },
        { label: '不及时并影响项目进度', award: { kind: 'points', points: 0.5 } },
      ],
    },
    scored: [
      {
        cap: 2,
        target: '',
        unit: '',
        actual: '',
        from: 'corpus hunan-datonghu-2021-canjiren row 9; 自评分 2',
        expected: {
          missing: '属于哪一档（到位及时、不及时但未影响项目进度、不及时并影响项目进度）',
        },
      },
      {
        cap: 2,
        target: '',
        unit: '',
        actual: '不及时但未影响项目进度',
        from: 'worked example: figures made up to exercise this real rule',
        expected: { score: 1 },
      },
    ],
  },
  {
    text: '虚列套取扣4-7分 依据不合规扣2分 截留、挤占、挪用扣3-6分 超标准开支扣2-5分 超预算扣2-5分',
    source: 'corpus hunan-datonghu-2021-canjiren F10',
    leaf: '资金使用',
    expected: {
      kind: 'findings',
      items: [
        { text: '虚列套取', min: 4, max: 7 },
        { text: '依据不合规', min: 2, max: 2 },
        { text: '截留、挤占、挪用', min: 3, max: 6 },
        { text: '超标准开支', min: 2, max: 5 },
        { text: '超预算', min: 2, max: 5 },
      ],
    },
    scored: [
      {
        cap: 7,
        target: '',
        unit: '',
        actual: '',
        from: 'corpus hunan-datonghu-2021-canjiren row 10; 自评分 7',
        expected: {
          missing:
            '所列问题（虚列套取；依据不合规；截留、挤占、挪用；超标准开支；超预算）是否发生（表中没有）',
        },
      },
    ],
  },
  {
    text: '年度工作计划是否完整可行(3分)',
    source: 'corpus anhui-shouxian-2023-zhengti G5',
    leaf: '年度工作计划完整性',
    expected: {
      kind: 'all-or-nothing',
      met: '年度工作计划是否完整可行',
      unmet: null,
      award: { kind: 'points', points: 3 },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    text: '年度工作计划是否明确可操作(3分)',
    source: 'corpus anhui-shouxian-2023-zhengti G6',
    leaf: '年度工作计划明确性',
    expected: {
      kind: 'all-or-nothing',
      met: '年度工作计划是否明确可操作',
      unmet: null,
      award: { kind: 'points', points: 3 },
      otherwise: { kind: 'points', points: 0 },
    },
  },
  {
    // Not a yes-or-no question: the 2 points may be given in part.
    text: '绩效目标明确,且细化、量化(2分);',
    source: 'corpus anhui-shouxian-2023-zhengti G8',
    leaf: '年度绩效目标明确性',
    expected: 'unparsed',
  },
];
