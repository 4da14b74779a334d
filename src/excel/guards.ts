/**
 * The checks that stand between a write plan and the workbook. Each one refuses the whole run
 * (nothing is written) with a sentence the accountant can act on. The engine should never plan
 * such a write; these catch it if it ever does, and catch protection the engine cannot see.
 */
import { toA1 } from '../engine/index.js';
import type { ValueWrite } from '../engine/index.js';
import { rangeToA1 } from './address.js';
import { holds, isEmpty } from '../engine/index.js';
import { Refusal } from './errors.js';
import type { WriteRecord } from '../engine/index.js';
import type { SheetSnapshot } from './snapshot.js';

const SHOWN = 5;

/**
 * Refuses a plan that would overwrite a formula, a typed score or a hidden merged cell. A cell
 * in `explicit` is one the user asked to change (an applied suggestion): its typed score may go.
 */
export function guardWrites(
  snapshot: SheetSnapshot,
  writes: readonly ValueWrite[],
  earlier: ReadonlyMap<string, WriteRecord>,
  explicit: ReadonlySet<string> = new Set(),
): void {
  const seen = new Set<string>();
  for (const write of writes) {
    const key = `${write.row}:${write.col}`;
    const address = toA1(write.row, write.col);
    const where = `工作表「${snapshot.name}」的 ${address}`;
    if (seen.has(key)) refuse(`写入计划两次写入${where}`);
    seen.add(key);
    const cell = snapshot.cell(write.row, write.col);
    if (cell.formula !== undefined) {
      refuse(`写入计划要覆盖${where}中的公式 ${cell.formula}，自评助手从不覆盖公式`);
    }
    const merged = snapshot.hiddenIn(write.row, write.col);
    if (merged) refuse(`${where}位于合并单元格 ${rangeToA1(merged)} 之内，无法写入`);
    const ours = earlier.get(key);
    if (
      write.purpose === 'suggested-score' &&
      !explicit.has(address) &&
      !isEmpty(cell) &&
      !(ours && holds(cell, ours.written))
    ) {
      refuse(
        `写入计划要覆盖${where}中已填写的得分 ${String(cell.value)}，自评助手不改动您填写的得分`,
      );
    }
  }
}

export interface Touched {
  /** Cells whose value or number format changes. */
  readonly values: readonly { readonly row: number; readonly col: number }[];
  /** Whether any number format changes. */
  readonly formats: boolean;
  /** Cells whose fill changes. */
  readonly fills: readonly { readonly row: number; readonly col: number }[];
  /** Whether any note or comment is added or removed. */
  readonly annotations: boolean;
}

/**
 * On a protected sheet Ziping never unprotects: it refuses when a cell it must change is locked,
 * or when the protection forbids formatting (fills, number formats) or editing notes.
 */
export function guardProtection(snapshot: SheetSnapshot, touched: Touched): void {
  const protection = snapshot.protection;
  if (!protection.protected) return;
  const cells = [...touched.values, ...touched.fills];
  const locked = [
    ...new Set(cells.filter((c) => snapshot.locked(c.row, c.col)).map((c) => toA1(c.row, c.col))),
  ];
  const advice =
    '自评助手不会取消工作表保护，本次未做任何修改。请先在「审阅 › 撤消工作表保护」后再试。';
  if (locked.length > 0) {
    const shown = locked.slice(0, SHOWN).join('、') + (locked.length > SHOWN ? ' 等' : '');
    throw new Refusal(
      `工作表「${snapshot.name}」受保护，要修改的 ${locked.length} 个单元格已锁定（${shown}）。${advice}`,
    );
  }
  if ((touched.fills.length > 0 || touched.formats) && !protection.allowFormatCells) {
    throw new Refusal(
      `工作表「${snapshot.name}」受保护，且不允许设置单元格格式，无法标记。${advice}`,
    );
  }
  if (touched.annotations && !protection.allowEditObjects) {
    throw new Refusal(
      `工作表「${snapshot.name}」受保护，且不允许编辑备注和批注，无法写入或删除自评助手的说明。${advice}（也可在面板「选项」中关闭“在单元格上添加备注”后重新计算。）`,
    );
  }
}

function refuse(what: string): never {
  throw new Refusal(`${what}。本次未做任何修改。`);
}
