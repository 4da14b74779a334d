/** The mapping form's checks, field by field, and the override a valid form saves. */
import { describe, expect, it } from 'vitest';
import { draftFrom, parseRange, toOverride, validate } from '../../src/taskpane/mappingForm.js';
import { sampleSheet } from './doubles.js';

const mapping = sampleSheet.mapping!;
const draft = draftFrom(mapping);

describe('the mapping form', () => {
  it('accepts the recognised mapping as it is', () => {
    expect(validate(draft, false)).toMatchObject({ errors: {}, valid: { headerRow: 10 } });
  });

  it('reads ranges typed with a Chinese input method (full-width letters, digits and colon)', () => {
    expect(parseRange('Ａ２０：Ｉ６５')).toEqual({ top: 19, left: 0, bottom: 64, right: 8 });
    expect(parseRange(' i65 : a20 ')).toEqual({ top: 19, left: 0, bottom: 64, right: 8 });
    expect(parseRange('A20-I65')).toBeNull();
    expect(validate({ ...draft, headerRow: '１１' }, false).errors).toEqual({});
  });

  it('puts each problem at its field', () => {
    const { errors, valid } = validate(
      {
        headerRow: '70',
        range: 'A11:I57',
        columns: { ...draft.columns, score: '6', cap: '', reason: '12' },
      },
      false,
    );
    expect(valid).toBeNull();
    expect(errors).toEqual({
      headerRow: '表头行应在表格范围之内（第 11–57 行）。',
      cap: '请选择「分值」所在的列。',
      reason: 'M 列不在表格范围 A11:I57 之内。',
    });
  });

  it('allows one role per column, and no 分值 column beside an execution block', () => {
    const twice = validate({ ...draft, columns: { ...draft.columns, actual: '7' } }, false);
    expect(twice.errors).toEqual({ score: 'H 列已选作「实际完成值」，每列只能对应一项。' });
    const execution = validate({ ...draft, columns: { ...draft.columns, cap: '' } }, true);
    expect(execution.errors).toEqual({});
  });

  it('saves only what differs from recognition, on top of an earlier correction', () => {
    const edited = { ...draft, columns: { ...draft.columns, scoreRate: '8', reason: '' } };
    const { valid } = validate(edited, false);
    expect(valid).not.toBeNull();
    expect(toOverride(edited, valid!, mapping, { headerRow: 10 }, false)).toEqual({
      headerRow: 10,
      columns: { scoreRate: 8, reason: null },
    });
    expect(toOverride(draft, validate(draft, false).valid!, mapping, null, true)).toEqual({
      confirmed: true,
    });
  });
});
