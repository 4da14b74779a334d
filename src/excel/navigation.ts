/** Moving the user's eye: listing sheets for the pane and selecting a finding's cell. */

export async function listSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load('items/name, items/visibility'); // ExcelApi 1.1
  await context.sync();
  // Hidden sheets are not the user's tables to check.
  return sheets.items.filter((s) => s.visibility === 'Visible').map((s) => s.name);
}

export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate(); // ExcelApi 1.1
  worksheet.getRange(address).select(); // ExcelApi 1.1
  await context.sync();
}
