/**
 * What the XML schema cannot check in manifest.xml, for `npm run validate` and the manifest test:
 * every resid resolves to a resource, every URL is https and every icon is a file in assets/,
 * every <FunctionName> is a ribbon command the function file registers, and the requirement set
 * is the one the adapter needs. `office-addin-manifest` reads the manifest's identity.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { RIBBON_COMMANDS } from '../src/addin/outcome.js';
import { MINIMUM_REQUIREMENT } from '../src/excel/capabilities.js';

const RESOURCE_SECTIONS = ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const;

/** The problems found, one sentence each; empty when the manifest is consistent. */
export async function checkManifest(manifestPath: string, xml: string): Promise<string[]> {
  const problems: string[] = [];
  const root = path.dirname(manifestPath);
  const info = await OfficeAddinManifest.readManifestFile(manifestPath);
  if (!info.id || !/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(info.id))
    problems.push(`<Id> 不是 GUID：${info.id ?? '（无）'}`);
  if (!info.version || !/^\d+(\.\d+){3}$/.test(info.version))
    problems.push(`<Version> 应为四段数字：${info.version ?? '（无）'}`);
  if (info.displayName !== '自评助手')
    problems.push(`<DisplayName> 应为「自评助手」：${info.displayName}`);
  if (!info.hosts?.includes('Workbook')) problems.push('<Hosts> 没有 Workbook（Excel）');
  if (!info.defaultSettings?.sourceLocation?.endsWith('/taskpane.html'))
    problems.push('<SourceLocation> 应指向 taskpane.html');

  const ids = new Map<string, string>();
  for (const section of RESOURCE_SECTIONS) {
    const body = new RegExp(`<bt:${section}>([\\s\\S]*?)</bt:${section}>`).exec(xml)?.[1] ?? '';
    for (const [, id] of body.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)) {
      if (ids.has(id!)) problems.push(`资源 id「${id}」重复`);
      ids.set(id!, section);
    }
  }
  const expected: Readonly<Record<string, (typeof RESOURCE_SECTIONS)[number]>> = {
    Image: 'Images',
    Label: 'ShortStrings',
    Title: 'ShortStrings',
    Description: 'LongStrings',
    FunctionFile: 'Urls',
    SourceLocation: 'Urls',
    LearnMoreUrl: 'Urls',
  };
  for (const [, element, resid] of xml.matchAll(/<(?:bt:)?(\w+)[^>]*\sresid="([^"]+)"/g)) {
    const want = expected[element!];
    if (!want) problems.push(`<${element}> 不应带 resid`);
    else if (ids.get(resid!) !== want)
      problems.push(`<${element} resid="${resid}"> 在 ${want} 中找不到`);
  }

  const urls = [
    ...[...xml.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]+)"/gi)].map((m) => m[1]!),
    ...[...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]!),
  ];
  for (const url of urls) {
    if (!url.startsWith('https://')) problems.push(`URL 不是 https：${url}`);
    if (url.endsWith('.png') && !existsSync(path.join(root, new URL(url).pathname.slice(1))))
      problems.push(`图标文件不存在：${url}`);
  }

  const functions = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) =>
    m[1]!.trim(),
  );
  const registered: readonly string[] = RIBBON_COMMANDS;
  for (const name of functions)
    if (!registered.includes(name)) problems.push(`<FunctionName>${name} 没有在功能区命令中注册`);
  for (const name of registered)
    if (!functions.includes(name)) problems.push(`功能区命令 ${name} 在清单中没有按钮`);

  const sets = [...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  );
  const wanted = `${MINIMUM_REQUIREMENT.name} ${MINIMUM_REQUIREMENT.minVersion}`;
  if (sets.length !== 1 || sets[0] !== wanted)
    problems.push(`<Requirements> 应只声明 ${wanted}，现为：${sets.join('、') || '（无）'}`);
  return problems;
}
