/**
 * The findings, grouped by rule. Clicking one selects its cell in the sheet; 上一处/下一处 walk
 * the list; a finding with a suggested value offers to write it (through the undoable write).
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  CheckmarkRegular,
  ChevronDownRegular,
  ChevronUpRegular,
  InfoFilled,
} from '@fluentui/react-icons';
import { MARK_COLOR, MARK_INK } from '../../engine/index.js';
import { groupByRule, type LocatedFinding } from '../findings.js';
import { formatScore } from '../format.js';
import { RULE_LABELS, SEVERITY_LABELS } from '../labels.js';
import { SeverityIcon, useSeverityStyles } from '../severity.js';
import { EmptyState } from './EmptyState.js';

export interface FindingsViewProps {
  readonly findings: readonly LocatedFinding[];
  readonly hasRun: boolean;
  /** Nothing of Ziping's is on the sheet any more (cleared or undone): not "no problems". */
  readonly cleared: boolean;
  /** Prefix cells with their sheet when the run covered several sheets. */
  readonly showSheet: boolean;
  readonly selected: number | null;
  readonly busy: boolean;
  readonly onSelect: (index: number) => void;
  readonly onApply: (index: number) => void;
}

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    position: 'sticky',
    top: 0,
    zIndex: 1,
    padding: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  navButtons: { display: 'flex', gap: tokens.spacingHorizontalXS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupTitle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
  groupCount: { color: tokens.colorNeutralForeground3 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '3px',
    minWidth: 0,
  },
  itemSelected: {
    border: `1px solid ${tokens.colorBrandStroke1}`,
    borderLeftWidth: '3px',
    backgroundColor: tokens.colorBrandBackground2,
  },
  // The stripe is the grid's ink for the severity: the same hue as the cell's fill.
  error: { borderLeftColor: MARK_INK.error },
  warning: { borderLeftColor: MARK_INK.warning },
  info: { borderLeftColor: MARK_INK.info },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '2px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  chipError: { backgroundColor: MARK_COLOR.error, color: MARK_INK.error },
  chipWarning: { backgroundColor: MARK_COLOR.warning, color: MARK_INK.warning },
  chipInfo: { backgroundColor: MARK_COLOR.info, color: MARK_INK.info },
  itemButton: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    textAlign: 'left',
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
  },
  apply: {
    alignSelf: 'flex-start',
    margin: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
});

const CHIP = { error: 'chipError', warning: 'chipWarning', info: 'chipInfo' } as const;

export function FindingsView(props: FindingsViewProps) {
  const { findings, hasRun, cleared, showSheet, selected, busy, onSelect, onApply } = props;
  const styles = useStyles();
  const severity = useSeverityStyles();
  if (!hasRun) {
    return (
      <EmptyState icon={<InfoFilled />} title="还没有检查结果">
        点击「重新计算」后，这里会按规则列出每一处问题。
      </EmptyState>
    );
  }
  if (findings.length === 0) {
    return cleared ? (
      <EmptyState icon={<InfoFilled />} title="表上没有自评助手的标记">
        标记已清除或已撤销。点击「重新计算」可以重新检查。
      </EmptyState>
    ) : (
      <EmptyState icon={<CheckmarkCircleFilled />} title="没有发现问题">
        自评表的合计、执行率、等级和各项得分都符合评分规则。
      </EmptyState>
    );
  }
  const step = (delta: number) => {
    const from = selected ?? (delta > 0 ? -1 : findings.length);
    onSelect((from + delta + findings.length) % findings.length);
  };
  return (
    <div className={styles.group}>
      <div className={styles.nav}>
        <Text size={200} aria-live="polite">
          {selected === null
            ? `共 ${findings.length} 处`
            : `第 ${selected + 1} / ${findings.length} 处`}
        </Text>
        <div className={styles.navButtons}>
          <Button size="small" icon={<ChevronUpRegular />} disabled={busy} onClick={() => step(-1)}>
            上一处
          </Button>
          <Button
            size="small"
            icon={<ChevronDownRegular />}
            disabled={busy}
            onClick={() => step(1)}
          >
            下一处
          </Button>
        </div>
      </div>
      {groupByRule(findings).map((group) => (
        <section
          key={`${group.rule}-${group.start}`}
          className={styles.group}
          aria-label={RULE_LABELS[group.rule]}
        >
          <div className={styles.groupTitle}>
            <SeverityIcon severity={group.severity} />
            <Text weight="semibold">{RULE_LABELS[group.rule]}</Text>
            <Text size={200} className={styles.groupCount}>
              {group.items.length} 处
            </Text>
          </div>
          {group.items.map((item, offset) => {
            const index = group.start + offset;
            const { finding } = item;
            const isSelected = index === selected;
            return (
              <div
                key={index}
                className={mergeClasses(
                  styles.item,
                  isSelected && styles.itemSelected,
                  styles[finding.severity],
                )}
              >
                <button
                  type="button"
                  className={styles.itemButton}
                  aria-current={isSelected ? 'true' : undefined}
                  data-testid="finding"
                  data-cell={finding.cell}
                  onClick={() => onSelect(index)}
                >
                  <span className={styles.head}>
                    <span className={mergeClasses(styles.chip, styles[CHIP[finding.severity]])}>
                      <SeverityIcon severity={finding.severity} className={severity.inherit} />
                      {SEVERITY_LABELS[finding.severity]}
                    </span>
                    <span className={styles.cell}>
                      {showSheet ? `${item.sheet}!` : ''}
                      {finding.cell}
                    </span>
                  </span>
                  <Text size={300}>{finding.message}</Text>
                </button>
                {finding.suggestion !== undefined && (
                  <Button
                    className={styles.apply}
                    size="small"
                    appearance="secondary"
                    icon={<CheckmarkRegular />}
                    disabled={busy}
                    onClick={() => onApply(index)}
                  >
                    采用建议值 {formatScore(finding.suggestion)}
                  </Button>
                )}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
