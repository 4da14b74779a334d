/**
 * Excel's built-in number formats: a cell style names them by id alone, so the reader
 * needs their codes to tell a percentage or a date. Ids 27–36 and 50–58 depend on the
 * install's language; these are the codes of a Chinese (zh-CN) Excel, where the tables
 * come from.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The first id that user formats may take (ids below are reserved for built-ins). */
export const FIRST_CUSTOM_FORMAT_ID = 164;

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** The language-independent built-in id of a code (0–22, 37–49), so a write can name it by id. */
export function builtInFormatId(code: string): number | undefined {
  for (const [id, builtIn] of Object.entries(BUILT_IN)) {
    const n = Number(id);
    if (builtIn === code && (n <= 22 || (n >= 37 && n <= 49))) return n;
  }
  return undefined;
}
