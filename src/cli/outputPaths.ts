/**
 * Where `--write` puts each checked copy.
 *
 * - `--write OUT.xlsx`: that file; only with a single input.
 * - `--write DIR` (an existing folder, or a path ending in "/"): DIR/<input's name>.xlsx.
 * - `--write PATTERN` containing `{name}`: `{name}` becomes the input's name without its
 *   extension, e.g. `--write 结果/{name}-已检查.xlsx`.
 *
 * A copy is the input's package with cells changed, macros and all, and Excel opens a
 * package only under the extension of its kind: an .xlsm's copy is an .xlsm (a folder or a
 * pattern ending in .xlsx gets .xlsm for it), a template's keeps .xltx/.xltm, everything else
 * is an .xlsx. Two inputs that would land on the same output, or an output with the wrong
 * extension, are usage errors, decided before any file is read, and so is an output that is
 * another input of the same run (it would be replaced before it is read). An output that is
 * the input itself is refused per file by `saveCopy`.
 */
import path from 'node:path';

export const NAME_PLACEHOLDER = '{name}';

/** The extension a copy of `input` must have: its own for macro workbooks and templates. */
export function copyExtension(input: string): string {
  const extension = path.extname(input).toLowerCase();
  return ['.xlsm', '.xltx', '.xltm'].includes(extension) ? extension : '.xlsx';
}

export type OutputPlan =
  | { readonly ok: true; readonly outputs: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly message: string };

export function planOutputs(
  inputs: readonly string[],
  target: string,
  targetIsDirectory: boolean,
): OutputPlan {
  const asDirectory = targetIsDirectory || /[\\/]$/.test(target);
  const isPattern = target.includes(NAME_PLACEHOLDER);
  if (!asDirectory && !isPattern && inputs.length > 1) {
    return {
      ok: false,
      message: `检查多个文件时，--write 须指定一个已存在的文件夹，或含 ${NAME_PLACEHOLDER} 的文件名模式（如 结果/${NAME_PLACEHOLDER}-已检查.xlsx）。`,
    };
  }
  const outputs = new Map<string, string>();
  const claimedBy = new Map<string, string>();
  const inputAt = new Map(inputs.map((input) => [path.resolve(input), input]));
  for (const input of inputs) {
    const name = path.basename(input, path.extname(input));
    const extension = copyExtension(input);
    const output = isPattern
      ? target
          .split(NAME_PLACEHOLDER)
          .join(name)
          .replace(/\.xlsx$/i, extension)
      : asDirectory
        ? path.join(target, `${name}${extension}`)
        : target;
    if (path.extname(output).toLowerCase() !== extension) {
      return {
        ok: false,
        message:
          extension === '.xlsx'
            ? `--write 的副本须是 .xlsx 文件，而不是「${output}」。`
            : `「${input}」的副本须与它同为 ${extension} 文件（Excel 只按这种扩展名打开它），而不是「${output}」。`,
      };
    }
    const key = path.resolve(output);
    const other = claimedBy.get(key);
    if (other !== undefined && other !== input) {
      return {
        ok: false,
        message: `「${other}」和「${input}」的副本都会写到「${output}」，请换一个 --write 模式。`,
      };
    }
    const otherInput = inputAt.get(key);
    if (otherInput !== undefined && otherInput !== input) {
      return {
        ok: false,
        message: `「${input}」的副本会写到「${output}」，而「${otherInput}」正是本次要检查的文件，不会替换它；请换一个 --write 模式。`,
      };
    }
    claimedBy.set(key, input);
    outputs.set(input, output);
  }
  return { ok: true, outputs };
}
