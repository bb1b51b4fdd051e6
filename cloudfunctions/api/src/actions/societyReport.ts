import type { SocietyAnnualReport } from '../../../../types/actions';
import { calendarMoment } from '../domain/calendar';
import { exportFileName } from '../domain/exportNames';
import { buildSocietyReport } from '../domain/societyReport';
import { AppError } from '../errors';
import type { CallerContext } from '../context';
import { storeDocument } from '../store/files';
import { societyReportRecords } from '../store/societyReport';
import { documentId, integer, object } from '../validate';
import { authorize, requireSociety } from './guard';
import { readYearClose } from './quotas';
import type { ActionDefinition } from './types';

/** The Word summary and the workbook load with the first one made, not with every cold start. */
const summaries = () => import('../documents/societyReport');
const workbooks = () => import('../documents/societyReportWorkbook');

const reportFields = object({ societyId: documentId, year: integer(2000, 2100) });

/**
 * The report for a year, read once for all the society's stations: the same few requests for 5
 * stations or 50. A year not yet begun has nothing to report.
 */
async function readReport(input: { societyId: string; year: number }, caller: CallerContext) {
  const society = await requireSociety(input.societyId);
  await authorize(caller, 'report.society', { societyId: society._id });
  if (input.year > calendarMoment(caller.now).year) {
    throw new AppError('INVALID_INPUT', `${input.year} 年尚未开始，只能查看今年及以前的年度报告`);
  }
  const [records, yearClose] = await Promise.all([
    societyReportRecords(society._id, input.year),
    readYearClose(input.year, caller.now),
  ]);
  return buildSocietyReport({ ...records, society, yearClose }, input.year, caller.now);
}

const fileName = (report: SocietyAnnualReport, what: string, now: Date) =>
  exportFileName(`${report.societyName}${report.year}年度${what}`, [], now);

export const societyAnnualReport: ActionDefinition<'reports.societyAnnual'> = {
  parse: reportFields,
  handle: readReport,
};

export const societyAnnualWorkbook: ActionDefinition<'reports.societyAnnualWorkbook'> = {
  parse: reportFields,
  async handle(input, caller) {
    const report = await readReport(input, caller);
    const { renderSocietyReportWorkbook } = await workbooks();
    const content = await renderSocietyReportWorkbook(report, caller.now);
    return storeDocument('xlsx', content, fileName(report, '工作站情况', caller.now), caller);
  },
};

export const societyAnnualDocument: ActionDefinition<'reports.societyAnnualDocument'> = {
  parse: reportFields,
  async handle(input, caller) {
    const report = await readReport(input, caller);
    const { renderSocietyReportDocument } = await summaries();
    const content = await renderSocietyReportDocument(report, caller.now);
    return storeDocument('docx', content, fileName(report, '工作报告', caller.now), caller);
  },
};
