/**
 * Running the file checks: one after another on this thread, or spread over worker threads
 * (`--jobs N`). Either way each result is handed over with its input's index, so the caller
 * can print in input order whatever order the checks finish in.
 */
import { Worker } from 'node:worker_threads';
import type { FileTask } from './checkFile.js';
import type { FileResult } from './fileResult.js';

export type FileRunner = (
  tasks: readonly FileTask[],
  onResult: (index: number, result: FileResult) => void,
) => Promise<void>;

/** Loads the reader and the analysis only here: with worker threads, they load in the workers. */
export const inProcess: FileRunner = async (tasks, onResult) => {
  const { checkFile } = await import('./checkFile.js');
  for (const [i, task] of tasks.entries()) onResult(i, await checkFile(task));
};

/**
 * `jobs` checks at a time: this thread and `jobs − 1` worker threads, each taking the next file
 * when it finishes one. This thread is ready at once, while a worker first loads the code and
 * warms it up; on a batch of small workbooks that start is most of a worker's cost.
 *
 * A worker is sent its next file before it answers the last, so it never waits for this thread
 * to finish a check of its own. A worker that dies (out of memory on a huge sheet) fails the
 * file it was checking with an internal error; the file queued behind it goes back in line,
 * and the worker is replaced.
 */
export function workerPool(jobs: number, parts: Partial<PoolParts> = {}): FileRunner {
  const start = parts.startWorker ?? startWorker;
  return async (tasks, onResult) => {
    const waiting = tasks.map((_, i) => i).reverse();
    const take = (): number | undefined => waiting.pop();

    const runHere = async (): Promise<void> => {
      const check = parts.check ?? (await import('./checkFile.js')).checkFile;
      for (let i = take(); i !== undefined; i = take()) onResult(i, await check(tasks[i]!));
    };

    const runWorker = (): Promise<void> =>
      new Promise((done) => {
        let worker = start();
        /** Indexes sent and not answered, in the order the worker checks them. */
        let sent: number[] = [];
        const send = () => {
          while (sent.length < IN_FLIGHT) {
            const i = take();
            if (i === undefined) break;
            sent.push(i);
            worker.postMessage({ index: i, task: tasks[i]! } satisfies WorkerRequest);
          }
          if (sent.length === 0) {
            quiet(worker);
            void worker.terminate().then(() => done());
          }
        };
        const listen = () => {
          worker.on('message', ({ index, result }: WorkerReply) => {
            sent = sent.filter((i) => i !== index);
            onResult(index, result);
            send();
          });
          const fail = (error: unknown) => {
            quiet(worker);
            void worker.terminate();
            const [failed, ...queued] = sent;
            if (failed !== undefined) onResult(failed, crashed(tasks[failed]!, error));
            waiting.push(...queued.reverse());
            sent = [];
            worker = start();
            listen();
            send();
          };
          worker.on('error', fail);
          worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
        };
        listen();
        send();
      });

    const workers = Math.min(jobs - 1, tasks.length - 1);
    await Promise.all([runHere(), ...Array.from({ length: Math.max(0, workers) }, runWorker)]);
  };
}

/** How the pool checks a file on this thread and starts a worker; tests put in their own. */
export interface PoolParts {
  readonly check: (task: FileTask) => Promise<FileResult>;
  readonly startWorker: () => Worker;
}

/** Stops listening to a worker about to be terminated: its exit is no failure. */
function quiet(worker: Worker): void {
  for (const event of ['message', 'error', 'exit']) worker.removeAllListeners(event);
}

/** Files sent to a worker at a time: the one it checks and the next. */
const IN_FLIGHT = 2;

export interface WorkerRequest {
  readonly index: number;
  readonly task: FileTask;
}

export interface WorkerReply {
  readonly index: number;
  readonly result: FileResult;
}

function crashed(task: FileTask, error: unknown): FileResult {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    file: task.file,
    format: null,
    analyses: [],
    written: null,
    failure: {
      code: 'internal',
      message: `检查「${task.file}」时自评助手的工作线程出错（这是程序缺陷，请报告）：${detail}`,
    },
  };
}

/**
 * worker.js beside this module once compiled; worker.ts when run from source through tsx
 * (`npm run bench`, the process tests), whose loader a worker must be told to load too.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here));
  return new Worker(new URL('./workerFromSource.mjs', here));
}
