/**
 * `npm run build:intranet`: the add-in for a network without internet — the production build
 * with office.js served from the add-in's own folder (copied from the @microsoft/office-js
 * package, installed by `npm ci`), then checked: no page still points at Microsoft's CDN.
 *
 *   ZIPING_ORIGIN=https://oa.example.gov.cn/ziping npm run build:intranet
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { officeJsFolder } from '../webpack.config.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = path.join(root, 'dist/web');

if (!process.env.ZIPING_ORIGIN) {
  console.warn(
    '未设置 ZIPING_ORIGIN：清单中的地址仍是 https://localhost:3000（部署前请设置为内网地址）。',
  );
}
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ZIPING_LOCAL_OFFICE_JS: '1' } },
);

// office.js with its host and locale files, as the package ships them (copied outside webpack:
// about 60 MB that need no bundling).
rmSync(path.join(out, 'office-js'), { recursive: true, force: true });
cpSync(officeJsFolder(), path.join(out, 'office-js'), { recursive: true });

const problems: string[] = [];
// The pages that run inside Office (the demo page has no Office to load).
const OFFICE_PAGES = ['taskpane.html', 'commands.html', 'notice.html', 'preview.html'];
if (!existsSync(path.join(out, 'office-js/office.js')))
  problems.push('dist/web/office-js/office.js 不存在');
for (const page of readdirSync(out).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(path.join(out, page), 'utf8');
  if (html.includes('appsforoffice.microsoft.com'))
    problems.push(`${page} 仍从微软 CDN 加载 office.js`);
  if (OFFICE_PAGES.includes(page) && !html.includes('office-js/office.js'))
    problems.push(`${page} 没有加载本地的 office-js/office.js`);
}
if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log('✓ 内网版已生成在 dist/web/：office.js 由加载项自己的服务器提供，不需要访问互联网。');
