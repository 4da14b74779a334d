/**
 * The task pane. It knows the workbook only through `actions` (the Office.js adapter in Excel,
 * the in-browser fake in the demo, a test double in tests): Office-Addin-TaskPane-React's seam.
 *
 * What it lists is always what Ziping's marks on the sheet stand for: the run's findings after a
 * run, the earlier state after 撤销, nothing after 清除标记, and on opening what the workbook's
 * record says.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type {
  ActionResult,
  RunConfirmation,
  RunOutcome,
  RunPreview,
  RunSummary,
  SheetsState,
  WorkbookActions,
} from '../excel/actions.js';
import type { KeyValueStore } from '../addin/preferences.js';
import type { SheetAnalysis } from '../engine/index.js';
import { clearOutcome, OUTCOME_KEY, readOutcome, RIBBON_COMMAND_LABELS } from '../addin/outcome.js';
import { orderFindings } from './findings.js';
import { runNotice } from './outcome.js';
import { usePreferences } from './usePreferences.js';
import { RunBar, type BusyAction } from './components/RunBar.js';
import { StatusMessage, type Notice } from './components/StatusMessage.js';
import { SummaryView, type Footnote } from './components/SummaryView.js';
import { FindingsView } from './components/FindingsView.js';

// Secondary views load when first opened: the pane starts with what a run needs.
const MappingView = lazy(() =>
  import('./components/MappingView.js').then((m) => ({ default: m.MappingView })),
);
const OptionsView = lazy(() =>
  import('./components/OptionsView.js').then((m) => ({ default: m.OptionsView })),
);
const PreviewView = lazy(() =>
  import('./components/PreviewView.js').then((m) => ({ default: m.PreviewView })),
);

export interface AppProps {
  readonly actions: WorkbookActions;
  /** Where options are remembered and ribbon outcomes are left (localStorage in the pane). */
  readonly store?: KeyValueStore;
}

type TabValue = 'summary' | 'findings' | 'mapping' | 'options';

/** What the pane shows of the workbook. */
interface Shown {
  readonly state: SheetsState;
  /** The counts of the run that produced it; absent for a state read back later. */
  readonly footnote: Footnote | null;
}

/**
 * What a run was for: 重新计算 (the sheets it read), or one sheet of those listed rerun — with a
 * suggested value, or under the 评分规则 the user chose.
 */
type RunKind = 'run' | 'suggestion' | 'rules';

/** A run waiting for the user's go-ahead, and how to repeat it with that go-ahead. */
interface Pending {
  readonly preview: RunPreview;
  readonly confirm: (confirmation: RunConfirmation) => Promise<ActionResult<RunOutcome>>;
  readonly kind: RunKind;
}

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
  const [shown, setShown] = useState<Shown | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [tab, setTab] = useState<TabValue>('summary');
  const [sheets, setSheets] = useState<readonly string[]>([]);

  // Bumped by every change of what is shown: a state read that started earlier must not
  // overwrite the outcome of a run that finished after it started.
  const shownVersion = useRef(0);
  const shownRef = useRef<Shown | null>(null);
  const show = useCallback((next: Shown | null) => {
    shownVersion.current++;
    shownRef.current = next;
    setShown(next);
  }, []);

  const analyses = useMemo(() => shown?.state.analyses ?? [], [shown]);
  const findings = useMemo(() => orderFindings(analyses), [analyses]);

  /**
   * Reads what Ziping's marks on the workbook stand for. On opening it fills an empty pane only;
   * later it must not overwrite the outcome of a run that finished while it was reading.
   */
  const refreshState = useCallback(
    async (opening = false) => {
      const started = shownVersion.current;
      const result = await guard(() => actions.loadState());
      // Nothing recorded, or not readable: the pane starts empty rather than guess.
      if (!result.ok || shownVersion.current !== (opening ? 0 : started)) return;
      show(hasAnything(result.value) ? { state: result.value, footnote: null } : null);
      setSelected(null);
    },
    [actions, show],
  );

  // The ribbon's outcome is shown once; forget it so the next opening starts clean.
  useEffect(() => clearOutcome(store), [store]);

  // A ribbon click while the pane is open: where the two share storage (same origin), the
  // browser tells the pane, which shows the outcome and reads what the sheet now holds.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== OUTCOME_KEY || event.newValue === null) return;
      const notice = ribbonNotice(store);
      if (!notice) return;
      setNotice(notice);
      clearOutcome(store);
      void refreshState();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store, refreshState]);

  const refreshSheets = useCallback(async () => {
    const result = await guard(() => actions.listSheets());
    if (result.ok) setSheets(result.value);
    // The first call the pane makes: an Excel too old for Ziping says so here, before any click
    // (without hiding what the ribbon reported).
    else setNotice((shown) => shown ?? { intent: 'error', text: result.message });
  }, [actions]);

  useEffect(() => {
    void refreshSheets().then(() => refreshState(true));
  }, [refreshSheets, refreshState]);

  /** Runs one action with the pane marked busy; a refusal becomes the notice. */
  const act = useCallback(
    async <T,>(
      action: BusyAction,
      call: () => Promise<ActionResult<T>>,
    ): Promise<ActionResult<T>> => {
      setBusy(action);
      try {
        const result = await guard(call);
        if (!result.ok) setNotice({ intent: 'error', text: result.message });
        return result;
      } finally {
        setBusy(null);
      }
    },
    [],
  );

  const selectFinding = useCallback(
    (index: number, list = findings) => {
      const item = list[index];
      if (!item) return;
      setSelected(index);
      void guard(() => actions.selectCell(item.sheet, item.finding.cell));
    },
    [actions, findings],
  );

  /**
   * A run's outcome: a preview waits for 确认; a written run shows its findings, worst first —
   * except after a change of rules, where the user stays with the rules they just chose.
   */
  const settle = useCallback(
    (
      result: ActionResult<RunOutcome>,
      confirm: (confirmation: RunConfirmation) => Promise<ActionResult<RunOutcome>>,
      kind: RunKind = 'run',
    ) => {
      if (!result.ok) return;
      if (result.value.kind === 'preview') {
        setPending({ preview: result.value.preview, confirm, kind });
        setNotice({ intent: 'info', oneLine: true, text: result.message });
        return;
      }
      const ran: RunSummary = result.value.summary;
      // A suggestion or a change of rules reruns its own sheet only: the others listed stay.
      const summary: RunSummary = {
        ...ran,
        analyses:
          kind === 'run'
            ? ran.analyses
            : mergeSheets(shownRef.current?.state.analyses ?? [], ran.analyses),
      };
      setPending(null);
      show({ state: summary, footnote: summary });
      setNotice(runNotice(summary.analyses));
      const ordered = kind === 'rules' ? [] : orderFindings(summary.analyses);
      if (ordered.length > 0) {
        setTab('findings');
        selectFinding(0, ordered);
      } else {
        setSelected(null);
        setTab('summary');
      }
    },
    [selectFinding, show],
  );

  const recalculate = useCallback(async () => {
    const confirm = (c: RunConfirmation) => actions.recalculate(options, c);
    settle(await act('recalculate', () => actions.recalculate(options)), confirm);
  }, [act, actions, options, settle]);

  const applySuggestion = (index: number) => {
    const item = findings[index];
    const value = item?.finding.suggestion;
    if (!item || value === undefined) return;
    const target = { sheet: item.sheet, address: item.finding.cell, value };
    const confirm = (c: RunConfirmation) => actions.applySuggestion(target, options, c);
    void act('apply', () => actions.applySuggestion(target, options)).then((r) =>
      settle(r, confirm, 'suggestion'),
    );
  };

  const chooseProfile = (sheet: string, profile: string | null) => {
    const selection = { sheet, profile };
    const confirm = (c: RunConfirmation) => actions.chooseProfile(selection, options, c);
    void act('recalculate', () => actions.chooseProfile(selection, options)).then((r) =>
      settle(r, confirm, 'rules'),
    );
  };

  const confirmPending = (remember: boolean) => {
    if (!pending) return;
    const { preview, confirm, kind } = pending;
    void act('recalculate', () => confirm({ token: preview.token, remember })).then((r) =>
      settle(r, confirm, kind),
    );
  };

  const cancelPending = () => {
    setPending(null);
    setNotice({ intent: 'info', oneLine: true, text: '已取消，未做任何修改。' });
  };

  const restore = async (kind: 'clearMarks' | 'undoLastWrite') => {
    setPending(null);
    const call = (): Promise<ActionResult<SheetsState>> =>
      kind === 'clearMarks' ? actions.clearMarks() : actions.undoLastWrite();
    const result = await act(kind, call);
    if (!result.ok) return;
    const state = result.value;
    show(hasAnything(state) ? { state, footnote: null } : null);
    setSelected(null);
    setNotice({ intent: 'success', oneLine: true, text: result.message });
  };

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <RunBar
          busy={busy}
          undo={shown?.state.undo ?? null}
          onRecalculate={() => void recalculate()}
          onClearMarks={() => void restore('clearMarks')}
          onUndo={() => void restore('undoLastWrite')}
        />
        {notice && <StatusMessage notice={notice} onDismiss={() => setNotice(null)} />}
      </header>
      {pending ? (
        <main className={styles.body}>
          <Suspense fallback={<Text>正在打开预览…</Text>}>
            <PreviewView
              preview={pending.preview}
              busy={busy !== null}
              onConfirm={confirmPending}
              onCancel={cancelPending}
            />
          </Suspense>
        </main>
      ) : (
        <>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_, data) => setTab(data.value as TabValue)}
          >
            <Tab value="summary">概览</Tab>
            <Tab value="findings">问题{shown ? `（${findings.length}）` : ''}</Tab>
            <Tab value="mapping">表格识别</Tab>
            <Tab value="options">选项</Tab>
          </TabList>
          <main className={styles.body}>
            {tab === 'summary' && (
              <SummaryView
                analyses={shown ? analyses : null}
                footnote={shown?.footnote ?? null}
                onShowFindings={() => setTab('findings')}
                onCheckMapping={() => setTab('mapping')}
                busy={busy !== null}
                onChooseProfile={chooseProfile}
              />
            )}
            {tab === 'findings' && (
              <FindingsView
                findings={findings}
                hasRun={shown !== null}
                cleared={shown !== null && analyses.length === 0}
                showSheet={analyses.length > 1}
                selected={selected}
                busy={busy !== null}
                onSelect={(index) => selectFinding(index)}
                onApply={applySuggestion}
              />
            )}
            <Suspense fallback={<Text>正在加载…</Text>}>
              {tab === 'mapping' && (
                <MappingView
                  analyses={analyses}
                  headers={shown?.state.headers ?? {}}
                  actions={actions}
                  onNotice={setNotice}
                  // A saved (or confirmed) mapping takes effect at once: the form then shows what is used.
                  onSaved={() => void recalculate()}
                />
              )}
              {tab === 'options' && (
                <OptionsView
                  options={options}
                  sheets={sheets}
                  onChange={setOptions}
                  onRefreshSheets={refreshSheets}
                />
              )}
            </Suspense>
          </main>
        </>
      )}
    </div>
  );
}

/** The listed sheets with the rerun ones replaced in place (new ones appended). */
function mergeSheets(
  listed: readonly SheetAnalysis[],
  rerun: readonly SheetAnalysis[],
): SheetAnalysis[] {
  const replaced = listed.map((a) => rerun.find((r) => r.sheet === a.sheet) ?? a);
  const added = rerun.filter((r) => !listed.some((a) => a.sheet === r.sheet));
  return [...replaced, ...added];
}

/** A state worth showing: findings on some sheet, or at least a step to undo. */
function hasAnything(state: SheetsState): boolean {
  return state.analyses.length > 0 || state.undo !== null;
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
