/** Where --write puts each copy: a file, a folder, or a {name} pattern. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planOutputs } from '../../src/cli/outputPaths.js';

const outputsOf = (plan: ReturnType<typeof planOutputs>) =>
  plan.ok ? Object.fromEntries(plan.outputs) : plan.message;

describe('planOutputs', () => {
  it('writes a single file where asked', () => {
    expect(outputsOf(planOutputs(['a/自评表.xlsx'], 'b/结果.xlsx', false))).toEqual({
      'a/自评表.xlsx': 'b/结果.xlsx',
    });
  });

  it('puts copies in a folder under their own names', () => {
    expect(outputsOf(planOutputs(['x/a.xlsx', 'y/b.xlsx'], 'out', true))).toEqual({
      'x/a.xlsx': path.join('out', 'a.xlsx'),
      'y/b.xlsx': path.join('out', 'b.xlsx'),
    });
  });

  it('treats a trailing slash as a folder even before it exists', () => {
    expect(outputsOf(planOutputs(['a.xlsx', 'b.xlsx'], 'out/', false))).toEqual({
      'a.xlsx': path.join('out', 'a.xlsx'),
      'b.xlsx': path.join('out', 'b.xlsx'),
    });
  });

  it('fills {name} with each file name without its extension', () => {
    expect(
      outputsOf(planOutputs(['in/上街区.xlsx', 'in/广州.xlsm'], '结果/{name}-已检查.xlsx', false)),
    ).toEqual({
      'in/上街区.xlsx': '结果/上街区-已检查.xlsx',
      'in/广州.xlsm': '结果/广州-已检查.xlsm',
    });
  });

  it('names a folder copy after its input’s kind: macros stay .xlsm, the rest is .xlsx', () => {
    expect(outputsOf(planOutputs(['宏.xlsm', '旧.xls', '表.ods'], 'out', true))).toEqual({
      '宏.xlsm': path.join('out', '宏.xlsm'),
      '旧.xls': path.join('out', '旧.xlsx'),
      '表.ods': path.join('out', '表.xlsx'),
    });
  });

  it('refuses to give a macro workbook’s copy another extension', () => {
    expect(outputsOf(planOutputs(['宏.xlsm'], '宏-已检查.xlsx', false))).toMatch(
      /「宏\.xlsm」的副本须与它同为 \.xlsm 文件.*宏-已检查\.xlsx/,
    );
  });

  it('refuses a copy that would not be an .xlsx', () => {
    expect(outputsOf(planOutputs(['a.xlsx'], 'a-checked.xlsm', false))).toMatch(
      /须是 \.xlsx.*a-checked\.xlsm/,
    );
    expect(outputsOf(planOutputs(['a.xlsx'], '{name}.pdf', false))).toMatch(/须是 \.xlsx/);
  });

  it('refuses one file name for several inputs', () => {
    expect(outputsOf(planOutputs(['a.xlsx', 'b.xlsx'], 'out.xlsx', false))).toMatch(
      /文件夹.*\{name\}/,
    );
  });

  it('refuses two inputs that would land on the same copy', () => {
    expect(outputsOf(planOutputs(['2021/表.xlsx', '2022/表.xlsx'], 'out', true))).toMatch(
      /「2021\/表\.xlsx」和「2022\/表\.xlsx」.*out/,
    );
  });
});
