import { assessmentId } from '../domain/assessments';
import { roundRows } from '../domain/assessmentRound';
import { assessmentSheetRows } from '../domain/assessmentSheet';
import { exportFileName } from '../domain/exportNames';
import { evaluationsOfYear, findAssessment, roundSources } from '../store/assessments';
import { storeDocument } from '../store/files';
import { object, oneOf, optional } from '../validate';
import {
  assessmentFile,
  assessmentKeyFields,
  assessmentView,
  parseYear,
  requireInRound,
  requireRound,
} from './assessments';
import { roundScope } from './assessmentRounds';
import { authorize, requireStation, stationTarget } from './guard';
import type { ActionDefinition } from './types';

/** The 考核表 renderer and docx under it load with the first one printed, not with every cold start. */
const forms = () => import('../documents/assessmentDocument');

/** The round's workbook loads with the first export. */
const workbooks = () => import('../documents/assessmentWorkbook');

/** A station's 年度考核表 as a Word file: what its page shows, ready to print and stamp. */
export const assessmentDocument: ActionDefinition<'assessments.document'> = {
  parse: object(assessmentKeyFields),
  async handle({ year, stationId }, caller) {
    const station = await requireStation(stationId);
    await authorize(caller, 'assessment.view', stationTarget(station));
    const round = await requireRound(year);
    requireInRound(station, year);
    const [assessment, file] = await Promise.all([
      findAssessment(assessmentId(year, stationId)),
      assessmentFile(station, year),
    ]);
    const view = await assessmentView(caller, round, station, assessment, file);
    const { renderAssessmentDocument } = await forms();
    const content = await renderAssessmentDocument(view, { societyName: station.societyName, generatedAt: caller.now });
    return storeDocument('docx', content, exportFileName(`${station.name}${year}年度考核表`, [], caller.now), caller);
  },
};

/** The round as a workbook, one row per station (the society admin's own), or the recommended list. */
export const exportAssessments: ActionDefinition<'assessments.export'> = {
  parse: object({ year: parseYear, only: optional(oneOf(['recommended'] as const)) }),
  async handle({ year, only }, caller) {
    const { societyId } = await roundScope(caller);
    const round = await requireRound(year);
    const [sources, evaluations] = await Promise.all([
      roundSources(year, societyId),
      evaluationsOfYear(year, societyId),
    ]);
    const rows = assessmentSheetRows(roundRows(round, sources, caller.now), { ...sources, evaluations });
    const { renderAssessmentWorkbook } = await workbooks();
    const content = await renderAssessmentWorkbook({ year, rows, ...(only && { only }) });
    const title = only === 'recommended' ? `${year}年度推荐贵阳市专家工作站名单` : `${year}年度学会工作站考核`;
    return storeDocument('xlsx', content, exportFileName(title, [], caller.now), caller);
  },
};
