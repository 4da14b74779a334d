/**
 * The task pane. It knows the workbook only through `actions` (the Office.js adapter in Excel,
 * the in-browser fake in the demo, a test double in tests): Office-Addin-TaskPane-React's seam.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { ActionResult, RunSummary, WorkbookActions } from '../excel/actions.js';
import type { KeyValueStore } from '../addin/preferences.js';
import { clearOutcome, OUTCOME_KEY, readOutcome, RIBBON_COMMAND_LABELS } from '../addin/outcome.js';
import { orderFindings } from './findings.js';
import { usePreferences } from './usePreferences.js';
import { RunBar, type BusyAction } from './components/RunBar.js';
import { StatusMessage, type Notice } from './components/StatusMessage.js';
import { SummaryView } from './components/SummaryView.js';
import { FindingsView } from './components/FindingsView.js';
import { MappingView } from './components/MappingView.js';
import { OptionsView } from './components/OptionsView.js';

export interface AppProps {
  readonly actions: WorkbookActions;
  /** Where options are remembered and ribbon outcomes are left (localStorage in the pane). */
  readonly store?: KeyValueStore;
}

type TabValue = 'summary' | 'findings' | 'mapping' | 'options';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    boxSizing: 'border-box',
    minWidth: 0,
    overflowX: 'hidden',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  body: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
});

export function App({ actions, store }: AppProps) {
  const styles = useStyles();
  const [options, setOptions] = usePreferences(store);
  const [busy, setBusy] = useState<BusyAction | null>(null);
  const [notice, setNotice] = useState<Notice | null>(() => ribbonNotice(store));
  const [summary, setSummary] = useState<RunSummary | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [tab, setTab] = useState<TabValue>('summary');
  const [sheets, setSheets] = useState<readonly string[]>([]);

  const findings = useMemo(() => orderFindings(summary?.analyses ?? []), [summary]);

  // The ribbon's outcome is shown once; forget it so the next opening starts clean.
  useEffect(() => clearOutcome(store), [store]);

  // A ribbon click while the pane is open: where the two share storage (same origin), the
  // browser tells the pane, which shows the outcome at once. Its list is then from before.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== OUTCOME_KEY || event.newValue === null) return;
      const notice = ribbonNotice(store);
      if (!notice) return;
      setNotice(notice);
      clearOutcome(store);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  const refreshSheets = useCallback(async () => {
    const result = await guard(() => actions.listSheets());
    if (result.ok) setSheets(result.value);
    // The first call the pane makes: an Excel too old for Ziping says so here, before any click
    // (without hiding what the ribbon reported).
    else setNotice((shown) => shown ?? { intent: 'error', text: result.message });
  }, [actions]);

  useEffect(() => {
    void refreshSheets();
  }, [refreshSheets]);

  /** Runs one action with the pane marked busy, and reports its message. */
  const run = useCallback(
    async <T,>(
      action: BusyAction,
      call: () => Promise<ActionResult<T>>,
      onOk?: (value: T) => void,
      quiet = false,
    ): Promise<boolean> => {
      setBusy(action);
      try {
        const result = await guard(call);
        if (result.ok) {
          onOk?.(result.value);
          if (!quiet) setNotice({ intent: 'success', text: result.message });
        } else {
          setNotice({ intent: 'error', text: result.message });
        }
        return result.ok;
      } finally {
        setBusy(null);
      }
    },
    [],
  );

  const recalculate = () =>
    run(
      'recalculate',
      () => actions.recalculate(options),
      (value) => {
        setSummary(value);
        setSelected(null);
      },
    );

  const selectFinding = (index: number) => {
    const item = findings[index];
    if (!item) return;
    setSelected(index);
    void run('select', () => actions.selectCell(item.sheet, item.finding.cell), undefined, true);
  };

  const applySuggestion = (index: number) => {
    const item = findings[index];
    if (item?.finding.suggestion === undefined) return;
    const value = item.finding.suggestion;
    void run('apply', () => actions.applySuggestion(item.sheet, item.finding.cell, value));
  };

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <RunBar
          busy={busy}
          onRecalculate={() => void recalculate()}
          onClearMarks={() => void run('clearMarks', () => actions.clearMarks())}
          onUndo={() => void run('undoLastWrite', () => actions.undoLastWrite())}
        />
        {notice && <StatusMessage notice={notice} onDismiss={() => setNotice(null)} />}
      </header>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabValue)}
      >
        <Tab value="summary">概览</Tab>
        <Tab value="findings">问题{summary ? `（${findings.length}）` : ''}</Tab>
        <Tab value="mapping">表格识别</Tab>
        <Tab value="options">选项</Tab>
      </TabList>
      <main className={styles.body}>
        {tab === 'summary' && (
          <SummaryView summary={summary} onShowFindings={() => setTab('findings')} />
        )}
        {tab === 'findings' && (
          <FindingsView
            findings={findings}
            hasRun={summary !== null}
            showSheet={(summary?.analyses.length ?? 0) > 1}
            selected={selected}
            busy={busy !== null}
            onSelect={selectFinding}
            onApply={applySuggestion}
          />
        )}
        {tab === 'mapping' && (
          <MappingView analyses={summary?.analyses ?? []} actions={actions} onNotice={setNotice} />
        )}
        {tab === 'options' && (
          <OptionsView
            options={options}
            sheets={sheets}
            onChange={setOptions}
            onRefreshSheets={refreshSheets}
          />
        )}
      </main>
    </div>
  );
}

/** Actions promise not to throw; if one does anyway, the pane still says something useful. */
async function guard<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch (error) {
    return {
      ok: false,
      message: `操作失败：${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function ribbonNotice(store: KeyValueStore | undefined): Notice | null {
  const outcome = readOutcome(store);
  if (!outcome) return null;
  const time = new Date(outcome.at);
  const when = Number.isNaN(time.getTime())
    ? ''
    : `（${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}）`;
  return {
    intent: outcome.ok ? 'info' : 'error',
    title: `功能区「${RIBBON_COMMAND_LABELS[outcome.command]}」${when}`,
    text: outcome.message,
  };
}
