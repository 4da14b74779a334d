/** docs/rules.md is generated from the rule registry: it fails when the committed file is stale. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RULES_DOC, rulesDoc } from '../../scripts/rules-doc.js';
import { RULES } from '../../src/engine/rules/registry.js';

describe('docs/rules.md', () => {
  it('is what `npm run docs:rules` writes from the registry', async () => {
    const committed = await readFile(RULES_DOC, 'utf8');
    expect(committed, 'docs/rules.md is out of date: run `npm run docs:rules`').toBe(
      await rulesDoc(committed),
    );
  });

  it('lists every registered rule with its title and module', async () => {
    const committed = await readFile(RULES_DOC, 'utf8');
    for (const rule of RULES) {
      const line = committed.split('\n').find((l) => l.startsWith(`| \`${rule.id}\``));
      expect(line, rule.id).toContain(rule.title);
      expect(line, rule.id).toContain(`](../src/engine/rules/${rule.id}.ts)`);
    }
  });
});
