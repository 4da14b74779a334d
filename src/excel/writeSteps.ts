/**
 * Queuing planned steps on a request context and syncing them: all in one `context.sync()`,
 * unless the request would pass Excel on the web's 5 MB payload limit — then in as few syncs
 * as fit, values split by row bands, the run record always last.
 */
import { queueAddAnnotation } from './annotations.js';
import { queueFill } from './fills.js';
import type { ValuesStep, WriteStep } from './sheetChanges.js';

/** Under the 5 MB limit with room for the request's own framing. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** A final step outside the sheets (the record), queued after every sheet step. */
export interface FinalStep {
  readonly bytes: number;
  queue(): void;
}

/**
 * Queues and syncs `steps` then `final`; returns the number of syncs used (1 unless split).
 * `sheets` gives the worksheet proxy for a sheet id.
 */
export async function applySteps(
  context: Excel.RequestContext,
  sheet: (id: string) => Excel.Worksheet,
  steps: readonly WriteStep[],
  final: FinalStep | null,
  budget = REQUEST_BUDGET_BYTES,
): Promise<number> {
  const queued: (() => void)[] = [];
  const sizes: number[] = [];
  for (const step of steps.flatMap((s): WriteStep[] =>
    s.kind === 'values' ? splitValues(s, budget) : [s],
  )) {
    queued.push(() => queueStep(sheet, step));
    sizes.push(stepBytes(step));
  }
  if (final) {
    queued.push(() => final.queue());
    sizes.push(final.bytes);
  }
  if (queued.length === 0) return 0;
  let syncs = 0;
  let pending = 0;
  for (let i = 0; i < queued.length; i++) {
    const size = sizes[i] ?? 0;
    if (pending > 0 && pending + size > budget) {
      await context.sync();
      syncs++;
      pending = 0;
    }
    queued[i]?.();
    pending += size;
  }
  await context.sync();
  return syncs + 1;
}

function queueStep(sheet: (id: string) => Excel.Worksheet, step: WriteStep): void {
  switch (step.kind) {
    case 'values': {
      const { top, left, bottom, right } = step.range;
      const range = sheet(step.sheetId).getRangeByIndexes(
        top,
        left,
        bottom - top + 1,
        right - left + 1,
      ); // ExcelApi 1.7
      // Format first, so a value lands in a cell that already has its format.
      if (step.formats) range.numberFormat = step.formats as unknown[][];
      if (step.mode === 'values') range.values = step.inputs as unknown[][];
      else range.formulas = step.inputs as unknown[][];
      return;
    }
    case 'fill':
      queueFill(sheet(step.sheetId).getRanges(step.address).format.fill, step.fill); // ExcelApi 1.9
      return;
    case 'deleteAnnotation':
      step.annotation.item.delete(); // ExcelApi 1.18 (notes), 1.10 (comments)
      return;
    case 'addAnnotation':
      queueAddAnnotation(sheet(step.sheetId), step.annotationKind, step.address, step.text);
      return;
  }
}

/** A conservative size of a step in the request: CJK text counted as JSON \u escapes. */
export function stepBytes(step: WriteStep): number {
  switch (step.kind) {
    case 'values':
      return 200 + arrayBytes(step.inputs) + (step.formats ? arrayBytes(step.formats) : 0);
    case 'fill':
      return 400 + textBytes(step.address);
    case 'deleteAnnotation':
      return 150;
    case 'addAnnotation':
      return 250 + textBytes(step.text) + textBytes(step.address);
  }
}

export function textBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) bytes += text.charCodeAt(i) < 0x80 ? 1 : 6;
  return bytes;
}

function arrayBytes(rows: readonly (readonly (string | number | boolean | null)[])[]): number {
  let bytes = 2;
  for (const row of rows) {
    bytes += 3;
    for (const v of row)
      bytes += 1 + (v === null ? 4 : typeof v === 'string' ? textBytes(v) : String(v).length);
  }
  return bytes;
}

/** Splits a values step that alone is over budget into row bands that each fit. */
function splitValues(step: ValuesStep, budget: number): ValuesStep[] {
  const total = stepBytes(step);
  if (total <= budget) return [step];
  const rows = step.inputs.length;
  const perBand = Math.max(1, Math.floor((rows * budget) / (total * 2)));
  const bands: ValuesStep[] = [];
  for (let start = 0; start < rows; start += perBand) {
    const end = Math.min(rows, start + perBand);
    const inputs = step.inputs.slice(start, end);
    if (inputs.every((row) => row.every((v) => v === null))) continue;
    bands.push({
      ...step,
      range: { ...step.range, top: step.range.top + start, bottom: step.range.top + end - 1 },
      inputs,
      formats: step.formats ? step.formats.slice(start, end) : null,
    });
  }
  return bands;
}
