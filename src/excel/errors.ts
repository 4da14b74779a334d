/**
 * Everything that can stop an action, turned into one plain Chinese sentence for the pane:
 * Ziping's own refusals (protected cells, a plan that would overwrite a formula …) and the
 * errors Excel raises (`OfficeExtension.Error` with a `code`).
 */

/** A deliberate "no": nothing was written, and the message says why and what to do. */
export class Refusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Refusal';
  }
}

/** Excel's error codes (Excel.ErrorCodes and OfficeExtension.ErrorCodes) that users can meet. */
const MESSAGES: Readonly<Record<string, string>> = {
  ItemNotFound: '找不到要操作的工作表或单元格，可能已被删除或重命名。',
  InvalidOperation: 'Excel 拒绝了此操作（可能正在编辑单元格、工作表受保护或区域已变化）。',
  InvalidOperationInCellEditMode: '请先完成正在编辑的单元格（按 Enter 或 Esc），再试一次。',
  AccessDenied: '没有修改权限：工作表或工作簿受保护，或文件为只读。',
  InvalidArgument: 'Excel 认为请求的参数无效（区域过大或地址有误）。',
  InvalidReference: '引用的区域无效，可能是工作表结构已变化。',
  ApiNotFound: '此版本的 Excel 不支持所需的功能，请升级 Excel。',
  NotImplemented: '此版本的 Excel 不支持所需的功能，请升级 Excel。',
  UnsupportedOperation: '此版本的 Excel 不支持该操作。',
  RequestPayloadSizeLimitExceeded: '数据量超过了网页版 Excel 单次请求的上限（5 MB）。',
  ResponsePayloadSizeLimitExceeded: '数据量超过了网页版 Excel 单次请求的上限（5 MB）。',
  RangeExceedsLimit: '区域超过了 Excel 单次操作的单元格上限。',
  OperationCellsExceedLimit: '区域超过了 Excel 单次操作的单元格上限。',
  MergedRangeConflict: '要写入的单元格与合并单元格冲突。',
  Conflict: '工作簿正被他人同时编辑，发生冲突，请稍后再试。',
  InsertDeleteConflict: '工作簿正被他人同时编辑，发生冲突，请稍后再试。',
  RequestAborted: '请求被中断（网络或 Excel 繁忙），请再试一次。',
  ConnectionFailure: '与 Excel 的连接中断，请再试一次。',
  ActivityLimitReached: 'Excel 暂时繁忙，请稍后再试。',
  GeneralException: 'Excel 内部出错，请再试一次。',
};

/** The code of an `OfficeExtension.Error`-like value, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function isPayloadLimit(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** One sentence for the user; the code stays at the end for whoever reads it to support. */
export function describeError(error: unknown): string {
  if (error instanceof Refusal) return error.message;
  const code = errorCode(error);
  const known = code === undefined ? undefined : MESSAGES[code];
  if (known) return `${known}（${code}）`;
  const detail = error instanceof Error ? error.message : String(error);
  return code ? `Excel 出错：${detail}（${code}）` : `自评助手出错：${detail}`;
}
