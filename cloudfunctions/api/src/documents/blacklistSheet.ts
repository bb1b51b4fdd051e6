import ExcelJS from 'exceljs';
import type { SheetCell, SheetRow } from '../domain/blacklist';

/**
 * The first worksheet of an uploaded workbook as rows of plain cells, each by its Excel row
 * number; null when the bytes are not an .xlsx workbook. What the cells mean is decided by
 * `readBlacklistSheet`. At most `maxRows` rows are read: enough to tell that a sheet is longer than
 * any import may be.
 */
export async function sheetRows(bytes: Buffer, maxRows: number): Promise<SheetRow[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (rows.length >= maxRows) return;
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    rows.push({ row: number, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return rows;
}

/** Text as the person sees it in the cell: a formula by its result, rich text and links by their text. */
function cellValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || typeof result === 'object' ? null : (result as string | number);
  }
  if ('text' in value) return typeof value.text === 'string' ? value.text : null;
  if ('error' in value) return null;
  return null;
}
