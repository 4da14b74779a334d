/**
 * Progress of a batch on stderr: a bar redrawn in place on a terminal, one plain line per
 * file otherwise (a log file or CI output has no use for carriage returns).
 */
export interface Progress {
  /** Before a file's messages and report are printed (its index in the input, 0-based). */
  before(index: number, name: string): void;
  /** After them. */
  after(index: number, name: string): void;
  done(): void;
}

const WIDTH = 24;
const CLEAR_LINE = '\r\x1b[K';

export function createProgress(
  total: number,
  write: (text: string) => void,
  terminal: boolean,
): Progress {
  if (!terminal) {
    return {
      before: (index, name) => write(`[${index + 1}/${total}] 检查「${name}」…\n`),
      after: () => {},
      done: () => {},
    };
  }
  let shown = false;
  const clear = () => {
    if (shown) write(CLEAR_LINE);
    shown = false;
  };
  return {
    before: clear,
    after(index, name) {
      const filled = Math.round(((index + 1) / total) * WIDTH);
      write(
        `${CLEAR_LINE}${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${index + 1}/${total} 「${name}」`,
      );
      shown = true;
    },
    done: clear,
  };
}
