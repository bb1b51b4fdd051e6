import ExcelJS from 'exceljs';
import type { AuditEntryView, AuditFilter } from '../../../../types/actions';
import { AUDIT_ACTION_LABELS, AUDIT_EXPORT_MAX_ROWS } from '../../../../types/catalogue/audit';
import { ROLE_LABELS } from '../../../../types/catalogue/roles';
import { changeWords } from '../domain/audit';
import { localDateTime } from '../domain/calendar';
import { tableSheet, toBuffer, type Cell, type Column } from './sheets';

const COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '时间', width: 17 },
  { header: '操作人', width: 12 },
  { header: '身份', width: 12 },
  { header: '操作', width: 20 },
  { header: '工作站', width: 28 },
  { header: '学会', width: 22 },
  { header: '对象', width: 16 },
  { header: '变更（字段：原值 → 新值）', width: 40 },
  { header: '说明', width: 40 },
];

/** The filter in the title's words: the dates and the action; the places show in their columns. */
function filterWords(filter: AuditFilter): string[] {
  return [
    filter.from || filter.to ? `${filter.from ?? '最早'} 至 ${filter.to ?? '今日'}` : '',
    filter.action ? AUDIT_ACTION_LABELS[filter.action] : '',
  ].filter(Boolean);
}

/**
 * One sheet, one row an entry, newest first, times in Asia/Shanghai. When more entries matched
 * than the sheet holds, a line under the title says so, and how to narrow the filters.
 */
export async function auditWorkbook(
  entries: readonly AuditEntryView[],
  total: number,
  filter: AuditFilter,
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = generatedAt;
  const words = filterWords(filter);
  const scope = words.length > 0 ? `（${words.join('；')}）` : '';
  const capped = total > entries.length ? `（共 ${total} 条，仅列出最新 ${entries.length} 条）` : '';
  const made = `（导出时间 ${localDateTime(generatedAt)}）`;
  const sheet = tableSheet(workbook, '操作记录', `操作记录${scope}${capped}${made}`, COLUMNS);
  entries.forEach((entry, index) => {
    // null, not '': a blank cell, which COUNTA and filters treat as empty.
    const row: Cell[] = [
      index + 1,
      localDateTime(entry.at),
      entry.actorName,
      entry.role ? ROLE_LABELS[entry.role] : null,
      entry.actionLabel,
      entry.stationName ?? null,
      entry.societyName ?? null,
      entry.subjectName ?? entry.subject ?? null,
      changeWords(entry.changes) || null,
      entry.detail ?? null,
    ];
    sheet.addRow(row).alignment = { vertical: 'top', wrapText: true };
  });
  if (total > entries.length) {
    const note = sheet.addRow([
      `共有 ${total} 条记录符合条件，本表只列出最新的 ${AUDIT_EXPORT_MAX_ROWS} 条；请缩小日期范围或按工作站、操作筛选后分次导出。`,
    ]);
    note.font = { bold: true, color: { argb: 'FFB42318' } };
    sheet.mergeCells(note.number, 1, note.number, COLUMNS.length);
  }
  return toBuffer(workbook);
}
