/**
 * `ziping` argument parsing: turns argv into a command and its options, and nothing else;
 * the commands live in commands.ts.
 */
import { parseArgs } from 'node:util';
import { check, type CheckOptions, type CliIo } from './commands.js';
import { EXIT_FAILURE, EXIT_OK } from './fileResult.js';
import { HELP_TEXT } from './help.js';

export type ParsedCli =
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string }
  | { readonly kind: 'check'; readonly options: CheckOptions };

export function parseCli(argv: readonly string[]): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: 'string', multiple: true },
        format: { type: 'string' },
        write: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs explains unknown options and missing values in English; keep its words.
    return usageError(`参数有误：${error instanceof Error ? error.message : String(error)}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...files] = positionals;
  if (command === undefined) return usageError('缺少命令。');
  if (command !== 'check') return usageError(`未知命令「${command}」，目前只有 check。`);
  if (files.length === 0) return usageError('请至少给出一个 .xlsx 文件。');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    return usageError(`--format 只能是 text 或 json，而不是「${format}」。`);
  }
  return {
    kind: 'check',
    options: { files, sheets: values.sheet ?? [], format, write: values.write ?? null },
  };
}

/** Runs `ziping` with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCli(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(HELP_TEXT);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(
        `${parsed.message}\n用法：ziping check <file.xlsx>... [--sheet NAME] [--format text|json] [--write OUT]\n运行 ziping --help 查看说明。\n`,
      );
      return EXIT_FAILURE;
    case 'check':
      return check(parsed.options, io);
  }
}

function usageError(message: string): ParsedCli {
  return { kind: 'usage-error', message };
}
