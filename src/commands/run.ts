/**
 * One ribbon click, from start to `event.completed()`. Kept apart from the Office.js wiring in
 * commands.ts so that "always completes, also on failure" and "a run that needs a preview shows
 * it instead of writing" are tested without Excel (and the demo's ribbon runs this same code).
 */
import type { ActionResult, RunOptions, RunPreview, WorkbookActions } from '../excel/actions.js';
import { recordOutcome, type RibbonCommand } from '../addin/outcome.js';
import { loadRunOptions, type KeyValueStore } from '../addin/preferences.js';

/** The part of `Office.AddinCommands.Event` a command uses. */
export interface CommandEvent {
  completed(): void;
}

/** What the user answered to a preview. */
export type PreviewAnswer =
  | {
      readonly write: false;
      /** Why nothing was written, when it was not the user's choice. */ readonly message?: string;
    }
  | { readonly write: true; /** 以后直接写入 */ readonly remember: boolean };

export interface CommandDeps {
  /** Called inside the guarded run, so a failure to create the adapter still completes. */
  readonly actions: () => WorkbookActions;
  /** Where the pane's options are remembered and the outcome is left for the pane. */
  readonly store: KeyValueStore | undefined;
  /** Shows a message the user has to see (a refusal or an error); resolves when it is gone. */
  readonly notify: (message: string) => Promise<void>;
  /** Shows what a run would write and resolves with the user's answer. */
  readonly confirm: (preview: RunPreview) => Promise<PreviewAnswer>;
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

async function invoke(command: RibbonCommand, deps: CommandDeps): Promise<ActionResult<unknown>> {
  switch (command) {
    case 'recalculate':
      // The ribbon runs with the options last chosen in the pane.
      return recalculate(deps, loadRunOptions(deps.store));
    case 'clearMarks':
      return deps.actions().clearMarks();
    case 'undoLastWrite':
      return deps.actions().undoLastWrite();
  }
}

/** A run; when a preview is due it is shown, and the run writes only on the user's 确认. */
async function recalculate(deps: CommandDeps, options: RunOptions): Promise<ActionResult<unknown>> {
  const actions = deps.actions();
  const first = await actions.recalculate(options);
  if (!first.ok || first.value.kind === 'written') return first;
  const { preview } = first.value;
  const answer = await deps.confirm(preview);
  if (!answer.write) {
    return answer.message
      ? { ok: false, message: answer.message }
      : { ok: true, value: undefined, message: '已取消重新计算，未做任何修改。' };
  }
  const confirmed = await actions.recalculate(options, {
    token: preview.token,
    remember: answer.remember,
  });
  if (confirmed.ok && confirmed.value.kind === 'preview') {
    return {
      ok: false,
      message: '预览之后表格有了变化，本次未写入。请再点击一次「重新计算」，核对新的预览。',
    };
  }
  return confirmed;
}
