// @vitest-environment jsdom
/**
 * manifest.xml: valid against Microsoft's XSDs (offline copy in ../shared), and the checks the
 * XSDs cannot make — every resid resolves to a resource of the right kind, every URL is https
 * and every icon exists, every <FunctionName> is registered by the function file, and the
 * declared requirement set is the one the adapter needs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MINIMUM_REQUIREMENT } from '../../src/excel/capabilities.js';
import { checkManifest } from '../../scripts/manifestChecks.js';

// Not import.meta.url: under the jsdom environment it is not a file: URL.
const root = `${path.resolve(__dirname, '../..')}/`;
const manifestPath = `${root}manifest.xml`;
const schema = `${root}../shared/schemas/office-manifest/OfficeAppManifestV1_1.xsd`;
// jsdom's DOMParser: the manifest as an XML document, namespaces and all.
const doc = new DOMParser().parseFromString(readFileSync(manifestPath, 'utf8'), 'text/xml');

const all = (selector: string) =>
  [...doc.getElementsByTagName('*')].filter((e) => e.localName === selector);
const resourcesIn = (section: string) =>
  new Map(
    all(section)
      .flatMap((s) => [...s.children])
      .map((e) => [e.getAttribute('id') ?? '', e] as const),
  );

describe('manifest.xml', () => {
  it.skipIf(!existsSync(schema))('validates against the Office add-in manifest XSD', () => {
    // Throws (and fails the test with xmllint's message) when the manifest is invalid.
    const out = execFileSync('xmllint', ['--noout', '--schema', schema, manifestPath], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
  });

  it('resolves every resid to a resource of the kind its element needs', () => {
    const kinds = {
      Images: resourcesIn('Images'),
      Urls: resourcesIn('Urls'),
      ShortStrings: resourcesIn('ShortStrings'),
      LongStrings: resourcesIn('LongStrings'),
    };
    const expectedKind = (element: Element): keyof typeof kinds => {
      const parent = element.parentElement?.localName;
      switch (element.localName) {
        case 'Image':
          return 'Images';
        case 'Label':
        case 'Title':
          return 'ShortStrings';
        case 'Description':
          return 'LongStrings';
        case 'FunctionFile':
        case 'SourceLocation':
        case 'LearnMoreUrl':
          return 'Urls';
        default:
          throw new Error(`unexpected resid on <${element.localName}> in <${parent}>`);
      }
    };
    const withResid = [...doc.getElementsByTagName('*')].filter((e) => e.hasAttribute('resid'));
    expect(withResid.length).toBeGreaterThan(20);
    for (const element of withResid) {
      const resid = element.getAttribute('resid') ?? '';
      const kind = expectedKind(element);
      expect(kinds[kind].has(resid), `<${element.localName} resid="${resid}"> in ${kind}`).toBe(
        true,
      );
    }
  });

  it('keeps resource ids unique and strings within Office limits', () => {
    const ids = ['Images', 'Urls', 'ShortStrings', 'LongStrings'].flatMap((s) => [
      ...resourcesIn(s).keys(),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    const lengths = (section: string) =>
      [...resourcesIn(section).values()].flatMap((e) => [
        e.getAttribute('DefaultValue') ?? '',
        ...[...e.children].map((o) => o.getAttribute('Value') ?? ''),
      ]);
    for (const s of lengths('ShortStrings')) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of lengths('LongStrings')) expect(s.length).toBeLessThanOrEqual(250);
  });

  it('uses https for every URL and points every icon at a file in assets/', () => {
    const urls = [...doc.getElementsByTagName('*')].flatMap((e) => [
      ...['DefaultValue', 'Value']
        .map((a) => e.getAttribute(a) ?? '')
        .filter((v) => /^[a-z]+:\/\//i.test(v)),
      ...(e.localName === 'AppDomain' ? [e.textContent ?? ''] : []),
    ]);
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) expect(url, url).toMatch(/^https:\/\//);
    const icons = urls.filter((u) => u.endsWith('.png'));
    for (const icon of icons) {
      const file = `${root}${new URL(icon).pathname.slice(1)}`;
      expect(existsSync(file), icon).toBe(true);
    }
  });

  it('is read by office-addin-manifest as the 自评助手 task pane for Excel', async () => {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    expect(info).toMatchObject({
      displayName: '自评助手',
      hosts: ['Workbook'],
      officeAppType: 'TaskPaneApp',
      defaultSettings: { sourceLocation: 'https://localhost:3000/taskpane.html' },
    });
  });

  it('passes the checks of npm run validate, which catch a broken copy', async () => {
    expect(await checkManifest(manifestPath, readFileSync(manifestPath, 'utf8'))).toEqual([]);
    const broken = readFileSync(manifestPath, 'utf8')
      .replace('<FunctionName>clearMarks</FunctionName>', '<FunctionName>clearAll</FunctionName>')
      .replace('https://localhost:3000/help.html', 'http://localhost:3000/help.html');
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'ziping-manifest-')), 'manifest.xml');
    writeFileSync(copy, broken);
    const problems = await checkManifest(copy, broken);
    expect(problems).toContain('<FunctionName>clearAll 没有在功能区命令中注册');
    expect(problems).toContain('功能区命令 clearMarks 在清单中没有按钮');
    expect(problems).toContain('URL 不是 https：http://localhost:3000/help.html');
  });

  it('declares the requirement set the adapter needs', () => {
    const sets = all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([[MINIMUM_REQUIREMENT.name, MINIMUM_REQUIREMENT.minVersion]]);
  });

  describe('function file', () => {
    const associated: string[] = [];
    beforeAll(async () => {
      vi.stubGlobal('Office', {
        onReady: () => Promise.resolve({}),
        actions: { associate: (name: string) => associated.push(name) },
      });
      await import('../../src/commands/commands.js');
    });
    afterAll(() => vi.unstubAllGlobals());

    it('registers every <FunctionName> with Office.actions.associate', () => {
      const names = all('FunctionName').map((e) => e.textContent?.trim() ?? '');
      expect(names).toEqual(['recalculate', 'clearMarks', 'undoLastWrite']);
      expect([...associated].sort()).toEqual([...names].sort());
    });

    it('has exactly one ShowTaskpane button, pointing at the task pane page', () => {
      const showTaskpane = all('Action').filter(
        (a) => a.getAttribute('xsi:type') === 'ShowTaskpane',
      );
      expect(showTaskpane).toHaveLength(1);
      const resid =
        showTaskpane[0]?.getElementsByTagName('SourceLocation')[0]?.getAttribute('resid') ?? '';
      expect(resourcesIn('Urls').get(resid)?.getAttribute('DefaultValue')).toMatch(
        /\/taskpane\.html$/,
      );
    });
  });
});
