/**
 * Reading a workbook from disk: one `Grid` per worksheet for the engine, and for an .xlsx
 * the package itself, kept so a copy can be written with only the planned cells changed.
 * .xls, .et, .xlsb and .ods are read through SheetJS, for checking only. Every failure is a
 * `WorkbookError` whose Chinese message names the file and says what to do.
 */
import { readFileSync } from 'node:fs';
import type { Grid } from '../engine/index.js';
import { WorkbookError } from './errors.js';
import {
  compoundFormatOf,
  detectFileFormat,
  FORMAT_NAME,
  isLockFile,
  type WorkbookFormat,
} from './fileFormat.js';
import { readLegacyWorkbook } from './legacy/readLegacy.js';
import { readXlsxGrids, worksheetsOf } from './xlsx/readXlsx.js';
import { readWorkbookInfo, type WorkbookInfo } from './xlsx/workbookInfo.js';
import { ZipArchive } from './zip/zipArchive.js';

/** An Office Open XML package as read, what the surgical writer edits. */
export interface XlsxPackage {
  readonly zip: ZipArchive;
  readonly info: WorkbookInfo;
}

export interface ReadWorkbook {
  readonly format: WorkbookFormat;
  /** One per worksheet read, in the order asked (workbook order by default). */
  readonly grids: readonly Grid[];
  /** The package, for writing a copy; null for a format read through SheetJS. */
  readonly package: XlsxPackage | null;
}

export interface ReadOptions {
  /** Only these worksheets (by name); all when absent. A missing name is an error. */
  readonly sheets?: readonly string[];
}

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

export async function readWorkbook(file: string, options: ReadOptions = {}): Promise<ReadWorkbook> {
  const bytes = readBytes(file);
  switch (detectFileFormat(bytes)) {
    case 'zip':
      return readZipWorkbook(bytes, file, options);
    case 'cfb':
      return readLegacy(bytes, file, compoundFormatOf(file), options);
    case 'cfb-encrypted':
      throw new WorkbookError(
        'encrypted',
        file,
        `「${file}」设有打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开它，` +
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
        `「${file}」不是 Excel、WPS 或 OpenDocument 工作簿。${lockFileHint(file)}`,
      );
  }
}

function lockFileHint(file: string): string {
  return isLockFile(file)
    ? '这是 Excel 或 WPS 打开工作簿时生成的临时锁文件，可以忽略（关闭工作簿后它会消失）。'
    : '';
}

/** Read at once: a checking process or worker thread has nothing else to do meanwhile. */
function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
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

async function readZipWorkbook(
  bytes: Buffer,
  file: string,
  options: ReadOptions,
): Promise<ReadWorkbook> {
  let zip: ZipArchive;
  let info: WorkbookInfo | null;
  try {
    zip = await ZipArchive.fromBuffer(bytes);
    if (zip.has('mimetype') && (await zip.readText('mimetype')).trim() === ODS_MIMETYPE)
      return readLegacy(bytes, file, 'ods', options);
    if (zip.has('xl/workbook.bin')) return readLegacy(bytes, file, 'xlsb', options);
    info = await readWorkbookInfo(zip);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw corrupt(file, 'xlsx', error);
  }
  if (info === null || worksheetsOf(info).length === 0) {
    throw new WorkbookError(
      'not-xlsx',
      file,
      info === null
        ? `「${file}」是压缩包，但不是 Excel、WPS 或 OpenDocument 工作簿。`
        : `「${file}」中没有任何工作表。`,
    );
  }
  const worksheets = worksheetsOf(info);
  const chosen = choose(worksheets, (w) => w.name, file, options.sheets);
  try {
    return {
      format: 'xlsx',
      grids: await readXlsxGrids(zip, info, chosen),
      package: { zip, info },
    };
  } catch (error) {
    throw corrupt(file, 'xlsx', error);
  }
}

async function readLegacy(
  bytes: Buffer,
  file: string,
  format: WorkbookFormat,
  options: ReadOptions,
): Promise<ReadWorkbook> {
  let sheets;
  try {
    sheets = await readLegacyWorkbook(bytes);
  } catch (error) {
    throw corrupt(file, format, error);
  }
  if (sheets.length === 0)
    throw new WorkbookError('not-xlsx', file, `「${file}」中没有任何工作表。`);
  const chosen = choose(sheets, (s) => s.name, file, options.sheets);
  return { format, grids: chosen.map((s) => s.grid), package: null };
}

function corrupt(file: string, format: WorkbookFormat, error: unknown): WorkbookError {
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookError(
    'corrupt',
    file,
    `「${file}」看起来是${FORMAT_NAME[format]}，但无法读取（文件可能已损坏）：${detail}`,
    { cause: error },
  );
}

function choose<T>(
  sheets: readonly T[],
  nameOf: (sheet: T) => string,
  file: string,
  names: readonly string[] | undefined,
): T[] {
  if (!names || names.length === 0) return [...sheets];
  return names.map((name) => {
    const sheet = sheets.find((s) => nameOf(s) === name);
    if (!sheet) {
      const existing = sheets.map((s) => `「${nameOf(s)}」`).join('、');
      throw new WorkbookError(
        'sheet-missing',
        file,
        `「${file}」中没有名为「${name}」的工作表（现有：${existing}）。`,
      );
    }
    return sheet;
  });
}
