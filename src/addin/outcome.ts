/**
 * What the last ribbon command did. A command button has no UI of its own, so it leaves its
 * outcome here and the task pane shows it the next time it opens.
 */
import { isRecord, readJson, writeJson, type KeyValueStore } from './preferences.js';

/** The ribbon's ExecuteFunction buttons; each is a <FunctionName> in manifest.xml. */
export const RIBBON_COMMANDS = ['recalculate', 'clearMarks', 'undoLastWrite'] as const;

export type RibbonCommand = (typeof RIBBON_COMMANDS)[number];

export const RIBBON_COMMAND_LABELS: Readonly<Record<RibbonCommand, string>> = {
  recalculate: '重新计算',
  clearMarks: '清除标记',
  undoLastWrite: '撤销上一步',
};

export interface RibbonOutcome {
  readonly command: RibbonCommand;
  readonly ok: boolean;
  readonly message: string;
  /** ISO time of the run. */
  readonly at: string;
}

export const OUTCOME_KEY = 'ziping.lastRibbonOutcome';

export function recordOutcome(store: KeyValueStore | undefined, outcome: RibbonOutcome): void {
  writeJson(store, OUTCOME_KEY, outcome);
}

export function readOutcome(store: KeyValueStore | undefined): RibbonOutcome | null {
  const raw = readJson(store, OUTCOME_KEY);
  if (!isRecord(raw)) return null;
  const { command, ok, message, at } = raw;
  if (typeof command !== 'string' || !(command in RIBBON_COMMAND_LABELS)) return null;
  if (typeof ok !== 'boolean' || typeof message !== 'string' || typeof at !== 'string') return null;
  return { command: command as RibbonCommand, ok, message, at };
}

/** Forget the outcome once the pane has shown it, so it is not shown twice. */
export function clearOutcome(store: KeyValueStore | undefined): void {
  try {
    store?.removeItem(OUTCOME_KEY);
  } catch {
    // Nothing to do: the worst case is seeing the same notice again.
  }
}
