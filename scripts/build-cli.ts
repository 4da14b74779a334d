/**
 * `npm run build:cli` (run by `npm ci` through "prepare"): the CLI bundled into dist/cli/ — the
 * command, the worker and the parts loaded on demand (the file adapter, --write, --summary) —
 * with the packages left in node_modules. One file per part instead of a hundred modules: a
 * batch starts a thread per core, and each thread would otherwise load every module itself.
 * Types are checked by `npm run lint` (tsc), not here.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));

export async function buildCli(): Promise<void> {
  const out = path.join(root, 'dist/cli');
  rmSync(out, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts', 'src/cli/worker.ts'],
    outbase: 'src',
    outdir: 'dist',
    // Shared and on-demand parts beside the entry points: runners.ts finds worker.js beside it.
    chunkNames: 'cli/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
