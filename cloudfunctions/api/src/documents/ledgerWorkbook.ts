import ExcelJS from 'exceljs';
import type { LedgerOverview, LedgerTotals } from '../../../../types/actions';
import {
  EXPENSE_CATEGORIES,
  EXPENSE_CATEGORY_LABELS,
  GRANT_KIND_LABELS,
  LEDGER_ENTRY_KIND_LABELS,
  LEVEL_SHORT_LABELS,
  STATION_STATUS_LABELS,
} from '../../../../types/catalogue';
import type { LedgerEntry } from '../../../../types/ledger';
import { localDateTime } from '../domain/calendar';
import { tableSheet, toBuffer, type Cell, type Column } from './sheets';

const BALANCE_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '工作站', width: 30 },
  { header: '所属学会', width: 22 },
  { header: '级别', width: 8 },
  { header: '状态', width: 8 },
  { header: '拨款（元）', width: 14 },
  { header: '支出（元）', width: 14 },
  { header: '退还（元）', width: 14 },
  { header: '结余（元）', width: 14 },
  ...EXPENSE_CATEGORIES.map((category) => ({ header: `${EXPENSE_CATEGORY_LABELS[category]}（元）`, width: 13 })),
];

/** 序号 to 状态; every column after them is an amount. */
const LABEL_COLUMNS = 5;

const ENTRY_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '日期', width: 12 },
  { header: '工作站', width: 30 },
  { header: '所属学会', width: 22 },
  { header: '类型', width: 8 },
  { header: '类别', width: 16 },
  { header: '金额（元）', width: 14 },
  { header: '收款方', width: 20 },
  { header: '说明', width: 36 },
  { header: '文号', width: 22 },
  { header: '理由', width: 30 },
  { header: '票据（份）', width: 9 },
  { header: '记录人', width: 10 },
  { header: '记录时间', width: 17 },
];

/** Fen as the yuan a cell holds; the cell's format shows two decimals. */
const yuan = (fen: number) => fen / 100;

function amounts(totals: LedgerTotals): number[] {
  const byCategory = new Map(totals.byCategory.map((line) => [line.category, line.amountFen]));
  return [
    totals.grantedFen,
    totals.spentFen,
    totals.refundedFen,
    totals.balanceFen,
    ...EXPENSE_CATEGORIES.map((category) => byCategory.get(category) ?? 0),
  ].map(yuan);
}

function entryKindDetail(entry: LedgerEntry): string {
  if (entry.kind === 'expense') return entry.category ? EXPENSE_CATEGORY_LABELS[entry.category] : '';
  if (entry.kind === 'grant') {
    const kind = entry.grantKind ? GRANT_KIND_LABELS[entry.grantKind] : '';
    return entry.assessmentYear ? `${kind}（${entry.assessmentYear} 年度考核）` : kind;
  }
  return '';
}

/**
 * Sheet 1: each station's balance and its spending by category, with the 合计 row; sheet 2: every
 * entry behind them, by station and date.
 */
export async function ledgerWorkbook(
  overview: LedgerOverview,
  entries: readonly LedgerEntry[],
  filterWords: readonly string[],
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = generatedAt;
  const scope = filterWords.length > 0 ? `（${filterWords.join('；')}）` : '';
  const made = `（导出时间 ${localDateTime(generatedAt)}）`;

  const balances = tableSheet(workbook, '经费结余', `工作站经费结余及支出${scope}${made}`, BALANCE_COLUMNS);
  overview.rows.forEach((row, index) => {
    balances.addRow([
      index + 1,
      row.stationName,
      row.societyName,
      LEVEL_SHORT_LABELS[row.level],
      STATION_STATUS_LABELS[row.stationStatus],
      ...amounts(row),
    ]);
  });
  // Values rather than formulas: readers that do not recalculate (previews, phone viewers) show them.
  balances.addRow(['合计', `${overview.rows.length} 个工作站`, null, null, null, ...amounts(overview.totals)]).font = {
    bold: true,
  };
  for (let column = LABEL_COLUMNS + 1; column <= BALANCE_COLUMNS.length; column += 1) {
    balances.getColumn(column).numFmt = '#,##0.00';
  }

  const stations = new Map(overview.rows.map((row) => [row.stationId, row]));
  const ordered = entries
    .filter((entry) => stations.has(entry.stationId))
    .sort(
      (a, b) =>
        stations.get(a.stationId)!.stationName.localeCompare(stations.get(b.stationId)!.stationName, 'zh-CN') ||
        a.date.localeCompare(b.date) ||
        a.recordedAt.localeCompare(b.recordedAt),
    );
  const detail = tableSheet(workbook, '经费明细', `工作站经费明细${scope}${made}`, ENTRY_COLUMNS);
  ordered.forEach((entry, index) => {
    const station = stations.get(entry.stationId)!;
    // null, not '': a blank cell, which COUNTA and filters treat as empty.
    const row: Cell[] = [
      index + 1,
      entry.date,
      station.stationName,
      station.societyName,
      LEDGER_ENTRY_KIND_LABELS[entry.kind],
      entryKindDetail(entry) || null,
      yuan(entry.amountFen),
      entry.payee ?? null,
      entry.note,
      entry.documentNumber ?? null,
      entry.reason ?? null,
      entry.receipts?.length ?? 0,
      entry.recordedByName || null,
      localDateTime(entry.recordedAt),
    ];
    detail.addRow(row);
  });
  detail.getColumn(7).numFmt = '#,##0.00';
  return toBuffer(workbook);
}
