/**
 * What a file is, from its first bytes, so that a user who hands us an .xls, a protected
 * workbook or a web page saved as ".xls" gets it read or learns what to do instead of
 * reading a zip error; and what to call each kind in a message.
 */
import path from 'node:path';

export type FileFormat =
  | 'zip' // .xlsx / .xlsm / .xlsb / .ods: a zip package
  | 'cfb' // .xls / WPS .et: the old binary compound file
  | 'cfb-encrypted' // a password-protected .xlsx: Office wraps it in a compound file
  | 'markup' // HTML or XML exported by a web system and named ".xls"
  | 'unknown';

/** The kinds of workbook read: Office Open XML, or one read through SheetJS for checking only. */
export type WorkbookFormat = 'xlsx' | 'xlsb' | 'ods' | 'xls' | 'et';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// ECMA-376 agile/standard encryption stores the real package in this stream; directory
// entry names in a compound file are UTF-16LE.
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function detectFileFormat(bytes: Buffer): FileFormat {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, CFB_MAGIC)) {
    return bytes.includes(ENCRYPTED_PACKAGE) ? 'cfb-encrypted' : 'cfb';
  }
  const head = bytes
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<')) return 'markup';
  return 'unknown';
}

function startsWith(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

/** A compound file is an .xls, or a WPS .et, which holds the same BIFF8 streams. */
export function compoundFormatOf(file: string): 'xls' | 'et' {
  return path.extname(file).toLowerCase() === '.et' ? 'et' : 'xls';
}

/** Excel and WPS leave a small "~$name.xlsx" lock file beside a workbook while it is open. */
export function isLockFile(file: string): boolean {
  return path.basename(file).startsWith('~$');
}

/** What users call each kind, in messages: an .ods is called an .ods. */
export const FORMAT_NAME: Readonly<Record<WorkbookFormat, string>> = {
  xlsx: 'Excel 工作簿（.xlsx）',
  xlsb: 'Excel 二进制工作簿（.xlsb）',
  ods: 'OpenDocument 电子表格（.ods）',
  xls: 'Excel 97-2003 工作簿（.xls）',
  et: 'WPS 表格（.et）',
};
