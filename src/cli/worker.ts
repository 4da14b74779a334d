/**
 * A worker thread of `--jobs N`: checks the files it is sent one at a time, in the order sent
 * (the pool sends the next before this one is answered).
 */
import { parentPort } from 'node:worker_threads';
import { checkFile } from './checkFile.js';
import type { WorkerReply, WorkerRequest } from './runners.js';

let queue = Promise.resolve();
parentPort?.on('message', ({ index, task }: WorkerRequest) => {
  queue = queue.then(async () => {
    const result = await checkFile(task);
    parentPort?.postMessage({ index, result } satisfies WorkerReply);
  });
});
