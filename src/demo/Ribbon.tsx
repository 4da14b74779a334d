/**
 * The demo's ribbon: Excel's 开始 tab with the 自评助手 group and its four buttons, as the
 * manifest declares them. The three command buttons run the same command code as in Excel
 * (runRibbonCommand), with the demo's notice and preview dialogs in place of Office's.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RibbonCommand } from '../addin/outcome.js';

export type RibbonButton = RibbonCommand | 'openPane';

/** Label and icon of each button, as in manifest.xml. */
const BUTTONS: readonly { id: RibbonButton; label: string; icon: string; tip: string }[] = [
  {
    id: 'recalculate',
    label: '重新计算',
    icon: 'assets/recalc-32.png',
    tip: '识别当前工作表中的自评表，写回合计、执行率和评价等级，并在有问题的单元格上标注说明。',
  },
  {
    id: 'clearMarks',
    label: '清除标记',
    icon: 'assets/clear-32.png',
    tip: '去掉自评助手加的底色和备注，恢复单元格原来的底色；您自己的备注不受影响。',
  },
  {
    id: 'undoLastWrite',
    label: '撤销上一步',
    icon: 'assets/undo-32.png',
    tip: '撤销自评助手的上一步（一次重新计算或一次采用建议值）。',
  },
  {
    id: 'openPane',
    label: '打开面板',
    icon: 'assets/pane-32.png',
    tip: '打开自评助手面板：查看识别结果、问题清单和选项。',
  },
];

const useStyles = makeStyles({
  ribbon: {
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: '#f3f2f1',
    borderBottom: '1px solid #d6d6d6',
    fontSize: '12px',
  },
  tabs: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    padding: `4px ${tokens.spacingHorizontalL} 0`,
  },
  tab: { padding: '2px 4px', color: '#616161' },
  activeTab: {
    padding: '2px 4px',
    color: '#107c41',
    fontWeight: 600,
    borderBottom: '2px solid #107c41',
  },
  body: {
    display: 'flex',
    alignItems: 'stretch',
    gap: tokens.spacingHorizontalM,
    padding: `4px ${tokens.spacingHorizontalL}`,
    backgroundColor: '#fff',
  },
  muted: {
    display: 'flex',
    alignItems: 'center',
    color: '#a0a0a0',
    paddingRight: tokens.spacingHorizontalM,
    borderRight: '1px solid #e1e1e1',
  },
  group: { display: 'flex', flexDirection: 'column', alignItems: 'center' },
  buttons: { display: 'flex', gap: '2px' },
  button: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '2px',
    width: '76px',
    whiteSpace: 'nowrap',
    padding: '4px 2px',
    border: '1px solid transparent',
    borderRadius: '4px',
    background: 'none',
    font: 'inherit',
    color: '#242424',
    cursor: 'pointer',
    ':hover': { backgroundColor: '#e8f2ec', border: '1px solid #c7e0d0' },
    ':disabled': { color: '#a0a0a0', cursor: 'default' },
  },
  icon: { width: '32px', height: '32px' },
  groupLabel: { color: '#616161', fontSize: '11px' },
});

export function Ribbon({
  busy,
  onClick,
}: {
  busy: boolean;
  onClick: (button: RibbonButton) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.ribbon} role="toolbar" aria-label="功能区">
      <div className={styles.tabs}>
        <span className={styles.tab}>文件</span>
        <span className={styles.activeTab}>开始</span>
        <span className={styles.tab}>插入</span>
        <span className={styles.tab}>公式</span>
        <span className={styles.tab}>数据</span>
        <span className={styles.tab}>审阅</span>
      </div>
      <div className={styles.body}>
        <span className={styles.muted}>剪贴板 · 字体 · 对齐方式 · 数字</span>
        <div className={styles.group} role="group" aria-label="自评助手">
          <div className={styles.buttons}>
            {BUTTONS.map((b) => (
              <button
                key={b.id}
                type="button"
                className={styles.button}
                title={b.tip}
                disabled={busy && b.id !== 'openPane'}
                data-testid={`ribbon-${b.id}`}
                onClick={() => onClick(b.id)}
              >
                <img className={styles.icon} src={b.icon} alt="" />
                {b.label}
              </button>
            ))}
          </div>
          <span className={styles.groupLabel}>自评助手</span>
        </div>
      </div>
    </div>
  );
}
