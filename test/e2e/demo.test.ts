/**
 * End to end in a real browser: headless Chromium drives the production build of the demo page
 * (the real task pane and ribbon over the in-browser fake workbook), served from 127.0.0.1 with
 * every other request blocked. It walks the path an accountant takes — a preview before the
 * first write, the result in one line, the first error selected, a suggestion that brings the
 * total and the list up to date, three runs taken back one step at a time, clearing, a clean
 * sheet, the ribbon with its preview dialog — and saves a screenshot of each state in
 * test-output/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSheet } from '../../src/engine/index.js';
import type { RecognisedSheet } from '../../src/engine/report.js';
import { MARK_COLOR } from '../../src/engine/plan/fill.js';
import { shangjie2021 } from '../../examples/sheets/shangjie-2021.js';
import { sheetToGrid } from '../../examples/sheets/toGrid.js';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.js';
import { withCells } from '../support/grids.js';
import { ensureWebBuild } from './build.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outputDir = `${root}test-output`;

const sheetSpec = shangjie2021.sheets[0]!;
/** The demo sheet once the user typed a wrong total (95) into H5. */
const edited = analyzeSheet(withCells(sheetToGrid(sheetSpec), { H5: 95 })) as RecognisedSheet;

let server: StaticServer;
let browser: Browser;
let page: Page;

const cell = (address: string) => page.locator(`td[data-address="${address}"]`);
const pane = () => page.getByTestId('taskpane');
const banner = () => pane().getByTestId('status');
const shot = (name: string) => pane().screenshot({ path: `${outputDir}/${name}.png` });

/** Every cell of the grid as the user sees it: text, fill and note. */
function gridState(): Promise<string[][]> {
  return page.$$eval('td[data-address]', (cells) =>
    cells.map((td) => [
      td.getAttribute('data-address') ?? '',
      td.textContent ?? '',
      td.getAttribute('data-fill') ?? '',
      td.getAttribute('data-note') ?? '',
    ]),
  );
}

/** The user types into a cell through the formula bar, as in Excel. */
async function type(address: string, text: string): Promise<void> {
  await cell(address).click();
  await page.getByTestId('formula-bar').fill(text);
  await page.getByTestId('formula-bar').press('Enter');
  await expect.poll(() => cell(address).textContent()).not.toBe('');
}

async function recalculate(): Promise<void> {
  await pane()
    .getByRole('button', { name: /重新计算/ })
    .click();
}

async function confirmPreview(): Promise<void> {
  await pane().getByRole('button', { name: '确认写入' }).click();
  await pane().getByTestId('preview').waitFor({ state: 'detached' });
}

async function undo(): Promise<void> {
  await pane()
    .getByRole('button', { name: /撤销上一步/ })
    .click();
  await expect.poll(() => banner().textContent()).toMatch(/^撤销：\d\d:\d\d /);
}

beforeAll(async () => {
  await ensureWebBuild(root);
  mkdirSync(outputDir, { recursive: true });
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
  // 700 px high: the height at which the pane must still show the findings, not a banner.
  page = await browser.newPage({ viewport: { width: 1440, height: 700 }, locale: 'zh-CN' });
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
  let original: string[][];

  it('has the ribbon’s 自评助手 group with its four buttons', async () => {
    const group = page.getByRole('group', { name: '自评助手' });
    const labels = await group.getByRole('button').allTextContents();
    expect(labels).toEqual(['重新计算', '清除标记', '撤销上一步', '打开面板']);
    await page
      .getByRole('toolbar', { name: '功能区' })
      .screenshot({ path: `${outputDir}/ribbon.png` });
  });

  it('shows the first run’s changes (cell, before → after, why) and writes only on 确认写入', async () => {
    await type('H5', '95');
    original = await gridState();
    await recalculate();
    const preview = pane().getByTestId('preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('这是自评助手第一次改动「部门整体绩效自评表」');
    const entry = preview.locator('[data-testid="preview-entry"][data-cell="H5"]');
    expect(await entry.textContent()).toMatch(/H5\s*95.*99\.5.*总分按各项得分重新合计/);
    expect(await gridState()).toEqual(original);
    await shot('preview');

    await confirmPreview();
    await expect.poll(() => cell('H5').textContent()).toBe('99.5');
    for (const mark of edited.plan.marks) {
      const fill = await cell(mark.address).getAttribute('data-fill');
      expect(fill?.toUpperCase(), mark.address).toBe(MARK_COLOR[mark.severity].toUpperCase());
    }
    expect(await cell('H5').getAttribute('data-note')).toContain(
      '总分由自评助手写入 99.5，原为 95。',
    );
  });

  it('then says the result in one red line, opens 问题 and selects the first error', async () => {
    expect(await banner().getAttribute('data-intent')).toBe('error');
    expect(await banner().textContent()).toBe('发现 1 个错误、3 个警告');
    const { height } = (await banner().boundingBox()) ?? { height: 999 };
    expect(height).toBeLessThan(40);
    expect(await pane().getByRole('tab', { name: /问题/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await expect.poll(() => page.getByTestId('name-box').textContent()).toBe('H5');
    expect(await pane().getByTestId('finding').count()).toBe(edited.findings.length);
    // At 700 px the first findings are in view, under a one-line result.
    expect(await pane().getByTestId('finding').nth(1).isVisible()).toBe(true);
    await shot('after-run');
    await page.screenshot({ path: `${outputDir}/demo.png` });
  });

  it('three runs, then three undos restore each state in turn', async () => {
    const afterFirst = await gridState();
    // Run 2: notes switched off — the notes go, the fills stay.
    await pane().getByRole('tab', { name: /选项/ }).click();
    await pane().getByRole('switch', { name: '在单元格上添加备注' }).click();
    await recalculate();
    await expect.poll(() => cell('H39').getAttribute('data-note')).toBeNull();
    const afterSecond = await gridState();
    // Run 3: notes on again.
    await pane().getByRole('tab', { name: /选项/ }).click();
    await pane().getByRole('switch', { name: '在单元格上添加备注' }).click();
    await recalculate();
    await expect.poll(() => cell('H39').getAttribute('data-note')).not.toBeNull();

    await undo();
    expect(await gridState()).toEqual(afterSecond);
    await undo();
    expect(await gridState()).toEqual(afterFirst);
    await undo();
    expect(await gridState()).toEqual(original);
    expect(await cell('H5').textContent()).toBe('95');
    await shot('undone');
  });

  it('采用建议值 reruns the sheet: the cell’s mark and note, the total and the list become current', async () => {
    await recalculate();
    await confirmPreview();
    await pane().getByRole('tab', { name: /问题/ }).click();
    await pane()
      .getByRole('button', { name: /采用建议值 0\.67/ })
      .click();
    await expect.poll(() => cell('H39').textContent()).toBe('0.67');
    expect((await cell('H39').getAttribute('data-fill'))?.toUpperCase()).toBe(MARK_COLOR.info);
    const note = await cell('H39').getAttribute('data-note');
    expect(note).toContain('得分由自评助手写入 0.67，原为 0.5。');
    expect(note).not.toContain('表中为 0.5 分');
    expect(await cell('H5').textContent()).toBe('99.67');
    expect(await cell('H5').getAttribute('data-note')).toContain('99.67');
    expect(
      await pane()
        .getByRole('button', { name: /采用建议值/ })
        .count(),
    ).toBe(0);
    expect(await banner().getAttribute('data-intent')).toBe('warning');
    await pane().getByRole('tab', { name: /概览/ }).click();
    const total = await pane().getByTestId('summary-total').textContent();
    expect(total).toContain('99.67');
    // The table now states what was written: no stale "表上填写 99.5".
    expect(total).not.toContain('表上填写');
    await shot('suggestion');
  });

  it('清除标记 leaves no marks and an empty list', async () => {
    await pane()
      .getByRole('button', { name: /清除标记/ })
      .click();
    await expect.poll(() => cell('H39').getAttribute('data-fill')).toBeNull();
    const painted = (await gridState()).filter(([, , fill]) =>
      Object.values(MARK_COLOR).includes(fill?.toUpperCase() ?? ''),
    );
    expect(painted).toEqual([]);
    await pane()
      .getByRole('tab', { name: /问题（0）/ })
      .click();
    expect(await pane().textContent()).toContain('表上没有自评助手的标记');
    await shot('cleared');
  });

  it('the result line is amber with warnings only, and green on a clean sheet', async () => {
    for (const address of ['D12', 'E12', 'G12', 'H12']) await type(address, '429.7');
    await recalculate();
    // Left: 政府采购执行率's actual "完整", which cannot be compared with its target.
    await expect.poll(() => banner().getAttribute('data-intent')).toBe('warning');
    await shot('warnings');
    await type('F52', '100%');
    await recalculate();
    await expect.poll(() => banner().getAttribute('data-intent')).toBe('success');
    expect(await banner().textContent()).toBe('检查完成，未发现错误或警告');
    await shot('clean');
  });

  it('评分规则: names the rules detected and why; another choice reruns the sheet, is said, and the ribbon keeps it', async () => {
    await pane().getByRole('tab', { name: /概览/ }).click();
    const rules = pane().getByTestId('rules');
    expect(await rules.getByTestId('rules-name').textContent()).toMatch(/^郑州·部门整体绩效自评表/);
    expect(await rules.getByTestId('rules-why').textContent()).toContain('表中文字含「上街区」');

    const chooser = rules.getByRole('combobox', { name: '更改评分规则' });
    expect(await chooser.textContent()).toBe('自动识别');
    await chooser.click();
    const national = pane().getByRole('option', { name: /^全国·部门整体支出/ });
    expect(await national.textContent()).toContain('财预〔2013〕53号');
    await shot('rules-list');
    await national.click();
    await expect.poll(() => rules.getByTestId('rules-why').textContent()).toBe('由用户选择');
    expect(await rules.getByTestId('rules-name').textContent()).toMatch(/^全国·部门整体支出/);
    expect(await chooser.textContent()).toMatch(/^全国·部门整体支出/);
    expect(await banner().getAttribute('data-intent')).toBe('success');
    await shot('rules');

    // The ribbon's run reads the choice from the workbook: the pane, hearing of it, still lists it.
    await page.getByTestId('ribbon-recalculate').click();
    await expect.poll(() => banner().textContent()).toContain('功能区「重新计算」');
    await pane().getByRole('tab', { name: /概览/ }).click();
    expect(await rules.getByTestId('rules-why').textContent()).toBe('由用户选择');
    expect(await rules.getByTestId('rules-name').textContent()).toMatch(/^全国·部门整体支出/);

    await chooser.click();
    await pane()
      .getByRole('option', { name: /^自动识别/ })
      .click();
    await expect
      .poll(() => rules.getByTestId('rules-name').textContent())
      .toMatch(/^郑州·部门整体绩效自评表/);
  });

  it('the ribbon runs the same commands, showing the preview when one is due', async () => {
    await type('H5', '90');
    await page.getByTestId('ribbon-recalculate').click();
    const dialog = page.getByTestId('dialog-preview');
    await dialog.waitFor();
    expect(await dialog.locator('[data-cell="H5"]').textContent()).toMatch(/90.*99\.67/);
    expect(await cell('H5').textContent()).toBe('90');
    await page.screenshot({ path: `${outputDir}/ribbon-preview.png` });
    await dialog.getByRole('button', { name: '确认写入' }).click();
    await expect.poll(() => cell('H5').textContent()).toBe('99.67');
    // The pane hears of it and lists what is on the sheet.
    await expect.poll(() => banner().textContent()).toContain('功能区「重新计算」');

    await page.getByTestId('ribbon-undoLastWrite').click();
    await expect.poll(() => cell('H5').textContent()).toBe('90');
    await page.getByTestId('ribbon-recalculate').click();
    await page.getByTestId('dialog-preview').getByRole('button', { name: '取消' }).click();
    expect(await cell('H5').textContent()).toBe('90');

    await page.getByRole('button', { name: '关闭任务窗格' }).click();
    expect(await pane().count()).toBe(0);
    await page.getByTestId('ribbon-openPane').click();
    await pane().waitFor();
  });

  it('fits the 320 px pane without horizontal scrolling on every tab', async () => {
    for (const tab of [/概览/, /问题/, /表格识别/, /选项/]) {
      await pane().getByRole('tab', { name: tab }).click();
      const [scroll, client] = await pane().evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(client).toBeLessThanOrEqual(320);
      expect(scroll, String(tab)).toBeLessThanOrEqual(client);
    }
    await pane()
      .getByRole('tab', { name: /表格识别/ })
      .click();
    await shot('mapping');
  });
});
