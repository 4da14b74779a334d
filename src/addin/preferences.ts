/**
 * The run options a user chose in the pane (write values or only mark, notes, which sheets),
 * remembered per user in localStorage so the ribbon's 重新计算 runs the same way as the pane.
 * Per user rather than per workbook: they are habits, not properties of a table.
 */
import { DEFAULT_RUN_OPTIONS, type RunOptions } from '../excel/actions.js';

const KEY = 'ziping.runOptions';

/** The slice of the Web Storage API used here, so tests can pass a Map-backed double. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored options, or the defaults when nothing (or something unreadable) is stored. */
export function loadRunOptions(store: KeyValueStore | undefined): RunOptions {
  const raw = readJson(store, KEY);
  if (!isRecord(raw)) return DEFAULT_RUN_OPTIONS;
  const sheets = raw.sheets;
  return {
    writeValues:
      typeof raw.writeValues === 'boolean' ? raw.writeValues : DEFAULT_RUN_OPTIONS.writeValues,
    notes: typeof raw.notes === 'boolean' ? raw.notes : DEFAULT_RUN_OPTIONS.notes,
    sheets:
      Array.isArray(sheets) && sheets.length > 0 && sheets.every((s) => typeof s === 'string')
        ? (sheets as string[])
        : 'active',
  };
}

export function saveRunOptions(store: KeyValueStore | undefined, options: RunOptions): void {
  writeJson(store, KEY, options);
}

export function readJson(store: KeyValueStore | undefined, key: string): unknown {
  try {
    const text = store?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    // Storage can be disabled (private mode, policy) or hold a value from an older version.
    return undefined;
  }
}

export function writeJson(store: KeyValueStore | undefined, key: string, value: unknown): void {
  try {
    store?.setItem(key, JSON.stringify(value));
  } catch {
    // A full or disabled storage only costs the user their remembered choice.
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** localStorage when the page has one (the pane, the function file, the demo), else nothing. */
export function browserStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
