import type { AssessmentFile, AssessmentKey, AssessmentView } from '../../../../types/actions';
import type { Assessment, AssessmentRound } from '../../../../types/assessment';
import type { Attachment, RoleGrant, Station } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { finalQuota, rosterOfYear, yearSpending } from '../domain/assessmentFile';
import { roundRows, roundView } from '../domain/assessmentRound';
import {
  assessmentId,
  availableCommands,
  emptyReport,
  isDeadlinePassed,
  roundState,
  type AssessmentActor,
} from '../domain/assessments';
import { allowingRole, type Target } from '../domain/policy';
import { operatedDuring } from '../domain/stationStatus';
import { AppError } from '../errors';
import { fileSources, findAssessment, findRound, roundSources } from '../store/assessments';
import { temporaryUrlRecord } from '../store/files';
import { documentId, integer, object } from '../validate';
import { authorize, requireStation, stationTarget } from './guard';
import type { ActionDefinition } from './types';

export const parseYear = integer(2000, 2100);
export const assessmentKeyFields = { year: parseYear, stationId: documentId };

export async function requireRound(year: number): Promise<AssessmentRound> {
  const round = await findRound(year);
  if (!round) throw new AppError('ROUND_NOT_OPEN', `${year} 年度的考核尚未开始`);
  return round;
}

/** Only a station that operated during the round's year has an assessment in it. */
export function requireInRound(station: Station, year: number): void {
  if (operatedDuring(station, year)) return;
  throw new AppError('NOT_FOUND', `${station.name}在 ${year} 年度未运行，不在该年度的考核范围内`);
}

/** The year's records of the station, assembled here and never typed: a fixed number of requests. */
export async function assessmentFile(station: Station, year: number): Promise<AssessmentFile> {
  const sources = await fileSources(station._id, year);
  const needs = new Map(sources.needs.map((need) => [need._id, need]));
  return {
    year,
    station: {
      id: station._id,
      name: station.name,
      societyName: station.societyName,
      level: station.level,
      industry: station.industry,
      demandUnitName: station.demandUnit.name,
      status: station.status,
      cooperationStart: station.cooperationStart,
      cooperationEnd: station.cooperationEnd,
    },
    quota: finalQuota(station, sources.counter),
    needsServed: sources.needMarks.flatMap((mark) => {
      const need = needs.get(mark.subject);
      if (!need) return [];
      const { title, serviceType, status } = need;
      return [{ needId: need._id, title, serviceType, status, visits: mark.visits.length }];
    }),
    visits: sources.visits.map((visit) => ({
      visitId: visit._id,
      at: visit.checkIn.at,
      expertName: visit.expertName,
      needTitle: visit.needTitle,
      serviceType: visit.serviceType,
      minutes: visit.durationMinutes ?? 0,
    })),
    visitsTotal: sources.visitsTotal,
    evaluation: sources.evaluation && {
      overall: sources.evaluation.overall,
      comment: sources.evaluation.comment,
      intent: sources.evaluation.intent,
      submittedAt: sources.evaluation.submittedAt,
    },
    roster: rosterOfYear(sources.roster, sources.names, year),
    spending: yearSpending(sources.inYear, sources.toYearEnd),
  };
}

/** Which parts the caller plays on this station's assessment. */
export function actorsOn(grants: readonly RoleGrant[], target: Target): AssessmentActor[] {
  const actors: AssessmentActor[] = [];
  if (allowingRole(grants, 'assessment.report', target)) actors.push('head');
  if (allowingRole(grants, 'assessment.comment', target)) actors.push('society');
  if (allowingRole(grants, 'assessment.review', target)) actors.push('city');
  return actors;
}

/** Everything the assessment page shows, and what the caller may do on it now. */
export async function assessmentView(
  caller: CallerContext,
  round: AssessmentRound,
  station: Station,
  assessment: Assessment | null,
  file: AssessmentFile,
): Promise<AssessmentView> {
  const grants = await caller.grants();
  const target = stationTarget(station);
  const clock = { deadline: round.deadline, now: caller.now };
  const commands = availableCommands(assessment, actorsOn(grants, target), clock);
  const state = roundState(assessment, isDeadlinePassed(round.deadline, caller.now));
  return {
    year: round.year,
    round: roundView(round, await visibleRows(grants, round, station, { state, assessment }, caller.now), caller.now),
    stationId: station._id,
    stationName: station.name,
    state,
    report: assessment?.report ?? emptyReport(),
    comments: assessment?.comments ?? [],
    reviews: assessment?.reviews ?? [],
    ...(assessment?.submittedAt && { submittedAt: assessment.submittedAt }),
    ...(assessment?.verdict && { verdict: assessment.verdict }),
    ...(assessment?.recommendation && { recommendation: assessment.recommendation }),
    file,
    can: {
      edit: commands.includes('saveReport'),
      submit: commands.includes('submit'),
      withdraw: commands.includes('withdraw'),
      comment: commands.includes('comment'),
      review: (['document_review', 'inspection', 'verdict'] as const).filter((step) => commands.includes(step)),
      recommend: commands.includes('recommend'),
    },
  };
}

/**
 * The round's lines the caller may see, for its counts: all for the city, the society's for its
 * admin, only this station for its head and staff. `current` is this station as just written.
 */
async function visibleRows(
  grants: readonly RoleGrant[],
  round: AssessmentRound,
  station: Station,
  current: { state: AssessmentView['state']; assessment: Assessment | null },
  now: Date,
): Promise<{ state: AssessmentView['state']; recommended: boolean }[]> {
  const target = stationTarget(station);
  const city = allowingRole(grants, 'assessment.review', target) !== null;
  const society = allowingRole(grants, 'assessment.round', target) !== null;
  const self = { state: current.state, recommended: Boolean(current.assessment?.recommendation) };
  if (!city && !society) return [self];
  const rows = roundRows(round, await roundSources(round.year, city ? undefined : station.societyId), now);
  return rows.map((row) => (row.stationId === station._id ? self : row));
}

/** One station's assessment with its file, for the city, its society, and its head and staff. */
export const getAssessment: ActionDefinition<'assessments.get'> = {
  parse: object<AssessmentKey>(assessmentKeyFields),
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
    return { ...view, fileUrls: await temporaryUrlRecord(filesOf(view).map((attachment) => attachment.fileId)) };
  },
};

/** Every file the page shows: the report's evidence and the city's review papers and photos. */
function filesOf(view: AssessmentView): Attachment[] {
  return [
    ...Object.values(view.report.metrics).flatMap((metric) => metric.evidence.flatMap((item) => item.attachments)),
    ...view.reviews.flatMap((review) => review.attachments),
  ];
}
