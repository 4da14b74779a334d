/**
 * `ziping` argument parsing: turns argv into a command and its options, and nothing else;
 * the commands live in commands.ts. Every message is Chinese, including the parser's own.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { PROFILES, profileById, type Profile } from '../engine/index.js';
import { check, profiles, type CheckOptions, type CliIo, type ReportFormat } from './commands.js';
import { EXIT_FAILURE, EXIT_OK } from './fileResult.js';
import { HELP_TEXT, USAGE } from './help.js';
import type { FileRunner } from './runners.js';

export type ParsedCli =
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string }
  | { readonly kind: 'profiles'; readonly format: ReportFormat }
  | { readonly kind: 'check'; readonly options: CheckOptions };

/** Options only `check` takes; `profiles` refuses them rather than ignore them. */
const CHECK_ONLY = ['sheet', 'write', 'overwrite', 'summary', 'jobs', 'profile'] as const;

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
        overwrite: { type: 'boolean' },
        summary: { type: 'string' },
        jobs: { type: 'string' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(parserMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...files] = positionals;
  if (command === undefined) return usageError('缺少命令。');
  if (command !== 'check' && command !== 'profiles')
    return usageError(`未知命令「${command}」，可用的命令是 check 和 profiles。`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    return usageError(`--format 只能是 text 或 json，而不是「${format}」。`);
  }
  if (command === 'profiles') {
    if (files.length > 0)
      return usageError(`profiles 不接受文件，而这里给出了「${files.join('」「')}」。`);
    const misplaced = CHECK_ONLY.find((option) => values[option] !== undefined);
    if (misplaced !== undefined)
      return usageError(`选项 --${misplaced} 只用于 check，profiles 只接受 --format。`);
    return { kind: 'profiles', format };
  }
  if (files.length === 0)
    return usageError('请至少给出一个工作簿文件（.xlsx、.xls、.et、.ods 等）。');
  let profile: Profile | null = null;
  if (values.profile !== undefined) {
    profile = profileById(values.profile) ?? null;
    if (profile === null)
      return usageError(
        `没有编号为「${values.profile}」的评分规则。可用的编号：${PROFILES.map((p) => p.id).join('、')}（ziping profiles 列出各自的名称与依据）。`,
      );
  }
  const summary = values.summary ?? null;
  if (summary !== null && !/\.(xlsx|csv)$/i.test(summary))
    return usageError(`--summary 的文件须以 .xlsx 或 .csv 结尾，而不是「${summary}」。`);
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1)
      return usageError(`--jobs 须是不小于 1 的整数，而不是「${values.jobs}」。`);
  }
  return {
    kind: 'check',
    options: {
      files,
      sheets: values.sheet ?? [],
      format,
      write: values.write ?? null,
      overwrite: values.overwrite ?? false,
      summary,
      jobs,
      profile,
    },
  };
}

/** Node's parseArgs explains in English; say the same in Chinese, naming the option. */
function parserMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]+)/.exec(text)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `参数有误：没有「${option}」这个选项。若文件名以 - 开头，请写在 -- 之后，如 ziping check -- ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(text)
        ? `参数有误：选项「${option}」后面缺少取值。`
        : `参数有误：选项「${option}」不接受取值。`;
    default:
      return `参数有误：${text}`;
  }
}

/** Runs `ziping` with `argv` (without node and script) and returns the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  runner?: FileRunner,
): Promise<number> {
  const parsed = parseCli(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(HELP_TEXT);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(
        `${parsed.message}\n用法：${USAGE.join('\n      ')}\n运行 ziping --help 查看说明。\n`,
      );
      return EXIT_FAILURE;
    case 'profiles':
      return profiles(parsed.format, io);
    case 'check':
      return check(parsed.options, io, runner);
  }
}

function usageError(message: string): ParsedCli {
  return { kind: 'usage-error', message };
}
