// The baseline of issue 7: ExcelJS merely loading a workbook (what ziping check did first).
/* global process -- a Node script; the shared ESLint config declares no Node globals for .js */
import ExcelJS from 'exceljs';

await new ExcelJS.Workbook().xlsx.readFile(process.argv[2]);
