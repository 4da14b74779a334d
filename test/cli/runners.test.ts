/**
 * The worker pool of --jobs N: this thread and N − 1 workers share the files, every file gets
 * exactly one result under its own index, and a worker that dies fails only the file it was
 * checking — the one queued behind it is checked by someone else.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { FileTask } from '../../src/cli/checkFile.js';
import type { FileResult } from '../../src/cli/fileResult.js';
import { workerPool } from '../../src/cli/runners.js';

const task = (file: string): FileTask => ({
  file,
  sheets: [],
  target: null,
  overwrite: false,
  profile: null,
});

/** This thread's check: a result marked as made here, after a pause so workers get files too. */
const checkHere = async (t: FileTask): Promise<FileResult> => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return { file: t.file, format: 'xlsx', analyses: [], written: 'here', failure: null };
};

const startWorker = () => new Worker(new URL('./fixtures/echoWorker.mjs', import.meta.url));

async function run(jobs: number, files: readonly string[]) {
  const results = new Map<number, FileResult[]>();
  await workerPool(jobs, { check: checkHere, startWorker })(files.map(task), (i, result) =>
    results.set(i, [...(results.get(i) ?? []), result]),
  );
  return results;
}

describe('workerPool', () => {
  it('gives every file one result, checked on this thread and in the workers', async () => {
    const files = Array.from({ length: 40 }, (_, i) => `f${i}.xlsx`);
    const results = await run(3, files);
    expect([...results.keys()].sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    for (const [i, list] of results) {
      expect(list).toHaveLength(1);
      expect(list[0]!.file).toBe(files[i]);
    }
    const where = [...results.values()].map((list) => list[0]!.written);
    expect(where).toContain('here');
    expect(where).toContain('worker');
  });

  it('fails only the file a dying worker was checking, and goes on with a new worker', async () => {
    const files = ['a.xlsx', 'die-1.xlsx', 'b.xlsx', 'c.xlsx', 'die-2.xlsx', 'd.xlsx', 'e.xlsx'];
    const results = await run(2, files);
    expect(results.size).toBe(files.length);
    // This thread takes a.xlsx first; the worker is sent die-1 and b, and dies on die-1.
    expect(results.get(1)?.[0]?.failure?.code).toBe('internal');
    expect(results.get(2)?.[0]?.failure).toBeNull();
    for (const [i, list] of results) {
      expect(list).toHaveLength(1);
      const result = list[0]!;
      if (files[i]!.startsWith('die') && result.written !== 'here') {
        expect(result.failure?.code).toBe('internal');
        expect(result.failure?.message).toContain(`检查「${files[i]}」时自评助手的工作线程出错`);
      } else {
        expect(result.failure).toBeNull();
      }
    }
  });
});
