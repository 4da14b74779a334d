/**
 * What this Excel can do, asked at run time with `Office.context.requirements.isSetSupported`
 * (never guessed from the platform): the core needs ExcelApi 1.9, everything above it is used
 * when present and degrades quietly when not.
 */
import type { NoteSupport } from './actions.js';

export interface RequirementSet {
  readonly name: 'ExcelApi';
  readonly minVersion: string;
}

/**
 * The manifest's minimum. ExcelApi 1.9 brings what one read and one write need:
 * `Range.getCellProperties` (every cell's fill and locked state in one call) and
 * `Worksheet.getRanges` (one fill over many areas); it includes 1.5 (custom XML parts, where the
 * undo record lives) and 1.2 (worksheet protection). Excel 2019 and Excel on the web have it.
 */
export const MINIMUM_REQUIREMENT: RequirementSet = { name: 'ExcelApi', minVersion: '1.9' };

/** Shown when the host is older than the minimum: the add-in stays open but does nothing. */
export const UNSUPPORTED_HOST_MESSAGE =
  '此版本的 Excel 过旧，自评助手无法使用（需要支持 ExcelApi 1.9，即 Excel 2019、Microsoft 365 或网页版 Excel）。请升级 Excel 后再试。';

export interface Capabilities {
  /** `Worksheet.notes` (ExcelApi 1.18): Ziping's explanations as cell notes. */
  readonly notes: boolean;
  /** `Worksheet.comments` (ExcelApi 1.10): threaded comments when notes are missing. */
  readonly comments: boolean;
  /** `Range.getMergedAreasOrNullObject` (ExcelApi 1.13); without it the engine sees flattened blanks. */
  readonly mergedAreas: boolean;
  /** `Excel.run({ mergeUndoGroup: true })` (ExcelApi 1.20): one Ctrl+Z undoes a whole run. */
  readonly undoGroup: boolean;
}

/** The part of the `Office` global asked here, so tests can pass a plain object. */
export interface RequirementsHost {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** `null` when the host is below {@link MINIMUM_REQUIREMENT}. */
export function detectCapabilities(office: RequirementsHost): Capabilities | null {
  const has = (version: string) => office.context.requirements.isSetSupported('ExcelApi', version);
  if (!has(MINIMUM_REQUIREMENT.minVersion)) return null;
  return {
    notes: has('1.18'),
    comments: has('1.10'),
    mergedAreas: has('1.13'),
    undoGroup: has('1.20'),
  };
}

/** How marks get their explanation: the best the host has, or `off` when the user turned it off. */
export function noteSupport(capabilities: Capabilities, wanted: boolean): NoteSupport {
  if (!wanted) return 'off';
  if (capabilities.notes) return 'notes';
  return capabilities.comments ? 'comments' : 'none';
}

/** Options for every `Excel.run`: wait out a cell edit instead of failing (issue 3), one undo step. */
export function runOptions(capabilities: Capabilities): Excel.RunOptions {
  return capabilities.undoGroup
    ? { delayForCellEdit: true, mergeUndoGroup: true }
    : { delayForCellEdit: true };
}
