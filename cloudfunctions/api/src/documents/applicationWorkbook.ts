import ExcelJS from 'exceljs';
import type { Application } from '../../../../types/application';
import {
  APPLICATION_STATUS_LABELS,
  DEMAND_UNIT_TYPE_LABELS,
  INDUSTRY_LABELS,
  LEVEL_SHORT_LABELS,
  REVIEW_STEP_LABELS,
} from '../../../../types/catalogue';
import { budgetTotalFen } from '../domain/application';
import { localDateTime } from '../domain/calendar';
import { tableSheet, toBuffer, type Cell, type Column } from './sheets';

const COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '工作站名称', width: 32 },
  { header: '申报学会', width: 24 },
  { header: '级别', width: 8 },
  { header: '需求单位', width: 28 },
  { header: '单位类型', width: 10 },
  { header: '所属产业', width: 22 },
  { header: '经费预算（元）', width: 14 },
  { header: '状态', width: 14 },
  { header: '版本', width: 6 },
  { header: '提交时间', width: 18 },
  { header: '最近一步', width: 24 },
  { header: '认定文号', width: 22 },
  { header: '补助（元）', width: 12 },
];

function row(application: Application, index: number): Cell[] {
  const { content } = application;
  const last = application.reviews.at(-1);
  const recognition = application.reviews.find((review) => review.step === 'recognition');
  const lastStep =
    last &&
    `${last.step === 'returned' ? '退回修改' : last.step === 'refused' ? '不予通过' : REVIEW_STEP_LABELS[last.step]} ${localDateTime(last.at)}`;
  return [
    index + 1,
    content.stationName,
    content.society.name,
    LEVEL_SHORT_LABELS[content.society.level],
    content.host.name,
    content.host.type ? DEMAND_UNIT_TYPE_LABELS[content.host.type] : '',
    content.industry ? INDUSTRY_LABELS[content.industry] : '',
    budgetTotalFen(content) / 100,
    APPLICATION_STATUS_LABELS[application.status],
    application.version,
    application.submittedAt ? localDateTime(application.submittedAt) : '',
    lastStep ?? '',
    recognition?.documentNumber ?? '',
    recognition?.subsidyFen === undefined ? null : recognition.subsidyFen / 100,
  ];
}

/** Every application the city has received and where each stands, one row each, latest change first. */
export async function applicationsWorkbook(
  applications: readonly Application[],
  title: string,
  madeAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = madeAt;
  const sheet = tableSheet(workbook, '建站申报', title, COLUMNS);
  applications.forEach((application, index) => sheet.addRow(row(application, index)));
  for (const column of [8, 14]) sheet.getColumn(column).numFmt = '#,##0.00';
  return toBuffer(workbook);
}
