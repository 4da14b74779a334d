/**
 * The one line at the top of the pane: the outcome of the last run (coloured by its worst
 * finding) or of the last action, or a refusal. Colours are the grid's (Excel's Good, Bad and
 * Neutral cell styles); every kind also has its icon. Dismissible.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  DismissRegular,
  ErrorCircleFilled,
  InfoFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import { MARK_COLOR, MARK_INK } from '../../engine/index.js';

export interface Notice {
  readonly intent: 'success' | 'error' | 'info' | 'warning';
  readonly title?: string;
  readonly text: string;
  /** A result banner keeps to one line (the full text is its tooltip); refusals wrap. */
  readonly oneLine?: boolean;
}

/** Excel's "Good" cell style, beside the Bad and Neutral of the marks. */
const GOOD = { fill: '#C6EFCE', ink: '#006100' };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  success: { backgroundColor: GOOD.fill, color: GOOD.ink },
  error: { backgroundColor: MARK_COLOR.error, color: MARK_INK.error },
  warning: { backgroundColor: MARK_COLOR.warning, color: MARK_INK.warning },
  info: { backgroundColor: MARK_COLOR.info, color: MARK_INK.info },
  icon: { flexShrink: 0, fontSize: '16px', marginTop: '2px' },
  body: {
    flex: 1,
    minWidth: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  oneLine: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  dismiss: { flexShrink: 0, minWidth: 0, height: '20px', color: 'inherit' },
});

const ICONS = {
  success: CheckmarkCircleFilled,
  error: ErrorCircleFilled,
  warning: WarningFilled,
  info: InfoFilled,
} as const;

export function StatusMessage({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const styles = useStyles();
  const Icon = ICONS[notice.intent];
  return (
    <div
      className={mergeClasses(styles.root, styles[notice.intent])}
      role={notice.intent === 'error' ? 'alert' : 'status'}
      data-testid="status"
      data-intent={notice.intent}
    >
      <Icon className={styles.icon} aria-hidden />
      <div
        className={mergeClasses(styles.body, notice.oneLine && styles.oneLine)}
        title={notice.oneLine ? notice.text : undefined}
      >
        {notice.title && <span className={styles.title}>{notice.title}</span>}
        {notice.text}
      </div>
      <Button
        className={styles.dismiss}
        size="small"
        appearance="transparent"
        aria-label="关闭提示"
        icon={<DismissRegular />}
        onClick={onDismiss}
      />
    </div>
  );
}
