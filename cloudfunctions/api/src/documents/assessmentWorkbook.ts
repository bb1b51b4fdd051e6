import ExcelJS from 'exceljs';
import type { AssessmentSheetRow } from '../../../../types/actions';
import {
  ASSESSMENT_METRIC_LABELS,
  ASSESSMENT_METRIC_UNIT_LABELS,
  ASSESSMENT_METRIC_UNITS,
  ASSESSMENT_METRICS,
  ASSESSMENT_STATUS_LABELS,
  INDUSTRY_LABELS,
  LEVEL_SHORT_LABELS,
  QUOTA_FIGURE_LABELS,
  QUOTA_FIGURES,
  QUOTA_STATUS_LABELS,
  STATION_STATUS_LABELS,
} from '../../../../types/catalogue';
import { roundStateLabel } from './assessmentWords';
import { tableSheet, toBuffer, type Cell, type Column } from './sheets';

export interface AssessmentSheet {
  year: number;
  rows: AssessmentSheetRow[];
  /** Only the stations recommended for 贵阳市专家工作站, with the city's note. */
  only?: 'recommended';
}

const LEADING_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '工作站', width: 30 },
  { header: '所属学会', width: 24 },
  { header: '级别', width: 8 },
  { header: '产业', width: 22 },
  { header: '工作站状态', width: 10 },
];

const FIGURE_COLUMNS: Column[] = QUOTA_FIGURES.map((figure) => {
  const { label, unit } = QUOTA_FIGURE_LABELS[figure];
  return { header: `${label}（${unit}）`, width: 12 };
});

const METRIC_COLUMNS: Column[] = ASSESSMENT_METRICS.map((metric) => ({
  header: `${ASSESSMENT_METRIC_LABELS[metric]}（${ASSESSMENT_METRIC_UNIT_LABELS[ASSESSMENT_METRIC_UNITS[metric]]}）`,
  width: ASSESSMENT_METRIC_UNITS[metric] === 'fen' ? 16 : 12,
}));

const TRAILING_COLUMNS: Column[] = [
  { header: '需求方评分', width: 10 },
  { header: '考核状态', width: 22 },
  { header: '结论', width: 8 },
  { header: '推荐', width: 6 },
];

const NOTE_COLUMN: Column = { header: '推荐说明', width: 40 };

/** Where the figures start (1-based): after 序号 … 工作站状态; 达标情况 follows them. */
const FIRST_FIGURE = LEADING_COLUMNS.length + 1;
const FIRST_METRIC = FIRST_FIGURE + FIGURE_COLUMNS.length + 1;

function columns(recommendedOnly: boolean): Column[] {
  return [
    ...LEADING_COLUMNS,
    ...FIGURE_COLUMNS,
    { header: '达标情况', width: 10 },
    ...METRIC_COLUMNS,
    ...TRAILING_COLUMNS,
    ...(recommendedOnly ? [NOTE_COLUMN] : []),
  ];
}

/** A metric as the cell holds it: counts as they are, money in yuan from integer fen (blank without a report). */
function metricCells(row: AssessmentSheetRow): Cell[] {
  return ASSESSMENT_METRICS.map((metric) => {
    if (!row.metrics) return null;
    const value = row.metrics[metric];
    return ASSESSMENT_METRIC_UNITS[metric] === 'fen' ? value / 100 : value;
  });
}

function stationCells(row: AssessmentSheetRow, index: number, recommendedOnly: boolean): Cell[] {
  return [
    index + 1,
    row.stationName,
    row.societyName,
    LEVEL_SHORT_LABELS[row.level],
    INDUSTRY_LABELS[row.industry],
    STATION_STATUS_LABELS[row.stationStatus],
    ...QUOTA_FIGURES.map((figure) => row.figures[figure]),
    QUOTA_STATUS_LABELS[row.quotaStatus],
    ...metricCells(row),
    row.evaluationOverall,
    roundStateLabel(row.state),
    row.verdict ? ASSESSMENT_STATUS_LABELS[row.verdict] : null,
    row.recommended ? '是' : null,
    ...(recommendedOnly ? [row.recommendationNote ?? null] : []),
  ];
}

/** The 合计 row: the figures and the metrics summed (money in fen, then yuan), the rest blank. */
function totalCells(rows: AssessmentSheetRow[]): Cell[] {
  const figures = QUOTA_FIGURES.map((figure) => rows.reduce((sum, row) => sum + row.figures[figure], 0));
  const metrics = ASSESSMENT_METRICS.map((metric) => {
    const sum = rows.reduce((total, row) => total + (row.metrics?.[metric] ?? 0), 0);
    return ASSESSMENT_METRIC_UNITS[metric] === 'fen' ? sum / 100 : sum;
  });
  return ['合计', `${rows.length} 个工作站`, null, null, null, null, ...figures, null, ...metrics];
}

/** A round's stations, one row each in the order given, as an .xlsx file; or only the recommended ones. */
export async function renderAssessmentWorkbook(sheet: AssessmentSheet): Promise<Buffer> {
  const recommendedOnly = sheet.only === 'recommended';
  const rows = recommendedOnly ? sheet.rows.filter((row) => row.recommended) : sheet.rows;
  const workbook = new ExcelJS.Workbook();
  const table = tableSheet(
    workbook,
    recommendedOnly ? `${sheet.year}年度推荐名单` : `${sheet.year}年度考核`,
    recommendedOnly
      ? `${sheet.year} 年度考核推荐贵阳市专家工作站名单`
      : `${sheet.year} 年度学会产业科技服务工作站考核情况`,
    columns(recommendedOnly),
  );
  const noteColumn = columns(true).length;
  rows.forEach((row, index) => {
    const added = table.addRow(stationCells(row, index, recommendedOnly));
    if (recommendedOnly) added.getCell(noteColumn).alignment = { wrapText: true, vertical: 'top' };
  });
  // Values rather than formulas: readers that do not recalculate (previews, phone viewers) show them.
  table.addRow(totalCells(rows)).font = { bold: true };
  ASSESSMENT_METRICS.forEach((metric, k) => {
    if (ASSESSMENT_METRIC_UNITS[metric] === 'fen') table.getColumn(FIRST_METRIC + k).numFmt = '#,##0.00';
  });
  return toBuffer(workbook);
}
