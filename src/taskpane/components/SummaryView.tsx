/**
 * What the marks on the sheet stand for: per sheet, the table recognised, total, grade and
 * finding counts; a table read without confidence asks for its mapping to be checked.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { TableRegular, TableSearchRegular } from '@fluentui/react-icons';
import type { NoteSupport } from '../../excel/actions.js';
import type {
  RecognisedBlock,
  RecognisedSheet,
  SheetAnalysis,
  SheetTotal,
} from '../../engine/index.js';
import { MARK_COLOR, MARK_INK } from '../../engine/index.js';
import { countBySeverity } from '../findings.js';
import { formatScore } from '../format.js';
import { SEVERITY_LABELS } from '../labels.js';
import { SeverityIcon, useSeverityStyles } from '../severity.js';
import { EmptyState } from './EmptyState.js';
import { SheetRules } from './SheetRules.js';

/** The counts of the run that produced what is shown. */
export interface Footnote {
  readonly written: number;
  readonly marked: number;
  readonly noteSupport: NoteSupport;
}

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  cardTitle: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  sheetName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  blocks: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  block: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  blockIcon: { flexShrink: 0, color: tokens.colorBrandForeground1 },
  figures: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  caption: { color: tokens.colorNeutralForeground3 },
  stated: { color: tokens.colorPaletteRedForeground1 },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, 1fr)',
    gap: tokens.spacingHorizontalS,
  },
  count: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} 0`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  countValue: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
  footnote: { color: tokens.colorNeutralForeground3 },
  tag: {
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  recognised: { backgroundColor: '#C6EFCE', color: '#006100' },
  uncertain: { backgroundColor: MARK_COLOR.warning, color: MARK_INK.warning },
  unsure: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: MARK_COLOR.warning,
    color: MARK_INK.warning,
  },
  unsureButton: { alignSelf: 'flex-start' },
});

export interface SummaryViewProps {
  /** Null before anything was run (or recorded) on the workbook. */
  readonly analyses: readonly SheetAnalysis[] | null;
  readonly footnote: Footnote | null;
  readonly onShowFindings: () => void;
  readonly onCheckMapping: () => void;
  /** An action is running: the rules cannot be changed meanwhile. */
  readonly busy: boolean;
  /** Rerun a sheet under the rules of this profile id, or under detected rules (`null`). */
  readonly onChooseProfile: (sheet: string, profile: string | null) => void;
}

export function SummaryView({
  analyses,
  footnote,
  onShowFindings,
  onCheckMapping,
  busy,
  onChooseProfile,
}: SummaryViewProps) {
  const styles = useStyles();
  if (!analyses) {
    return (
      <EmptyState icon={<TableSearchRegular />} title="还没有检查结果">
        点击「重新计算」，自评助手会识别当前工作表中的绩效自评表，先列出将要写入和标记的单元格，确认后写回合计、执行率和评价等级，并标出不符合评分规则的单元格。
      </EmptyState>
    );
  }
  if (analyses.length === 0) {
    return (
      <EmptyState icon={<TableSearchRegular />} title="表上没有自评助手的标记">
        标记已清除或已撤销。点击「重新计算」可以重新检查。
      </EmptyState>
    );
  }
  return (
    <div className={styles.list}>
      {analyses.map((analysis) => (
        <SheetCard
          key={analysis.sheet}
          analysis={analysis}
          onShowFindings={onShowFindings}
          onCheckMapping={onCheckMapping}
          busy={busy}
          onChooseProfile={onChooseProfile}
        />
      ))}
      {footnote && (
        <Text size={200} className={styles.footnote} data-testid="footnote">
          本次写入 {footnote.written} 个单元格，标记 {footnote.marked} 个单元格。
          {footnote.marked > 0 ? NOTE_TEXT[footnote.noteSupport] : ''}
        </Text>
      )}
    </div>
  );
}

const NOTE_TEXT: Readonly<Record<NoteSupport, string>> = {
  notes: '问题说明已写在单元格备注中。',
  comments: '此版本 Excel 不支持备注，问题说明已写成批注。',
  none: '此版本 Excel 不支持备注和批注，问题说明只在面板中列出。',
  off: '您在「选项」中关闭了备注，问题说明只在面板中列出。',
};

function SheetCard({
  analysis,
  onShowFindings,
  onCheckMapping,
  busy,
  onChooseProfile,
}: {
  analysis: SheetAnalysis;
  onShowFindings: () => void;
  onCheckMapping: () => void;
  busy: boolean;
  onChooseProfile: (sheet: string, profile: string | null) => void;
}) {
  const styles = useStyles();
  const unsure = analysis.status === 'recognised' && analysis.confidence.level === 'unsure';
  return (
    <section className={styles.card} aria-label={`工作表 ${analysis.sheet}`}>
      <div className={styles.cardTitle}>
        <Text weight="semibold" className={styles.sheetName}>
          {analysis.sheet}
        </Text>
        {analysis.status === 'recognised' && !unsure ? (
          <span className={mergeClasses(styles.tag, styles.recognised)}>已识别</span>
        ) : (
          <span className={mergeClasses(styles.tag, styles.uncertain)}>
            {unsure ? '识别不确定' : '未识别'}
          </span>
        )}
      </div>
      {analysis.status === 'recognised' ? (
        <>
          {unsure && (
            <div className={styles.unsure} role="note" data-testid="unsure">
              <Text size={200}>
                无法确定已正确识别此表：{analysis.confidence.reasons.join('；')}
                。未写入总分和等级；请核对表头行和各列，确认无误后才会写入。
              </Text>
              <Button
                className={styles.unsureButton}
                size="small"
                icon={<TableRegular />}
                onClick={onCheckMapping}
              >
                核对表格识别
              </Button>
            </div>
          )}
          <RecognisedDetails sheet={analysis} onShowFindings={onShowFindings} />
          {/* A record saved before profiles existed lists its sheets without one. */}
          {(analysis.profile as RecognisedSheet['profile'] | undefined) && (
            <SheetRules
              profile={analysis.profile}
              busy={busy}
              onChoose={(profile) => onChooseProfile(analysis.sheet, profile)}
            />
          )}
        </>
      ) : (
        <Text>{analysis.reason}</Text>
      )}
    </section>
  );
}

function RecognisedDetails({
  sheet,
  onShowFindings,
}: {
  sheet: RecognisedSheet;
  onShowFindings: () => void;
}) {
  const styles = useStyles();
  const severity = useSeverityStyles();
  const counts = countBySeverity(sheet.findings);
  return (
    <>
      <ul className={styles.blocks} aria-label="识别出的表格">
        {mainBlocks(sheet).map((block, i) => (
          <li key={i} className={styles.block}>
            <TableRegular className={styles.blockIcon} aria-hidden />
            <Text size={300}>{block.label}</Text>
          </li>
        ))}
      </ul>
      <Text size={200} className={styles.caption}>
        {blockCaption(sheet)}
      </Text>
      {(sheet.total || sheet.grade) && (
        <div className={styles.figures}>
          {sheet.total && <TotalFigure total={sheet.total} />}
          {sheet.grade && (
            <div className={styles.figure} data-testid="summary-grade">
              <Text size={200} className={styles.caption}>
                评价等级
              </Text>
              <Text size={500} weight="semibold">
                {sheet.grade.value}
              </Text>
              {sheet.grade.stated !== null && sheet.grade.stated !== sheet.grade.value && (
                <Text size={200} className={styles.stated}>
                  表上填写「{sheet.grade.stated}」
                </Text>
              )}
            </div>
          )}
        </div>
      )}
      <div className={styles.counts}>
        {(['error', 'warning', 'info'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className={styles.count}
            onClick={onShowFindings}
            aria-label={`${SEVERITY_LABELS[kind]} ${counts[kind]} 处，查看问题`}
            data-testid={`count-${kind}`}
          >
            <Text
              size={500}
              weight="semibold"
              className={mergeClasses(styles.countValue, counts[kind] > 0 && severity[kind])}
            >
              {counts[kind] > 0 && <SeverityIcon severity={kind} />}
              {counts[kind]}
            </Text>
            <Text size={200}>{SEVERITY_LABELS[kind]}</Text>
          </button>
        ))}
      </div>
    </>
  );
}

/** The computed total against the cap; on a form with nothing to add up, the stated total. */
function TotalFigure({ total }: { total: SheetTotal }) {
  const styles = useStyles();
  const { score, cap, stated } = total;
  const shown = score ?? stated;
  return (
    <div className={styles.figure} data-testid="summary-total">
      <Text size={200} className={styles.caption}>
        {score === null ? '表上填写的总分' : cap === null ? '总分' : '总分 / 满分'}
      </Text>
      <Text size={500} weight="semibold">
        {shown === null ? '—' : formatScore(shown)}
        {cap !== null && score !== null && (
          <Text size={300} weight="regular">
            {` / ${formatScore(cap)}`}
          </Text>
        )}
      </Text>
      {score !== null && stated !== null && Math.abs(stated - score) >= 0.005 && (
        <Text size={200} className={styles.stated}>
          表上填写 {formatScore(stated)}
        </Text>
      )}
    </div>
  );
}

/** The tables a user recognises by name; sum columns and score labels are only counted. */
const MAIN_KINDS: ReadonlySet<RecognisedBlock['kind']> = new Set(['indicators', 'budget', 'tasks']);

function mainBlocks(sheet: RecognisedSheet): RecognisedBlock[] {
  return sheet.blocks.filter((block) => MAIN_KINDS.has(block.kind));
}

function blockCaption(sheet: RecognisedSheet): string {
  const sums = sheet.blocks.filter((b) => b.kind === 'column-sums').length;
  const parts = [`三级指标 ${sheet.indicators} 项`];
  if (sums > 0) parts.push(`合计栏 ${sums} 处`);
  if (sheet.blocks.some((b) => b.kind === 'summary')) parts.push('自评得分与等级');
  return `共识别${parts.join('、')}`;
}
