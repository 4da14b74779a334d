/**
 * End to end in a real browser: headless Chromium drives the production build of the demo
 * page (the real task pane over the in-browser fake workbook), served from 127.0.0.1 with every
 * other request blocked. 重新计算 → written values and fills in the grid and the findings list →
 * click a finding → its cell is selected → 撤销本次写入 → the cells are back.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSheet } from '../../src/engine/index.js';
import type { RecognisedSheet } from '../../src/engine/report.js';
import { fromA1, type Cell } from '../../src/engine/grid.js';
import { MARK_COLOR } from '../../src/excel/fills.js';
import { shangjie2021 } from '../../examples/sheets/shangjie-2021.js';
import { sheetToGrid } from '../../examples/sheets/toGrid.js';
import { displayValue } from '../../src/demo/displayValue.js';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.js';
import { ensureWebBuild } from './build.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outputDir = `${root}test-output`;

const sheetSpec = shangjie2021.sheets[0]!;
const analysis = analyzeSheet(sheetToGrid(sheetSpec), { writeValues: true });

let server: StaticServer;
let browser: Browser;
let page: Page;

const cell = (address: string) => page.locator(`td[data-address="${address}"]`);
const pane = () => page.getByTestId('taskpane');

beforeAll(async () => {
  await ensureWebBuild(root);
  server = await startStaticServer(`${root}dist/web`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  // Nothing leaves the machine: only the local server answers.
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`${server.url}/demo.html`);
  await cell('A1').waitFor();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('demo page in Chromium', () => {
  it('the engine recognises the demo sheet (precondition of the checks below)', () => {
    expect(analysis.status).toBe('recognised');
  });

  const recognised = () => analysis as RecognisedSheet;

  it('shows the example sheet in the grid before any run', async () => {
    await expect(page.getByRole('grid', { name: '模拟工作表' }).isVisible()).resolves.toBe(true);
    for (const write of recognised().plan.values) {
      const before = displayValue(write.previous.value, write.previous.format);
      expect(await cell(write.address).textContent(), write.address).toBe(before);
    }
  });

  it('重新计算 writes the computed values and marks the flagged cells', async () => {
    await pane()
      .getByRole('button', { name: /重新计算/ })
      .click();
    await pane()
      .getByRole('tab', { name: /问题（\d+）/ })
      .waitFor();
    const { plan } = recognised();
    expect(plan.values.length + plan.marks.length).toBeGreaterThan(0);
    for (const write of plan.values) {
      const shown = displayValue(write.value, write.format ?? write.previous.format);
      expect(await cell(write.address).textContent(), write.address).toBe(shown);
    }
    for (const mark of plan.marks) {
      const fill = await cell(mark.address).getAttribute('data-fill');
      expect(fill?.toUpperCase(), mark.address).toBe(MARK_COLOR[mark.severity].toUpperCase());
      expect(await cell(mark.address).getAttribute('data-note'), mark.address).toBeTruthy();
    }
  });

  it('lists every finding and selects the cell of a clicked one', async () => {
    await pane().getByRole('tab', { name: /问题/ }).click();
    const items = pane().getByTestId('finding');
    expect(await items.count()).toBe(recognised().findings.length);
    const target = items.nth(Math.min(1, recognised().findings.length - 1));
    const address = (await target.getAttribute('data-cell')) ?? '';
    await target.click();
    await expect.poll(() => page.getByTestId('name-box').textContent()).toBe(address);
    expect(await cell(address).getAttribute('aria-selected')).toBe('true');
  });

  it('采用建议值 writes the suggested score, and 撤销本次写入 puts every written cell back', async () => {
    const suggested = recognised().findings.find((f) => f.suggestion !== undefined);
    expect(
      suggested,
      'the 上街区 sheet has a score the rules can correct (离退休人员经费变动率)',
    ).toBeDefined();
    const { cell: address, suggestion } = suggested!;
    const before = await cell(address).textContent();
    await pane()
      .getByRole('button', { name: new RegExp(`采用建议值 ${suggestion}`) })
      .first()
      .click();
    await expect.poll(() => cell(address).textContent()).not.toBe(before);
    expect(Number(await cell(address).textContent())).toBeCloseTo(suggestion!, 2);

    await pane()
      .getByRole('button', { name: /撤销本次写入/ })
      .click();
    await expect.poll(() => cell(address).textContent()).toBe(before);
    for (const write of recognised().plan.values) {
      const previous = displayValue(write.previous.value, write.previous.format);
      expect(await cell(write.address).textContent(), write.address).toBe(previous);
    }
  });

  it('after a score is edited in the grid, 重新计算 writes the new total and 撤销本次写入 restores it', async () => {
    // 年度工作目标实现率 (H25): the user lowers its score from 1 to 0.5 in the formula bar.
    const edited = sheetToGrid(sheetSpec);
    const { row, col } = fromA1('H25');
    (edited.cells[row - edited.origin.row] as Cell[])[col - edited.origin.col] = { value: 0.5 };
    const after = analyzeSheet(edited, { writeValues: true });
    expect(after.status).toBe('recognised');
    const { plan, findings } = after as RecognisedSheet;
    expect(plan.values.map((w) => w.address)).toContain('H5');

    await cell('H25').click();
    await page.getByTestId('formula-bar').fill('0.5');
    await page.getByTestId('formula-bar').press('Enter');
    await expect.poll(() => cell('H25').textContent()).toBe('0.5');

    await pane()
      .getByRole('button', { name: /重新计算/ })
      .click();
    for (const write of plan.values) {
      const shown = displayValue(write.value, write.format ?? write.previous.format);
      await expect.poll(() => cell(write.address).textContent(), { timeout: 5000 }).toBe(shown);
    }
    for (const mark of plan.marks) {
      const fill = await cell(mark.address).getAttribute('data-fill');
      expect(fill?.toUpperCase(), mark.address).toBe(MARK_COLOR[mark.severity].toUpperCase());
    }

    // The screenshots a person looks at: the summary, the findings with one selected, the page.
    mkdirSync(outputDir, { recursive: true });
    await pane().getByRole('tab', { name: /概览/ }).click();
    await pane().screenshot({ path: `${outputDir}/taskpane-summary.png` });
    await pane().getByRole('tab', { name: /问题/ }).click();
    expect(await pane().getByTestId('finding').count()).toBe(findings.length);
    await pane().locator('[data-testid="finding"][data-cell="H5"]').click();
    await expect.poll(() => page.getByTestId('name-box').textContent()).toBe('H5');
    await pane().screenshot({ path: `${outputDir}/taskpane.png` });
    await page.screenshot({ path: `${outputDir}/demo.png` });

    await pane()
      .getByRole('button', { name: /撤销本次写入/ })
      .click();
    for (const write of plan.values) {
      const previous = displayValue(write.previous.value, write.previous.format);
      await expect.poll(() => cell(write.address).textContent(), { timeout: 5000 }).toBe(previous);
    }
  });

  it('fits the 320 px pane without horizontal scrolling on every tab', async () => {
    for (const tab of [/概览/, /问题/, /表格识别/, /选项/]) {
      await pane().getByRole('tab', { name: tab }).click();
      const [scroll, client] = await pane().evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(client).toBeLessThanOrEqual(320);
      expect(scroll, String(tab)).toBeLessThanOrEqual(client);
    }
  });
});
