/**
 * Reading an .xlsx from disk: the ExcelJS workbook (kept, so a copy can be written with
 * the plan applied) and one `Grid` per worksheet for the engine. Every failure is a
 * `WorkbookError` whose Chinese message names the file and says what to do.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Grid } from '../engine/grid.js';
import { WorkbookError } from './errors.js';
import { detectFileFormat } from './fileFormat.js';
import { worksheetToGrid } from './worksheetGrid.js';

export interface ReadWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** One per worksheet read, in workbook order. */
  readonly grids: readonly Grid[];
}

export interface ReadOptions {
  /** Only these worksheets (by name); all when absent. A missing name is an error. */
  readonly sheets?: readonly string[];
}

export async function readWorkbook(file: string, options: ReadOptions = {}): Promise<ReadWorkbook> {
  const workbook = await loadWorkbook(file);
  const worksheets = selectWorksheets(workbook, file, options.sheets);
  const date1904 = Boolean(workbook.properties?.date1904);
  return { workbook, grids: worksheets.map((ws) => worksheetToGrid(ws, date1904)) };
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const bytes = await readBytes(file);
  switch (detectFileFormat(bytes)) {
    case 'zip':
      return parseXlsx(bytes, file);
    case 'cfb':
      throw new WorkbookError(
        'xls',
        file,
        `「${file}」是旧版 Excel 97-2003（.xls）或 WPS 表格（.et）二进制格式，自评助手只读取 .xlsx。` +
          `请在 Excel 或 WPS 中打开它，选择“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”；` +
          `或在命令行运行：soffice --headless --convert-to xlsx "${file}"`,
      );
    case 'cfb-encrypted':
      throw new WorkbookError(
        'encrypted',
        file,
        `「${file}」设有打开密码（已加密），无法读取。请在 Excel 中打开它，` +
          `在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清空密码并保存后再检查。`,
      );
    case 'markup':
      throw new WorkbookError(
        'not-xlsx',
        file,
        `「${file}」不是真正的 Excel 工作簿，而是网页（HTML/XML）格式的导出文件。` +
          `请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（*.xlsx）”后再检查。`,
      );
    case 'unknown':
      throw new WorkbookError(
        'not-xlsx',
        file,
        `「${file}」不是 Excel 工作簿（.xlsx）。${ownerFileHint(file)}`,
      );
  }
}

/**
 * Excel and WPS leave a small "~$name.xlsx" lock file beside a workbook while it is open;
 * `ziping check *.xlsx` picks it up, so say what it is.
 */
function ownerFileHint(file: string): string {
  return path.basename(file).startsWith('~$')
    ? '这是 Excel 或 WPS 打开工作簿时生成的临时锁文件，可以忽略（关闭工作簿后它会消失）。'
    : '';
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new WorkbookError('missing', file, `找不到文件「${file}」。`, { cause: error });
    const why =
      code === 'EISDIR'
        ? '这是一个文件夹'
        : code === 'EACCES' || code === 'EPERM'
          ? '没有读取权限'
          : String(error);
    throw new WorkbookError('unreadable', file, `无法打开「${file}」：${why}。`, { cause: error });
  }
}

async function parseXlsx(bytes: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's own typings predate Node's generic Buffer; the bytes are what it expects.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookError(
      'corrupt',
      file,
      `「${file}」是压缩包格式，但无法按 .xlsx 工作簿读取（文件可能已损坏，或是 .xlsb、.ods 等其他格式，` +
        `请另存为 .xlsx）：${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  // Any zip loads "successfully"; a real workbook has at least one sheet.
  if (workbook.worksheets.length === 0) {
    throw new WorkbookError(
      'not-xlsx',
      file,
      `「${file}」不是 Excel 工作簿（.xlsx）：其中没有任何工作表。`,
    );
  }
  return workbook;
}

function selectWorksheets(
  workbook: ExcelJS.Workbook,
  file: string,
  names: readonly string[] | undefined,
): ExcelJS.Worksheet[] {
  if (!names || names.length === 0) return workbook.worksheets;
  return names.map((name) => {
    const worksheet = workbook.getWorksheet(name);
    if (!worksheet) {
      const existing = workbook.worksheets.map((ws) => `「${ws.name}」`).join('、');
      throw new WorkbookError(
        'sheet-missing',
        file,
        `「${file}」中没有名为「${name}」的工作表（现有：${existing}）。`,
      );
    }
    return worksheet;
  });
}
