import ExcelJS from 'exceljs';
import type { EvaluationAverage, EvaluationSummaryReport } from '../../../../types/actions';
import { LEVEL_SHORT_LABELS } from '../../../../types/catalogue';
import { localDateTime } from '../domain/calendar';
import { tableSheet, toBuffer, type Column } from './sheets';

const STATION_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '工作站', width: 32 },
  { header: '所属学会', width: 22 },
  { header: '级别', width: 8 },
  { header: '需求单位', width: 26 },
  { header: '总体评价（1–5 分）', width: 12 },
  { header: '评价意见', width: 44 },
  { header: '提交时间', width: 17 },
];

const AVERAGE_COLUMNS: Column[] = [
  { header: '分组', width: 10 },
  { header: '名称', width: 26 },
  { header: '工作站（个）', width: 10 },
  { header: '已提交（个）', width: 10 },
  { header: '未提交（个）', width: 10 },
  { header: '平均总体评价', width: 12 },
];

const MISSING_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '工作站', width: 32 },
  { header: '所属学会', width: 22 },
  { header: '级别', width: 8 },
  { header: '需求单位', width: 26 },
  { header: '状态', width: 10 },
];

/** A year's evaluations: every station, the averages by society and by level, and the units yet to file. */
export async function evaluationSummaryWorkbook(
  summary: Omit<EvaluationSummaryReport, 'years'>,
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = generatedAt;
  const { year } = summary;
  const stamp = `（导出时间 ${localDateTime(generatedAt)}）`;

  const stations = tableSheet(workbook, `${year}年度评价`, `${year} 年度需求单位评价汇总${stamp}`, STATION_COLUMNS);
  summary.rows.forEach((row, i) => {
    stations
      .addRow([
        i + 1,
        row.stationName,
        row.societyName,
        LEVEL_SHORT_LABELS[row.level],
        row.demandUnitName,
        // A station not evaluated is said so, not left as a blank a reader might take for a zero.
        row.overall ?? '未提交',
        row.comment,
        row.submittedAt ? localDateTime(row.submittedAt) : null,
      ])
      .getCell(7).alignment = { wrapText: true, vertical: 'top' };
  });

  const averages = tableSheet(
    workbook,
    '平均评价',
    `${year} 年度平均评价（仅计已提交的评价）${stamp}`,
    AVERAGE_COLUMNS,
  );
  const line = (group: string, average: EvaluationAverage) => [
    group,
    average.label,
    average.stations,
    average.filed,
    average.missing,
    average.averageOverall ?? '—',
  ];
  summary.bySociety.forEach((average) => averages.addRow(line('按学会', average)));
  summary.byLevel.forEach((average) => averages.addRow(line('按级别', average)));
  averages.addRow(line('合计', summary.total)).font = { bold: true };

  const missing = tableSheet(
    workbook,
    '未提交',
    `${year} 年度未提交评价的工作站（截止 ${summary.deadline}）${stamp}`,
    MISSING_COLUMNS,
  );
  summary.missing.forEach((row, i) => {
    missing.addRow([
      i + 1,
      row.stationName,
      row.societyName,
      LEVEL_SHORT_LABELS[row.level],
      row.demandUnitName,
      summary.overdue ? '已逾期' : '未提交',
    ]);
  });
  return toBuffer(workbook);
}
