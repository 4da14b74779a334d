/**
 * The shipped command: bin/ziping.js run as an executable through its #! line (node with its
 * options, via env -S), on the bundle in dist/cli/ — the main thread and a bundled worker.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// npm ci builds it ("prepare"); built again here so the test runs the bundle of this checkout.
beforeAll(buildCli);

function zipingBin(...args: string[]) {
  const run = spawnSync(path.join(root, 'bin/ziping.js'), args, { cwd: root, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, error: run.error };
}

describe('bin/ziping.js', () => {
  it('runs through its #! line and checks a workbook', () => {
    const run = zipingBin('check', 'examples/shangjie-2021.xlsx');
    expect(run.error).toBeUndefined();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('99.5');
  });

  it('checks a batch on this thread and a bundled worker, reporting in input order', () => {
    const files = [
      'yunxi-2021',
      'longgang-2020',
      'shangjie-2021',
      'guangzhou-2022',
      'lianyungang-2021',
    ];
    const paths = files.map((name) => path.join('examples', `${name}.xlsx`));
    const run = zipingBin('check', ...paths, '--jobs', '2', '--format', 'json');
    expect(run.stderr).not.toContain('出错');
    expect(run.code).toBe(1); // 龙岗区 has errors
    const reports = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string });
    expect(reports.map((r) => r.file)).toEqual(paths);
  });
});
