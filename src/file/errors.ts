/**
 * Why a workbook could not be read or written. Every error names the file in its Chinese
 * message, because the CLI prints it as is and a user checking twenty files must know which.
 */

export type WorkbookErrorCode =
  | 'missing' // 文件不存在
  | 'unreadable' // 无法打开（目录、无权限…）
  | 'encrypted' // 受密码保护
  | 'not-xlsx' // 不是 Excel 文件
  | 'corrupt' // 看起来是 xlsx，但无法解析
  | 'sheet-missing' // --sheet 指定的工作表不存在
  | 'same-file' // 输出路径就是原文件
  | 'exists' // 输出文件已存在，且未加 --overwrite
  | 'write-unsupported' // .xls、.ods 等格式只检查，不写副本
  | 'plan-conflict' // 写入计划要覆盖公式或合并单元格
  | 'write-failed'; // 无法写出副本

export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';

  constructor(
    readonly code: WorkbookErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof WorkbookError;
}
