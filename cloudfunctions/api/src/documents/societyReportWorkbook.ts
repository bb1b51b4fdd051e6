import ExcelJS from 'exceljs';
import type { SocietyAnnualReport, SocietyReportStation } from '../../../../types/actions';
import {
  ASSESSMENT_STATUS_LABELS,
  EVALUATION_NOT_SUBMITTED_LABEL,
  INDUSTRY_LABELS,
  LEVEL_SHORT_LABELS,
  QUOTA_STATUS_LABELS,
  STATION_STATUS_LABELS,
} from '../../../../types/catalogue';
import { localDateTime } from '../domain/calendar';
import { QUOTA_FIGURE_COLUMNS, quotaFigureCells, tableSheet, toBuffer, type Cell, type Column } from './sheets';

const COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '工作站', width: 30 },
  { header: '级别', width: 8 },
  { header: '产业', width: 22 },
  { header: '运行状态', width: 10 },
  { header: '完成情况', width: 10 },
  ...QUOTA_FIGURE_COLUMNS,
  { header: '名册专家（人）', width: 12 },
  { header: '名册省外专家（人）', width: 12 },
  { header: '站长及工作人员（人）', width: 12 },
  { header: '需求方评价（分）', width: 12 },
  { header: '考核结论', width: 10 },
];

/** 序号 to 完成情况 are words; the figures after them, to 站长及工作人员, are summed on the 合计 row. */
const LABEL_COLUMNS = 6;
/** 需求方评价 and 考核结论 follow the figures: the 合计 row gives the average score, and no verdict. */
const FIGURE_COLUMNS = COLUMNS.length - LABEL_COLUMNS - 2;

function figures(row: SocietyReportStation): number[] {
  return [...quotaFigureCells(row), row.roster.experts, row.roster.outOfProvinceExperts, row.roster.staff];
}

/** The report's stations, one row each in the report's order, and the society's totals, as an .xlsx file. */
export async function renderSocietyReportWorkbook(report: SocietyAnnualReport, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = generatedAt;
  const sealed = report.yearClose.frozen ? '（年度数据已封存）' : '';
  const sheet = tableSheet(
    workbook,
    `${report.year}年度工作站情况`,
    `${report.societyName} ${report.year} 年度学会产业科技服务工作站情况${sealed}（导出时间 ${localDateTime(generatedAt)}）`,
    COLUMNS,
  );
  const sums = Array.from({ length: FIGURE_COLUMNS }, () => 0);
  report.stations.forEach((row, i) => {
    const values = figures(row);
    values.forEach((value, k) => (sums[k] += value));
    const cells: Cell[] = [
      i + 1,
      row.stationName,
      LEVEL_SHORT_LABELS[row.level],
      INDUSTRY_LABELS[row.industry],
      STATION_STATUS_LABELS[row.stationStatus],
      QUOTA_STATUS_LABELS[row.status],
      ...values,
      row.evaluation ? row.evaluation.overall : EVALUATION_NOT_SUBMITTED_LABEL,
      row.verdict ? ASSESSMENT_STATUS_LABELS[row.verdict] : null,
    ];
    sheet.addRow(cells);
  });
  const { totals } = report;
  // Values rather than formulas: readers that do not recalculate (previews, phone viewers) show them.
  const blanks = Array.from({ length: LABEL_COLUMNS - 3 }, () => null);
  sheet.addRow([
    '合计',
    `${totals.stations} 个工作站`,
    ...blanks,
    `达标 ${totals.met} 个`,
    ...sums,
    totals.averageEvaluation ?? EVALUATION_NOT_SUBMITTED_LABEL,
    null,
  ]).font = { bold: true };
  return toBuffer(workbook);
}
