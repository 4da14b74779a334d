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
 * `jobs` worker threads, each taking the next file when it finishes one. A worker that dies
 * (out of memory on a huge sheet) fails its file with an internal error and is replaced.
 */
export function workerPool(jobs: number): FileRunner {
  return async (tasks, onResult) => {
    let next = 0;
    const runWorker = async (): Promise<void> => {
      let worker: Worker | null = null;
      try {
        while (next < tasks.length) {
          const index = next++;
          const task = tasks[index] as FileTask;
          worker ??= startWorker();
          try {
            onResult(index, await ask(worker, task));
          } catch (error) {
            await worker.terminate();
            worker = null;
            onResult(index, crashed(task, error));
          }
        }
      } finally {
        await worker?.terminate();
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, runWorker));
  };
}

function ask(worker: Worker, task: FileTask): Promise<FileResult> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (result: FileResult) => {
      cleanup();
      resolve(result);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`worker exited with code ${code}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(task);
  });
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
