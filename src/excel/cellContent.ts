/**
 * Cell content going into Excel exactly as it came out: Office.js parses what it is given the way
 * Excel parses typing, so the text "95" would come back as the number 95 and "-" as an error.
 */
import { isExcelError, type CellValue } from '../engine/index.js';
import type { PreviousContent } from '../engine/index.js';

/** Text that Excel would turn into a number, date, boolean, error or formula if typed. */
const COERCED =
  /^(?:[=+\-@']|\s*[-+]?(?:\d[\d,]*\.?\d*|\.\d+)(?:e[-+]?\d+)?\s*%?\s*$|(?:true|false)$|#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)|\d{1,4}\s*[-/.年]\s*\d{1,2}|\d{1,2}:\d{2})/i;

/** The value to assign through `Range.values`/`formulas` so that the cell ends up holding `value`. */
export function literal(value: CellValue, format?: string): string | number | boolean {
  if (value === null) return '';
  if (isExcelError(value)) return value.error;
  if (typeof value !== 'string') return value;
  // A text-formatted cell keeps typed text as text; elsewhere the apostrophe marks it as text.
  return format !== '@' && COERCED.test(value) ? `'${value}` : value;
}

/** What a restore writes back: the formula when there was one, else the constant. */
export function restoreInput(previous: PreviousContent): string | number | boolean {
  return previous.formula ?? literal(previous.value, previous.format);
}
