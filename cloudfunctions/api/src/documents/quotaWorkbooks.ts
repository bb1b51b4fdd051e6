import ExcelJS from 'exceljs';
import type { QuotaDashboard, QuotaDashboardRow } from '../../../../types/actions';
import {
  INDUSTRY_LABELS,
  LEVEL_SHORT_LABELS,
  PRESENCE_PROOF_LABELS,
  QUOTA_STATUS_LABELS,
  STATION_STATUS_LABELS,
  SERVICE_TYPE_LABELS,
  VISIT_STATUS_LABELS,
} from '../../../../types/catalogue';
import type { Visit } from '../../../../types/domain';
import { localDateTime } from '../domain/calendar';
import { QUOTA_FIGURE_COLUMNS, quotaFigureCells, tableSheet, toBuffer, type Cell, type Column } from './sheets';

export interface DashboardExport {
  year: number;
  rows: QuotaDashboardRow[];
  /** The dashboard's totals: every station under its filters but the status one. */
  totals: QuotaDashboard['totals'];
  /** The filter in words, named in the title; none when the sheet holds every station. */
  filterWords: readonly string[];
  /** The rows were narrowed to one status, so they may be fewer than the totals count. */
  byStatus: boolean;
}

const DASHBOARD_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '工作站', width: 30 },
  { header: '所属学会', width: 24 },
  { header: '级别', width: 8 },
  { header: '产业', width: 22 },
  { header: '状态', width: 10 },
  { header: '运行状态', width: 10 },
  { header: '合作协议', width: 10 },
  ...QUOTA_FIGURE_COLUMNS,
  { header: '名册专家（人）', width: 12 },
];

/** 序号 to 合作协议; the columns after them are figures, each summed on the 合计 row. */
const LABEL_COLUMNS = 8;

function dashboardFigures(row: QuotaDashboardRow): number[] {
  return [...quotaFigureCells(row), row.rosterExperts];
}

/** The year's line for every station given, in the order given, as an .xlsx file. */
export async function dashboardWorkbook(board: DashboardExport, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = generatedAt;
  const sheet = tableSheet(
    workbook,
    `${board.year}年度任务完成情况`,
    `${board.year} 年度学会产业科技服务工作站任务完成情况` +
      (board.filterWords.length > 0 ? `（${board.filterWords.join('；')}）` : '') +
      `（导出时间 ${localDateTime(generatedAt)}）`,
    DASHBOARD_COLUMNS,
  );
  const sums = DASHBOARD_COLUMNS.slice(LABEL_COLUMNS).map(() => 0);
  board.rows.forEach((row, i) => {
    const figures = dashboardFigures(row);
    figures.forEach((value, k) => (sums[k] += value));
    sheet.addRow([
      i + 1,
      row.stationName,
      row.societyName,
      // The bare level: the column sits beside the society's name, so 工作站 / 学会 would repeat it.
      LEVEL_SHORT_LABELS[row.level],
      INDUSTRY_LABELS[row.industry],
      QUOTA_STATUS_LABELS[row.status],
      // A suspended, revoked or closed station stays in the years it operated, and says so.
      STATION_STATUS_LABELS[row.stationStatus],
      row.agreementEnded ? '已到期' : '有效',
      ...figures,
    ]);
  });
  // Values rather than formulas: readers that do not recalculate (previews, phone viewers) show them.
  const blanks = Array.from({ length: LABEL_COLUMNS - 2 }, () => null);
  sheet.addRow(['合计', `${board.rows.length} 个工作站`, ...blanks, ...sums]).font = { bold: true };
  // The 合计 above is that of the rows; the dashboard's totals leave the status filter out, so a
  // sheet narrowed to one status says what they are, and that they are not the rows' sum.
  if (board.byStatus && board.totals.stations !== board.rows.length) {
    const { totals } = board;
    sheet.addRow([
      null,
      `不限状态时共 ${totals.stations} 个工作站：服务技术需求 ${totals.needsServed} 项，服务专家 ${totals.experts} 人，` +
        `省外专家 ${totals.outOfProvinceExperts} 人，确认服务 ${totals.confirmedVisits} 次`,
    ]);
  }
  return toBuffer(workbook);
}

const VISIT_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '签到时间', width: 17 },
  { header: '签退时间', width: 17 },
  { header: '时长（分钟）', width: 10 },
  { header: '专家', width: 10 },
  { header: '技术需求', width: 28 },
  { header: '服务类型', width: 10 },
  { header: '签到方式', width: 15 },
  { header: '状态', width: 13 },
  { header: '省外专家', width: 9 },
  { header: '服务内容', width: 50 },
];

/** A station's visits of one year, in the order given, as an .xlsx file. */
export async function visitLogWorkbook(
  station: { name: string; societyName: string },
  year: number,
  visits: Visit[],
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = generatedAt;
  const sheet = tableSheet(
    workbook,
    `${year}年服务记录`,
    `${station.name}（${station.societyName}）${year} 年服务记录（导出时间 ${localDateTime(generatedAt)}）`,
    VISIT_COLUMNS,
  );
  visits.forEach((visit, i) => {
    // null, not '': a blank cell, which COUNTA and filters treat as empty.
    const row: Cell[] = [
      i + 1,
      localDateTime(visit.checkIn.at),
      visit.checkOut ? localDateTime(visit.checkOut.at) : null,
      visit.durationMinutes ?? null,
      visit.expertName,
      visit.needTitle,
      SERVICE_TYPE_LABELS[visit.serviceType],
      PRESENCE_PROOF_LABELS[visit.checkIn.proof],
      VISIT_STATUS_LABELS[visit.status],
      visit.outOfProvince ? '是' : '否',
      visit.checkOut?.summary ?? null,
    ];
    sheet.addRow(row).getCell(VISIT_COLUMNS.length).alignment = { wrapText: true, vertical: 'top' };
  });
  // Only confirmed visits count towards the quota, so only theirs is the time worth adding up.
  const confirmed = visits.filter((visit) => visit.status === 'confirmed');
  const minutes = confirmed.reduce((sum, visit) => sum + (visit.durationMinutes ?? 0), 0);
  sheet.addRow([
    '合计',
    `共 ${visits.length} 次`,
    `其中已确认 ${confirmed.length} 次`,
    minutes,
    '时长为已确认服务之和',
  ]).font = { bold: true };
  return toBuffer(workbook);
}
