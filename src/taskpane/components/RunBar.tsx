/** The pane's title and its three workbook commands, the same as the ribbon's. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, ArrowUndoRegular, EraserRegular } from '@fluentui/react-icons';

export type BusyAction = 'recalculate' | 'clearMarks' | 'undoLastWrite' | 'apply';

export interface RunBarProps {
  readonly busy: BusyAction | null;
  /** The step 撤销上一步 would take back ("14:02 重新计算"), or null. */
  readonly undo: string | null;
  readonly onRecalculate: () => void;
  readonly onClearMarks: () => void;
  readonly onUndo: () => void;
}

const useStyles = makeStyles({
  title: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  subtitle: { color: tokens.colorNeutralForeground3 },
  primary: { width: '100%' },
  spinning: {
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '1s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
  },
  secondary: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: tokens.spacingHorizontalS,
  },
  // Labels must fit a 320 px pane without pushing it sideways.
  secondaryButton: { minWidth: 0, whiteSpace: 'nowrap' },
});

export function RunBar({ busy, undo, onRecalculate, onClearMarks, onUndo }: RunBarProps) {
  const styles = useStyles();
  const disabled = busy !== null;
  return (
    <>
      <div className={styles.title}>
        <Text as="h1" weight="semibold" size={500}>
          自评助手
        </Text>
        <Text size={200} className={styles.subtitle}>
          绩效自评表检查
        </Text>
      </div>
      <Button
        className={styles.primary}
        appearance="primary"
        size="large"
        icon={<ArrowSyncRegular className={busy === 'recalculate' ? styles.spinning : undefined} />}
        disabled={disabled}
        onClick={onRecalculate}
      >
        {busy === 'recalculate' ? '正在计算…' : '重新计算'}
      </Button>
      <div className={styles.secondary}>
        <Button
          className={styles.secondaryButton}
          icon={<EraserRegular />}
          disabled={disabled}
          onClick={onClearMarks}
        >
          清除标记
        </Button>
        <Button
          className={styles.secondaryButton}
          icon={<ArrowUndoRegular />}
          disabled={disabled}
          title={undo ? `撤销：${undo}` : '没有可以撤销的步骤'}
          onClick={onUndo}
        >
          撤销上一步
        </Button>
      </div>
    </>
  );
}
