/**
 * The registry is the rules' one list: every id of the RuleId union is registered once, each
 * rule lives in the module named after its id, and each has its own test file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/rules/registry.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const list = (dir: string) => readdirSync(new URL(dir, root));

/** The members of `RuleId` as report.ts spells them. */
function ruleIdUnion(): string[] {
  const union = /export type RuleId =([^;]+);/.exec(read('src/engine/report.ts'))?.[1] ?? '';
  return [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
}

const ids = RULES.map((r) => r.id);

describe('the rule registry', () => {
  it('registers every id of the RuleId union exactly once, and nothing else', () => {
    const union = ruleIdUnion();
    expect(union.length).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual([...union].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ids)('%s lives in src/engine/rules/%s.ts', async (id) => {
    const module: Record<string, unknown> = await import(`../../src/engine/rules/${id}.ts`);
    expect(Object.values(module)).toContain(RULES.find((r) => r.id === id));
  });

  it('has no rule module outside the registry', async () => {
    for (const file of list('src/engine/rules/')) {
      const module: Record<string, unknown> = await import(`../../src/engine/rules/${file}`);
      for (const value of Object.values(module)) {
        if (isRuleLike(value)) expect(RULES, `${file} exports ${value.id}`).toContain(value);
      }
    }
  });

  it.each(ids)('%s has its test, test/engine/rules/%s.test.ts, running that rule', (id) => {
    expect(read(`test/engine/rules/${id}.test.ts`)).toContain(`src/engine/rules/${id}.js'`);
  });

  it('has no rule test for a rule it does not register', () => {
    const tested = list('test/engine/rules/').map((f) => f.replace(/\.test\.ts$/, ''));
    expect(tested.filter((id) => !ids.includes(id as (typeof ids)[number]))).toEqual([]);
  });
});

function isRuleLike(value: unknown): value is { id: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'severity' in value &&
    'description' in value
  );
}
