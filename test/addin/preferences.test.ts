import { describe, expect, it } from 'vitest';
import { loadRunOptions, saveRunOptions } from '../../src/addin/preferences.js';
import { DEFAULT_RUN_OPTIONS } from '../../src/excel/actions.js';
import { memoryStore } from '../taskpane/doubles.js';

describe('remembered run options', () => {
  it('round-trips through the store', () => {
    const store = memoryStore();
    saveRunOptions(store, { writeValues: false, notes: false, sheets: ['表1'] });
    expect(loadRunOptions(store)).toEqual({ writeValues: false, notes: false, sheets: ['表1'] });
  });

  it('falls back to the defaults on nothing, garbage or a failing storage', () => {
    expect(loadRunOptions(undefined)).toEqual(DEFAULT_RUN_OPTIONS);
    expect(loadRunOptions(memoryStore({ 'ziping.runOptions': '{not json' }))).toEqual(
      DEFAULT_RUN_OPTIONS,
    );
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(loadRunOptions(broken)).toEqual(DEFAULT_RUN_OPTIONS);
    expect(() => saveRunOptions(broken, DEFAULT_RUN_OPTIONS)).not.toThrow();
  });

  it('keeps valid fields and drops invalid ones', () => {
    const store = memoryStore({
      'ziping.runOptions': JSON.stringify({ writeValues: false, notes: 'yes', sheets: [] }),
    });
    expect(loadRunOptions(store)).toEqual({ writeValues: false, notes: true, sheets: 'active' });
  });
});
