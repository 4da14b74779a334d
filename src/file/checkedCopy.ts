/** The --write copy of a checked workbook: the plans applied to the package, saved beside it. */
import { applyPlans, type AppliedPlan, type SheetWrite } from './applyPlan.js';
import { WorkbookError } from './errors.js';
import { FORMAT_NAME } from './fileFormat.js';
import type { ReadWorkbook } from './readWorkbook.js';
import { saveCopy, type SaveOptions } from './saveCopy.js';

/**
 * Writes `target`. Workbooks read through SheetJS (.xls, .et, .xlsb, .ods) are refused: a
 * converted copy would lose their formatting, notes and everything else SheetJS does not
 * read, so it would not be the user's workbook with marks on it.
 */
export async function writeCheckedCopy(
  workbook: ReadWorkbook,
  writes: readonly SheetWrite[],
  source: string,
  target: string,
  options: SaveOptions,
): Promise<AppliedPlan> {
  if (!workbook.package) {
    throw new WorkbookError(
      'write-unsupported',
      source,
      `「${source}」是${FORMAT_NAME[workbook.format]}，自评助手只检查它，不写带标记的副本：` +
        `转成 .xlsx 会丢掉单元格格式、批注、图表等自评助手读取这种格式时不保留的内容。` +
        `需要副本时，请先在 Excel、WPS 或 LibreOffice 中把它另存为 .xlsx，再对 .xlsx 使用 --write。`,
    );
  }
  const { parts, applied } = await applyPlans(workbook.package, writes, source);
  await saveCopy(workbook.package, parts, target, source, options);
  return applied;
}
