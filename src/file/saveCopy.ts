/**
 * Writing the checked copy: every part of the original package in its stored order, the
 * unchanged ones copied as stored (compressed bytes, CRC and dates untouched), the changed
 * ones deflated anew, the added ones after them. The original is never the target, an
 * existing file is replaced only when asked, and a failed write leaves nothing behind.
 */
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WorkbookError } from './errors.js';
import type { XlsxPackage } from './readWorkbook.js';
import { writeZip, type ZipItem } from './zip/zipWriter.js';

export interface SaveOptions {
  /** Replace `target` if it exists (`--overwrite`). */
  readonly overwrite: boolean;
}

export async function saveCopy(
  pkg: XlsxPackage,
  parts: ReadonlyMap<string, string>,
  target: string,
  source: string,
  options: SaveOptions,
): Promise<void> {
  if (await isSameFile(target, source)) {
    throw new WorkbookError(
      'same-file',
      source,
      `不会覆盖原文件「${source}」：请为 --write 指定另一个文件名或文件夹。`,
    );
  }
  if (!options.overwrite && (await exists(target))) {
    throw new WorkbookError(
      'exists',
      source,
      `「${source}」的副本没有写出：「${target}」已存在。如要替换它，请加 --overwrite。`,
    );
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, await packageBytes(pkg, parts));
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

/** The copy's bytes: the package with `parts` (by name, case-insensitive) replaced or added. */
export async function packageBytes(
  pkg: XlsxPackage,
  parts: ReadonlyMap<string, string>,
): Promise<Buffer> {
  const changed = new Map([...parts].map(([name, text]) => [name.toLowerCase(), { name, text }]));
  const items: ZipItem[] = [];
  for (const entry of pkg.zip.entries) {
    const replacement = changed.get(entry.name.toLowerCase());
    if (replacement) {
      items.push({ kind: 'new', name: entry.name, content: Buffer.from(replacement.text, 'utf8') });
      changed.delete(entry.name.toLowerCase());
    } else {
      items.push({ kind: 'stored', entry, data: await pkg.zip.raw(entry.name) });
    }
  }
  for (const { name, text } of changed.values())
    items.push({ kind: 'new', name, content: Buffer.from(text, 'utf8') });
  return writeZip(items);
}

/** Same path, or another name (link, different spelling) for the same file on disk. */
async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [statA, statB] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return statA !== null && statB !== null && statA.dev === statB.dev && statA.ino === statB.ino;
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null)) !== null;
}
