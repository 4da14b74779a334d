/**
 * The demo: a simulated Excel window (ribbon, name box, formula bar, grid, sheet tab) beside the
 * real task pane at Office's default pane width. Both sides use one DemoWorkbook: the grid
 * re-renders whenever the adapter writes to it. The ribbon's buttons run the same command code
 * as Excel's, against the same workbook.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { App } from '../taskpane/App.js';
import { browserStore } from '../addin/preferences.js';
import { OUTCOME_KEY } from '../addin/outcome.js';
import { runRibbonCommand, type PreviewAnswer } from '../commands/run.js';
import { toA1 } from '../engine/index.js';
import { DemoDialog, type DemoDialogState } from './DemoDialog.js';
import { Ribbon, type RibbonButton } from './Ribbon.js';
import { SheetView } from './SheetView.js';
import type { DemoWorkbook } from './workbook.js';

const PANE_WIDTH = 320;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%' },
  titleBar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: '#107c41',
    color: '#fff',
  },
  titleNote: { color: 'rgba(255,255,255,.85)' },
  main: { display: 'flex', flex: 1, minHeight: 0 },
  workbook: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 },
  formulaBar: {
    display: 'flex',
    alignItems: 'stretch',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalXS,
    backgroundColor: '#fff',
    borderBottom: '1px solid #d6d6d6',
    fontSize: '12px',
  },
  nameBox: {
    width: '72px',
    padding: '3px 6px',
    border: '1px solid #d6d6d6',
    fontFamily: tokens.fontFamilyMonospace,
  },
  fx: { color: '#616161', fontStyle: 'italic', padding: '3px 4px' },
  content: {
    flex: 1,
    minWidth: 0,
    padding: '3px 6px',
    border: '1px solid #d6d6d6',
    font: 'inherit',
    color: 'inherit',
    backgroundColor: '#fff',
    ':focus': { outline: '2px solid #107c41', outlineOffset: '-1px' },
  },
  grid: { flex: 1, overflow: 'auto', backgroundColor: '#fff' },
  tabs: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderTop: '1px solid #d6d6d6',
    backgroundColor: '#f3f2f1',
    fontSize: '12px',
  },
  tab: {
    padding: '4px 14px',
    backgroundColor: '#fff',
    borderBottom: '2px solid #107c41',
    color: '#107c41',
    fontWeight: 600,
  },
  pane: {
    position: 'relative',
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    overflowY: 'auto',
    overflowX: 'hidden',
    borderLeft: '1px solid #d6d6d6',
  },
  closePane: { position: 'absolute', top: '6px', right: '4px', zIndex: 2, minWidth: 0 },
});

export function DemoPage({ workbook, title }: { workbook: DemoWorkbook; title: string }) {
  const styles = useStyles();
  const snapshot = useSyncExternalStore(workbook.subscribe, workbook.snapshot);
  const [scrollTo, setScrollTo] = useState<string | null>(null);
  const selection = snapshot.selection;
  const active = selection ? snapshot.cell(selection.top, selection.left) : null;
  // The formula bar edits the selected cell, as in Excel: type, then Enter.
  const shown = active ? (active.formula ?? active.text) : '';
  const [draft, setDraft] = useState(shown);
  const formulaInput = useRef<HTMLInputElement>(null);
  useEffect(() => setDraft(shown), [shown]);

  // Bring the selected cell into view when the pane selects it (as Excel scrolls to it).
  const address = selection ? toA1(selection.top, selection.left) : null;
  const [paneOpen, setPaneOpen] = useState(true);
  const [dialog, setDialog] = useState<DemoDialogState | null>(null);
  const [ribbonBusy, setRibbonBusy] = useState(false);

  const onRibbon = useCallback(
    (button: RibbonButton) => {
      if (button === 'openPane') return setPaneOpen(true);
      const store = browserStore();
      setRibbonBusy(true);
      void runRibbonCommand(
        button,
        {
          actions: () => workbook.actions,
          store,
          notify: (message) =>
            new Promise<void>((resolve) =>
              setDialog({
                kind: 'notice',
                message,
                close: () => {
                  setDialog(null);
                  resolve();
                },
              }),
            ),
          confirm: (preview) =>
            new Promise<PreviewAnswer>((resolve) =>
              setDialog({
                kind: 'preview',
                preview,
                answer: (write, remember) => {
                  setDialog(null);
                  resolve(write ? { write: true, remember } : { write: false });
                },
              }),
            ),
        },
        {
          completed: () => {
            setRibbonBusy(false);
            // In Excel the function file and the pane are two windows sharing storage; the
            // browser tells the pane. Here they share one window, so the demo tells it.
            window.dispatchEvent(
              new StorageEvent('storage', {
                key: OUTCOME_KEY,
                newValue: store?.getItem(OUTCOME_KEY) ?? null,
              }),
            );
          },
        },
      );
    },
    [workbook],
  );
  useEffect(() => setScrollTo(address), [address]);
  useEffect(() => {
    if (scrollTo)
      document.querySelector(`[data-address="${scrollTo}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [scrollTo]);

  return (
    <div className={styles.page}>
      <div className={styles.titleBar}>
        <Text weight="semibold" size={400}>
          自评助手 · 演示
        </Text>
        <Text size={200} className={styles.titleNote}>
          {title}（浏览器中模拟的 Excel 工作簿，右侧是真实的任务窗格）
        </Text>
      </div>
      <Ribbon busy={ribbonBusy} onClick={onRibbon} />
      <div className={styles.main}>
        <div className={styles.workbook}>
          <div className={styles.formulaBar}>
            <div className={styles.nameBox} data-testid="name-box">
              {address ?? ''}
            </div>
            <span className={styles.fx}>fx</span>
            <input
              ref={formulaInput}
              className={styles.content}
              data-testid="formula-bar"
              aria-label="编辑栏：输入内容后按回车写入选中的单元格"
              value={draft}
              disabled={!selection}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && selection)
                  workbook.edit(selection.top, selection.left, draft);
                if (event.key === 'Escape') setDraft(shown);
              }}
            />
          </div>
          <div className={styles.grid}>
            <SheetView
              rows={snapshot.rows}
              cols={snapshot.cols}
              cell={snapshot.cell}
              merges={snapshot.merges}
              selection={selection}
              widths={snapshot.widths}
              boldRows={snapshot.boldRows}
              onSelect={workbook.select}
              onEdit={(row, col) => {
                workbook.select(row, col);
                formulaInput.current?.focus();
              }}
            />
          </div>
          <div className={styles.tabs}>
            <span className={styles.tab}>{snapshot.sheet}</span>
          </div>
        </div>
        {paneOpen && (
          <aside className={styles.pane} aria-label="自评助手任务窗格" data-testid="taskpane">
            <Button
              className={styles.closePane}
              size="small"
              appearance="transparent"
              aria-label="关闭任务窗格"
              icon={<DismissRegular />}
              onClick={() => setPaneOpen(false)}
            />
            <App actions={workbook.actions} store={browserStore()} />
          </aside>
        )}
      </div>
      {dialog && <DemoDialog state={dialog} />}
    </div>
  );
}
