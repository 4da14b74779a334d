/**
 * `npm run docs:rules`: writes the rule table of docs/rules.md from the registry
 * (src/engine/rules/registry.ts) — each rule's id, default severity, title, description and
 * module, in the registry's order — between the two markers; the hand-written sections
 * around it stay as they are. test/engine/rules-doc.test.ts fails when the file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { RULES } from '../src/engine/rules/registry.js';
import type { Rule } from '../src/engine/rules/rule.js';

export const RULES_DOC = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
const BEGIN =
  '<!-- rules:begin — generated from src/engine/rules/registry.ts by `npm run docs:rules` -->';
const END = '<!-- rules:end -->';

/** The document `current` should be: its table regenerated, formatted as Prettier would. */
export async function rulesDoc(current: string, rules: readonly Rule[] = RULES): Promise<string> {
  const begin = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (begin < 0 || end < begin)
    throw new Error(`docs/rules.md lacks the markers ${BEGIN} … ${END}`);
  const text = `${current.slice(0, begin + BEGIN.length)}\n\n${table(rules)}\n\n${current.slice(end)}`;
  const options = await prettier.resolveConfig(RULES_DOC);
  return prettier.format(text, { ...options, filepath: RULES_DOC });
}

function table(rules: readonly Rule[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| id | severity | title | when it reports | module |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map(
      (r) =>
        `| \`${r.id}\` | ${r.severity} | ${cell(r.title)} | ${cell(r.description)} | [\`${r.id}.ts\`](../src/engine/rules/${r.id}.ts) |`,
    ),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(RULES_DOC, await rulesDoc(await readFile(RULES_DOC, 'utf8')));
  console.log(`wrote ${path.relative(process.cwd(), RULES_DOC)}`);
}
