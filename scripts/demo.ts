/**
 * `npm run demo`: serves the production build of the add-in with its demo page, an
 * in-browser simulated workbook (the 上街区 2021 example) that the real task pane reads and
 * writes through the same adapter code. Run after `npm run build` (the npm script does).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.js';

const root = fileURLToPath(new URL('../dist/web/', import.meta.url));
if (!existsSync(`${root}demo.html`)) {
  console.error('没有找到 dist/web/demo.html：请先运行 npm run build。');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
const server = await startStaticServer(root, port);
console.log(`自评助手演示：${server.url.replace('127.0.0.1', 'localhost')}/  （按 Ctrl+C 结束）`);
