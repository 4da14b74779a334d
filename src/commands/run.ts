/**
 * One ribbon click, from start to `event.completed()`. Kept apart from the Office.js wiring in
 * commands.ts so that "always completes, also on failure" is tested without Excel.
 */
import type { ActionResult, WorkbookActions } from '../excel/actions.js';
import { recordOutcome, type RibbonCommand } from '../addin/outcome.js';
import { loadRunOptions, type KeyValueStore } from '../addin/preferences.js';

/** The part of `Office.AddinCommands.Event` a command uses. */
export interface CommandEvent {
  completed(): void;
}

export interface CommandDeps {
  /** Called inside the guarded run, so a failure to create the adapter still completes. */
  readonly actions: () => WorkbookActions;
  /** Where the pane's options are remembered and the outcome is left for the pane. */
  readonly store: KeyValueStore | undefined;
  /** Shows a message the user has to see (a refusal or an error); resolves when it is gone. */
  readonly notify: (message: string) => Promise<void>;
  readonly now?: () => Date;
}

export async function runRibbonCommand(
  command: RibbonCommand,
  deps: CommandDeps,
  event: CommandEvent,
): Promise<void> {
  try {
    const result = await invoke(command, deps);
    recordOutcome(deps.store, {
      command,
      ok: result.ok,
      message: result.message,
      at: (deps.now?.() ?? new Date()).toISOString(),
    });
    // Success is visible in the sheet itself (values, fills, notes); a refusal is not.
    if (!result.ok) await deps.notify(result.message);
  } catch (error) {
    // The actions promise never to throw; this is the guard for when they break that promise.
    const message = `自评助手出错：${error instanceof Error ? error.message : String(error)}`;
    recordOutcome(deps.store, {
      command,
      ok: false,
      message,
      at: (deps.now?.() ?? new Date()).toISOString(),
    });
    await deps.notify(message).catch(() => undefined);
  } finally {
    event.completed();
  }
}

function invoke(command: RibbonCommand, deps: CommandDeps): Promise<ActionResult<unknown>> {
  switch (command) {
    case 'recalculate':
      // The ribbon runs with the options last chosen in the pane.
      return deps.actions().recalculate(loadRunOptions(deps.store));
    case 'clearMarks':
      return deps.actions().clearMarks();
    case 'undoLastWrite':
      return deps.actions().undoLastWrite();
  }
}
