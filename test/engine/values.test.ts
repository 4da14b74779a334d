/** Cell readings and targets: the forms published tables actually use. */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/engine/text/normalize.js';
import { readCell, tolerance } from '../../src/engine/values/reading.js';
import { parseActual, parseTarget } from '../../src/engine/values/target.js';

describe('normalizeText', () => {
  it('folds full-width forms and removes every kind of white space', () => {
    expect(normalizeText('指 标 值\n（%）')).toBe('指标值(%)');
    expect(normalizeText('分　值')).toBe('分值');
    expect(normalizeText('≧９５％')).toBe('≥95%');
  });
});

describe('readCell', () => {
  it('reads a % format as a fraction and its shown decimals', () => {
    expect(readCell({ value: 0.9551, format: '0.00%' })).toEqual({
      kind: 'number',
      value: 0.9551,
      percent: true,
      decimals: 4,
    });
  });
  it('reads numbers stored as text, with thousands separators and full-width digits', () => {
    expect(readCell({ value: '39,481.84' })).toMatchObject({
      kind: 'number',
      value: 39481.84,
      decimals: 2,
    });
    expect(readCell({ value: '９５％' })).toMatchObject({
      kind: 'number',
      value: 0.95,
      percent: true,
    });
  });
  it('reads amounts with their unit, 万 alone included ("125.25万", as 鄂州 and 遂宁 type them)', () => {
    for (const [text, value] of [
      ['125.25万', 125.25],
      ['4753.66万元', 4753.66],
      ['1,234.50元', 1234.5],
      ['2.38  万元', 2.38],
    ] as const)
      expect(readCell({ value: text }), text).toMatchObject({ kind: 'number', value });
    expect(readCell({ value: '万元' }).kind).toBe('text');
  });
  it('reads "/", "—" and blanks as empty, words as text, Excel errors as errors', () => {
    expect(readCell({ value: '/' }).kind).toBe('empty');
    expect(readCell({ value: '——' }).kind).toBe('empty');
    expect(readCell({ value: '完整' })).toEqual({ kind: 'text', text: '完整' });
    expect(readCell({ value: { error: '#N/A' } })).toEqual({ kind: 'error', code: '#N/A' });
  });
  it('tolerates half the last shown decimal: a stated 8.95 for 8.951 is right', () => {
    const stated = readCell({ value: 8.95, format: '0.00' });
    expect(Math.abs(8.951 - 8.95) <= tolerance(stated)).toBe(true);
    expect(Math.abs(8.96 - 8.95) <= tolerance(stated)).toBe(false);
  });
});

describe('parseTarget', () => {
  const t = (value: string | number, unit = '', format?: string) =>
    parseTarget(readCell(format ? { value, format } : { value }), unit, null);

  it.each([
    ['≥95%', '>=', 0.95],
    ['>=95%', '>=', 0.95],
    ['＞＝95%', '>=', 0.95],
    ['≧95%', '>=', 0.95],
    ['不低于95%', '>=', 0.95],
    ['不少于 3 次', '>=', 3],
    ['95%以上', '>=', 0.95],
    ['≤20%', '<=', 0.2],
    ['≦20%', '<=', 0.2],
    ['不超过20%', '<=', 0.2],
    ['20%以内', '<=', 0.2],
    ['=100%', '=', 1],
    ['≥1份', '>=', 1],
  ])('%s → %s %d', (text, op, value) => {
    expect(t(text)).toMatchObject({ kind: 'quantitative', op, quantity: { value } });
  });

  it('reads a bare number with unit % as a percentage', () => {
    expect(t(95, '%')).toMatchObject({
      kind: 'quantitative',
      op: '>=',
      quantity: { value: 0.95, percent: true },
    });
    expect(t('95', '%')).toMatchObject({ quantity: { value: 0.95 } });
  });

  it('keeps words and dates qualitative', () => {
    expect(t('科学')).toEqual({ kind: 'qualitative', text: '科学' });
    expect(t('2021年底前完成').kind).toBe('qualitative');
    // A month of the year is a deadline (宣城 2021: "11月底前" met in "10月"), a count of
    // months a quantity.
    expect(t('11月底前').kind).toBe('qualitative');
    expect(t('10月').kind).toBe('qualitative');
    expect(t('≤12个月')).toMatchObject({ kind: 'quantitative', op: '<=', quantity: { value: 12 } });
    expect(t('完成率').kind).toBe('qualitative');
  });

  it('reads actual values in every percentage form', () => {
    expect(parseActual(readCell({ value: 0.3, format: '0%' }), '%')).toEqual({
      value: 0.3,
      percent: true,
    });
    expect(parseActual(readCell({ value: '30%' }), '%')).toEqual({ value: 0.3, percent: true });
    expect(parseActual(readCell({ value: 30 }), '%')).toEqual({ value: 0.3, percent: true });
    expect(parseActual(readCell({ value: '完整' }), '%')).toBeNull();
  });
});
