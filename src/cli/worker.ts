/** A worker thread of `--jobs N`: checks the files it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { checkFile, type FileTask } from './checkFile.js';

parentPort?.on('message', (task: FileTask) => {
  void checkFile(task).then((result) => parentPort?.postMessage(result));
});
