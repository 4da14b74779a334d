/**
 * Running the CLI in-process and capturing what it prints; writing workbooks the fake engine
 * reads. Files are checked on this thread (a mocked engine does not reach worker threads;
 * the worker pool is tested through the real process in process.test.ts).
 */
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/cli.js';
import { inProcess } from '../../src/cli/runners.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runZiping(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    inProcess,
  );
  return { code, stdout, stderr };
}

/** One sheet per entry; A1 holds the fake engine's marker (see fakeEngine.ts). */
export async function writeMarkedWorkbook(
  file: string,
  sheets: Readonly<Record<string, string>>,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, marker] of Object.entries(sheets)) {
    const ws = workbook.addWorksheet(name);
    ws.getCell('A1').value = marker;
    ws.getCell('B2').value = 12;
    ws.getCell('C3').value = 9;
    ws.getCell('E1').value = { formula: 'B2+C3', result: 21 };
    ws.mergeCells('A4:C4');
  }
  await workbook.xlsx.writeFile(file);
}
