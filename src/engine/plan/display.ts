/**
 * A cell's value as Excel would display it, for the formats the example sheets use: what a
 * preview shows as before → after, and what the demo's grid draws.
 */
import { isExcelError, type CellValue } from '../grid.js';

export function displayValue(value: CellValue, format: string | undefined): string {
  if (value === null) return '';
  if (isExcelError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!format || format === 'General' || format === '@')
    return String(Math.round(value * 1e10) / 1e10);
  const percent = format.endsWith('%');
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
  const shown = (percent ? value * 100 : value).toFixed(decimals);
  const grouped = format.includes('#,##0')
    ? Number(shown).toLocaleString('en-US', { minimumFractionDigits: decimals })
    : shown;
  return percent ? `${grouped}%` : grouped;
}
