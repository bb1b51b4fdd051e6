import type { EvaluationSummaryReport } from '../../../../types/actions';
import { summariseYear, summaryYears } from '../domain/evaluationSummary';
import { exportFileName } from '../domain/exportNames';
import { allowingRole } from '../domain/policy';
import { earliestStationStart, evaluationsOfYear } from '../store/evaluations';
import { storeDocument } from '../store/files';
import { stationsOperatedDuring } from '../store/quotaDashboard';
import { integer, object } from '../validate';
import type { CallerContext } from '../context';
import { actingAs } from './guard';
import type { ActionDefinition } from './types';

/** exceljs and the renderer load with the first export, not with every cold start. */
const workbook = () => import('../documents/evaluationSummaryWorkbook');

/** The city's view of a year's evaluations: a page of the stations, a page of the evaluations, one aggregation. */
export const evaluationSummary: ActionDefinition<'reports.evaluationSummary'> = {
  parse: object({ year: integer(2000, 2100) }),
  async handle(input, caller) {
    await actingAs(caller, allowingRole(await caller.grants(), 'report.evaluations', { societyId: '' }));
    const [summary, first] = await Promise.all([readSummary(input.year, caller), earliestStationStart()]);
    return { ...summary, years: summaryYears(first, caller.now) };
  },
};

/** The same summary to Excel: every station, the averages, and the units yet to file. */
export const evaluationSummaryWorkbook: ActionDefinition<'reports.evaluationSummaryWorkbook'> = {
  parse: object({ year: integer(2000, 2100) }),
  async handle(input, caller) {
    await actingAs(caller, allowingRole(await caller.grants(), 'report.evaluations', { societyId: '' }));
    const summary = await readSummary(input.year, caller);
    const { evaluationSummaryWorkbook: render } = await workbook();
    const content = await render(summary, caller.now);
    return storeDocument('xlsx', content, exportFileName(`${input.year}年度评价汇总`, [], caller.now), caller);
  },
};

async function readSummary(year: number, caller: CallerContext): Promise<Omit<EvaluationSummaryReport, 'years'>> {
  const [stations, evaluations] = await Promise.all([stationsOperatedDuring(year), evaluationsOfYear(year)]);
  return summariseYear(year, stations, evaluations, caller.now);
}
