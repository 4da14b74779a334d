/** The web build's configuration: where it writes, where office.js comes from, the manifest origin. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Configuration } from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import makeConfig, { officeJsFolder } from '../../webpack.config.js';

type Pattern = { from: string; to: string; transform?: (content: Buffer) => string };

const config = (): Configuration => makeConfig({}, { mode: 'production' }) as Configuration;
const pages = (c: Configuration) =>
  (c.plugins ?? []).filter((p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin);
const copied = (c: Configuration) => {
  const copy = (c.plugins ?? []).find((p) => p instanceof CopyWebpackPlugin) as unknown as {
    patterns: Pattern[];
  };
  return copy.patterns;
};

afterEach(() => vi.unstubAllEnvs());

describe('webpack.config.js', () => {
  it('builds into dist/web without cleaning the dist/ folder it shares with the CLI', () => {
    const c = config();
    expect(c.output?.path).toMatch(/dist[\\/]web$/);
    expect(c.output?.clean).toBeUndefined();
    expect(Object.keys(c.entry as object).sort()).toEqual([
      'commands',
      'demo',
      'notice',
      'preview',
      'taskpane',
    ]);
  });

  it("loads office.js from Microsoft's CDN by default", () => {
    for (const page of pages(config())) {
      expect(page.userOptions.officeJs).toBe(
        'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      );
    }
  });

  it('rewrites the manifest to ZIPING_ORIGIN and refuses a plain-http origin', () => {
    vi.stubEnv('ZIPING_ORIGIN', 'https://oa.example.gov.cn/ziping/');
    const manifest = copied(config()).find((p) => p.from === 'manifest.xml');
    const xml = manifest?.transform?.(readFileSync('manifest.xml')) ?? '';
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('https://oa.example.gov.cn/ziping/taskpane.html');
    vi.stubEnv('ZIPING_ORIGIN', 'http://oa.example.gov.cn');
    expect(config).toThrow(/https/);
  });

  it('with ZIPING_LOCAL_OFFICE_JS=1 points the pages at the office.js that npm ci installed', () => {
    vi.stubEnv('ZIPING_LOCAL_OFFICE_JS', '1');
    const local = config();
    for (const page of pages(local)) expect(page.userOptions.officeJs).toBe('office-js/office.js');
    // npm run build:intranet copies the package's folder there after the build.
    expect(officeJsFolder()).toMatch(/node_modules[\\/]@microsoft[\\/]office-js[\\/]dist$/);
  });
});
