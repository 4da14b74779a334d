/**
 * Draws the ribbon and add-in icons as SVG and renders them to PNG with the local Chromium,
 * so the committed PNGs can be regenerated (`npx tsx scripts/make-icons.ts`). Shapes only, no
 * text: glyphs would depend on the fonts of whoever runs this.
 */
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const BLUE = '#0F6CBD';
const GREEN = '#107C41';
const RED = '#C50F1F';
const GREY = '#616161';

/** Each icon drawn on a 32×32 canvas; scaled for 16 and 80 px. */
const icons: Record<string, string> = {
  // The add-in: a sheet with a check mark (自评 = a table checked).
  ziping: `
    <rect x="3" y="3" width="26" height="26" rx="5" fill="${GREEN}"/>
    <path d="M7 10h18M7 16h18M7 22h10M13 6v20" stroke="#fff" stroke-opacity=".45" stroke-width="1.6"/>
    <path d="M15.5 21.5l4 4 8-9" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // 重新计算: a circular arrow around a sum.
  recalc: `
    <path d="M26 16a10 10 0 1 1-3-7.1" fill="none" stroke="${GREEN}" stroke-width="3" stroke-linecap="round"/>
    <path d="M24.5 3.5v6.5h-6.5" fill="none" stroke="${GREEN}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>
    <path d="M20 11.5h-8l4.5 4.5-4.5 4.5h8" fill="none" stroke="${BLUE}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`,
  // 清除标记: an eraser over a flagged cell.
  clear: `
    <rect x="3" y="19" width="12" height="9" rx="1.5" fill="${RED}" fill-opacity=".25" stroke="${RED}" stroke-width="1.6"/>
    <path d="M12.5 19.5l10-10a2.5 2.5 0 0 1 3.5 0l2.5 2.5a2.5 2.5 0 0 1 0 3.5l-10 10a2.5 2.5 0 0 1-3.5 0l-2.5-2.5a2.5 2.5 0 0 1 0-3.5z" fill="${BLUE}"/>
    <path d="M17 15l6 6" stroke="#fff" stroke-width="2"/>`,
  // 撤销本次写入: an undo arrow.
  undo: `
    <path d="M9 12h11a7 7 0 0 1 0 14h-6" fill="none" stroke="${BLUE}" stroke-width="3.2" stroke-linecap="round"/>
    <path d="M14 6l-6 6 6 6" fill="none" stroke="${BLUE}" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // 打开面板: a window with a side pane.
  pane: `
    <rect x="3" y="5" width="26" height="22" rx="3" fill="#fff" stroke="${GREY}" stroke-width="2"/>
    <rect x="18" y="6" width="10" height="20" fill="${GREEN}" fill-opacity=".9"/>
    <path d="M20.5 11h5M20.5 15h5M20.5 19h3.5" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>
    <path d="M7 11h7M7 15h7M7 19h7" stroke="${GREY}" stroke-width="1.6" stroke-linecap="round"/>`,
};

const sizes: Record<string, readonly number[]> = {
  ziping: [16, 32, 64, 80, 128],
  recalc: [16, 32, 80],
  clear: [16, 32, 80],
  undo: [16, 32, 80],
  pane: [16, 32, 80],
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const [name, body] of Object.entries(icons)) {
    for (const size of sizes[name] ?? []) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${body}</svg>` +
          `</body></html>`,
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await writeFile(new URL(`../assets/${name}-${size}.png`, import.meta.url), png);
    }
  }
} finally {
  await browser.close();
}
