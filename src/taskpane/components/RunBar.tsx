/** The pane's title and its three workbook commands, the same as the ribbon's. */
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, ArrowUndoRegular, EraserRegular } from '@fluentui/react-icons';

export type BusyAction =
  'recalculate' | 'clearMarks' | 'undoLastWrite' | 'select' | 'apply' | 'mapping';

export interface RunBarProps {
  readonly busy: BusyAction | null;
  readonly onRecalculate: () => void;
  readonly onClearMarks: () => void;
  readonly onUndo: () => void;
}

const useStyles = makeStyles({
  title: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  subtitle: { color: tokens.colorNeutralForeground3 },
  primary: { width: '100%' },
  secondary: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: tokens.spacingHorizontalS,
  },
  // Labels such as 撤销本次写入 must fit a 320 px pane without pushing it sideways.
  secondaryButton: { minWidth: 0, whiteSpace: 'nowrap' },
});

export function RunBar({ busy, onRecalculate, onClearMarks, onUndo }: RunBarProps) {
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
        icon={busy === 'recalculate' ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
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
          onClick={onUndo}
        >
          撤销本次写入
        </Button>
      </div>
    </>
  );
}
