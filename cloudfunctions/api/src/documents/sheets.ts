import ExcelJS from 'exceljs';
import type { QuotaDashboardRow } from '../../../../types/actions';

export interface Column {
  header: string;
  width: number;
}

export type Cell = string | number | null;

/** A station's year against its quota, as the dashboard and the society's report both lay it out. */
export const QUOTA_FIGURE_COLUMNS: readonly Column[] = [
  { header: '服务技术需求（项）', width: 12 },
  { header: '要求', width: 6 },
  { header: '服务专家（人）', width: 12 },
  { header: '要求', width: 6 },
  { header: '省外专家（人）', width: 12 },
  { header: '要求', width: 6 },
  { header: '确认服务（次）', width: 12 },
];

/** The cells under QUOTA_FIGURE_COLUMNS. */
export function quotaFigureCells(row: Pick<QuotaDashboardRow, 'figures' | 'quota' | 'confirmedVisits'>): number[] {
  return [
    row.figures.needsServed,
    row.quota.needsServed,
    row.figures.experts,
    row.quota.experts,
    row.figures.outOfProvinceExperts,
    row.quota.outOfProvinceExperts,
    row.confirmedVisits,
  ];
}

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
