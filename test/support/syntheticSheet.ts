/**
 * Synthetic 部门整体支出绩效自评表 of any size, for the benchmark and for adapter tests that
 * need a big sheet. Laid out like the seeds: merged title, header with 自评得分/自评结果,
 * a 预算情况 block whose execution rate is worth 10 points, the indicator grid
 * 一级/二级/三级指标/指标值/度量单位/实际完成值/分值/得分/未完成原因分析 with merged level
 * cells, and notes. The table is valid: the level-1 blocks weigh 产出 50 / 效益 30 / 满意度 10
 * (the central project pattern) shared equally by their leaves, the execution score is 10,
 * the stated total is what the scores add up to and the grade matches it.
 */
import type { Cell, CellRange, CellValue, Grid } from '../../src/engine/grid.js';

export interface SyntheticSheet {
  readonly grid: Grid;
  readonly leaves: number;
  /** Σ leaf scores + the execution score, as stated in the header (2 decimals). */
  readonly statedTotal: number;
  readonly grade: '优' | '良' | '中' | '差';
  /** 0-based sheet row of the first indicator (leaf) row. */
  readonly firstLeafRow: number;
}

const EXECUTION_CAP = 10;

/** 一级 → 二级 names, with each level-1 block's points and share of the leaves. */
const LEVELS: readonly {
  name: string;
  points: number;
  share: number;
  level2: readonly string[];
}[] = [
  {
    name: '产出指标',
    points: 50,
    share: 5 / 9,
    level2: ['数量指标', '质量指标', '时效指标', '成本指标'],
  },
  {
    name: '效益指标',
    points: 30,
    share: 3 / 9,
    level2: ['社会效益指标', '经济效益指标', '可持续影响指标'],
  },
  { name: '满意度指标', points: 10, share: 1 / 9, level2: ['服务对象满意度指标'] },
];

/** Leaf templates cycled through: target, unit, actual (value + format), share of the cap scored, reason. */
interface LeafTemplate {
  readonly name: string;
  readonly target: string;
  readonly unit: string;
  readonly actual: CellValue;
  readonly actualFormat?: string;
  readonly scoreShare: number;
  readonly reason: string | null;
}

const LEAF_TEMPLATES: readonly LeafTemplate[] = [
  {
    name: '安全生产检查覆盖率',
    target: '≥95%',
    unit: '%',
    actual: 0.98,
    actualFormat: '0%',
    scoreShare: 1,
    reason: null,
  },
  { name: '应急演练次数', target: '≥12', unit: '次', actual: 12, scoreShare: 1, reason: null },
  { name: '一般事故发生率', target: '≤20%', unit: '%', actual: '15%', scoreShare: 1, reason: null },
  {
    name: '应急救援能力',
    target: '显著提升',
    unit: '定性',
    actual: '达到预期目标',
    scoreShare: 1,
    reason: null,
  },
  {
    name: '安全培训人次',
    target: '≥100',
    unit: '人次',
    actual: 90,
    scoreShare: 0.9,
    reason: '受疫情影响，部分线下培训延期至次年',
  },
  {
    name: '隐患整改完成率',
    target: '=100%',
    unit: '%',
    actual: 1,
    actualFormat: '0%',
    scoreShare: 1,
    reason: null,
  },
  { name: '物资储备库点数', target: '≥6', unit: '个', actual: '8', scoreShare: 1, reason: null },
];

const HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '度量单位',
  '实际完成值',
  '分值',
  '得分',
  '未完成原因分析',
];
const SCORE_FORMAT = '0.0000';

export function buildSyntheticSheet(
  leaves: number,
  sheet = '部门整体支出绩效自评表',
): SyntheticSheet {
  const rows: Cell[][] = [];
  const merges: CellRange[] = [];
  const width = HEADER.length;
  const push = (...cells: (CellValue | Cell)[]) => rows.push(cells.map(toCell));

  push('2021年度部门整体支出绩效自评表');
  merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
  const totalRow = rows.length;
  push(
    '部门（单位）名称',
    '合成测试应急管理局',
    null,
    null,
    null,
    '自评得分',
    null,
    '自评结果',
    null,
  );
  merges.push({ top: 1, left: 1, bottom: 1, right: 4 });
  push('单位：万元');
  push('预算情况', '年初预算数', '全年预算数', '全年执行数', '预算执行率', '分值', '得分');
  push(
    '部门预算总额',
    num(1000, '0.00'),
    num(1200, '0.00'),
    num(1200, '0.00'),
    num(1, '0.00%'),
    EXECUTION_CAP,
    EXECUTION_CAP,
  );
  push(...HEADER);

  const firstLeafRow = rows.length;
  let scoreSum = 0;
  let leaf = 0;
  LEVELS.forEach((level1, i) => {
    const count = i === LEVELS.length - 1 ? leaves - leaf : Math.round(leaves * level1.share);
    const cap = level1.points / count;
    const level1Top = rows.length;
    let group = 0;
    for (let done = 0; done < count; group++) {
      // Level-2 groups of 3–6 leaves, as in real tables.
      const size = Math.min(3 + (group % 4), count - done);
      const level2Top = rows.length;
      for (let k = 0; k < size; k++, done++, leaf++) {
        const t = LEAF_TEMPLATES[leaf % LEAF_TEMPLATES.length] as LeafTemplate;
        const score = cap * t.scoreShare;
        scoreSum += score;
        push(
          k === 0 && done === 0 ? level1.name : null,
          k === 0 ? `${level1.level2[group % level1.level2.length]}（第${group + 1}组）` : null,
          `${t.name}（${leaf + 1}）`,
          t.target,
          t.unit,
          t.actualFormat ? num(t.actual as number, t.actualFormat) : t.actual,
          num(cap, SCORE_FORMAT),
          num(score, SCORE_FORMAT),
          t.reason,
        );
      }
      if (size > 1) merges.push({ top: level2Top, left: 1, bottom: rows.length - 1, right: 1 });
    }
    if (count > 1) merges.push({ top: level1Top, left: 0, bottom: rows.length - 1, right: 0 });
  });

  const notesRow = rows.length;
  push(
    '注：1.各项三级指标得分最高不能超过该指标分值上限。2.得分低于分值的，须在未完成原因分析栏说明原因。',
  );
  merges.push({ top: notesRow, left: 0, bottom: notesRow, right: width - 1 });

  const statedTotal = Math.round((scoreSum + EXECUTION_CAP) * 100) / 100;
  const grade =
    statedTotal >= 90 ? '优' : statedTotal >= 80 ? '良' : statedTotal >= 60 ? '中' : '差';
  const header = rows[totalRow] as Cell[];
  header[6] = { value: statedTotal, format: '0.00' };
  header[8] = { value: grade };

  return {
    grid: { sheet, origin: { row: 0, col: 0 }, cells: rows, merges },
    leaves,
    statedTotal,
    grade,
    firstLeafRow,
  };
}

function num(value: number, format: string): Cell {
  return { value, format };
}

function toCell(v: CellValue | Cell): Cell {
  return v !== null && typeof v === 'object' && 'value' in v ? v : { value: v };
}
