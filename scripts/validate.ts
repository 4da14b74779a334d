/**
 * `npm run validate`: manifest.xml checked offline — against Microsoft's XML schemas with
 * xmllint (Office's own online validation is not reachable from government networks), read by
 * office-addin-manifest, and held to the project's consistency checks (scripts/manifestChecks.ts).
 *
 *   ZIPING_MANIFEST_SCHEMAS=dir   where the XSDs are (default: ../shared/schemas/office-manifest)
 *   npm run validate -- path/to/manifest.xml   another manifest (e.g. dist/web/manifest.xml)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkManifest } from './manifestChecks.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const manifest = path.resolve(process.argv[2] ?? path.join(root, 'manifest.xml'));
const schemas = path.resolve(
  process.env.ZIPING_MANIFEST_SCHEMAS ?? path.join(root, '../shared/schemas/office-manifest'),
);
const schema = path.join(schemas, 'OfficeAppManifestV1_1.xsd');

let failed = false;
const fail = (message: string) => {
  console.error(`✗ ${message}`);
  failed = true;
};

if (!existsSync(schema)) {
  fail(
    `找不到清单的 XML 架构 ${schema}（设置 ZIPING_MANIFEST_SCHEMAS 指向含 OfficeAppManifestV1_1.xsd 的文件夹）。`,
  );
} else {
  try {
    execFileSync('xmllint', ['--noout', '--schema', schema, manifest], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    console.log(`✓ 符合 Office 加载项清单的 XML 架构（${path.relative(root, schema)}）`);
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim();
    fail(
      detail
        ? `XML 架构校验未通过：\n${detail}`
        : `无法运行 xmllint（Debian：apt-get install libxml2-utils）。`,
    );
  }
}

const problems = await checkManifest(manifest, readFileSync(manifest, 'utf8'));
for (const problem of problems) fail(problem);
if (problems.length === 0)
  console.log('✓ office-addin-manifest 读取正常；资源、https、图标、功能区命令和要求集一致');

if (failed) process.exitCode = 1;
else console.log(`清单有效：${path.relative(process.cwd(), manifest) || manifest}`);
