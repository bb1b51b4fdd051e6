import ExcelJS from 'exceljs';

export interface Column {
  header: string;
  width: number;
}

export type Cell = string | number | null;

/**
 * A title row across the table, then a bold header row that stays in view while the reader
 * scrolls; returns the sheet for the caller's rows.
 */
export function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: Column[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map(({ width }) => ({ width }));
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, columns.length);
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  return sheet;
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
