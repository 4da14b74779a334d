/**
 * The e2e test drives the production build. It builds dist/web/ itself when the build is
 * missing or older than anything it is built from, so `npm test` needs no separate step.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUTS = [
  'src',
  'examples/sheets',
  'assets',
  'manifest.xml',
  'webpack.config.js',
  'package.json',
];

/** Asynchronous on purpose: a blocked worker would miss vitest's heartbeat during the build. */
export async function ensureWebBuild(root: string): Promise<void> {
  const marker = path.join(root, 'dist/web/demo.html');
  if (existsSync(marker) && statSync(marker).mtimeMs >= newestInput(root)) return;
  await promisify(execFile)(
    process.execPath,
    [path.join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'],
    {
      cwd: root,
      env: { ...process.env, ZIPING_LOCAL_OFFICE_JS: '' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

function newestInput(root: string): number {
  let newest = 0;
  const visit = (file: string) => {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file)) visit(path.join(file, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const input of INPUTS) if (existsSync(path.join(root, input))) visit(path.join(root, input));
  return newest;
}
