/**
 * What a generated workbook must keep when its spec is rewritten: sheet names, merges, each
 * cell's value and number format. Shared by the tests that compare a committed .xlsx (examples/,
 * corpus/) with the one its spec builds now.
 */
import ExcelJS from 'exceljs';

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A merged area's non-top-left cells report the master's value; they hold nothing of their own. */
export function isSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

export function contents(workbook: ExcelJS.Workbook) {
  return workbook.worksheets.map((ws) => {
    const cells: Record<string, { value: ExcelJS.CellValue; fmt: string | undefined }> = {};
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!isSlave(cell)) cells[cell.address] = { value: cell.value, fmt: cell.numFmt };
      }),
    );
    return { name: ws.name, merges: [...ws.model.merges].sort(), cells };
  });
}
