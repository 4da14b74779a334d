/**
 * Writing the checked workbook to a new file. The original is never the target, and a
 * failed write leaves no half-written file behind.
 */
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { WorkbookError } from './errors.js';

export async function saveCopy(
  workbook: ExcelJS.Workbook,
  target: string,
  source: string,
): Promise<void> {
  if (await isSameFile(target, source)) {
    throw new WorkbookError(
      'same-file',
      source,
      `不会覆盖原文件「${source}」：请为 --write 指定另一个文件名或文件夹。`,
    );
  }
  // Values Ziping wrote may feed formulas whose cached results are now stale; ask Excel
  // (and LibreOffice) to recalculate when the copy is opened.
  workbook.calcProperties.fullCalcOnLoad = true;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    // Under Node, ExcelJS's `Buffer` is a Node Buffer, i.e. a Uint8Array.
    const bytes = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? `文件夹「${path.dirname(target)}」不存在`
        : code === 'EACCES' || code === 'EPERM'
          ? '没有写入权限'
          : error instanceof Error
            ? error.message
            : String(error);
    throw new WorkbookError(
      'write-failed',
      source,
      `无法把「${source}」的检查结果写入「${target}」：${why}。`,
      {
        cause: error,
      },
    );
  }
}

/** Same path, or another name (link, different spelling) for the same file on disk. */
async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [statA, statB] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return statA !== null && statB !== null && statA.dev === statB.dev && statA.ino === statB.ino;
}
