import type { AssessmentRoundView, RoundStationRow, RoundStationState } from '../../../../types/actions';
import type { Assessment, AssessmentRound } from '../../../../types/assessment';
import { ASSESSMENT_STATUSES } from '../../../../types/catalogue';
import type { QuotaCounter, Station } from '../../../../types/domain';
import { finalQuota } from './assessmentFile';
import { isDeadlinePassed, roundState } from './assessments';
import { operatedDuring } from './stationStatus';

/** What a round's lines are made of: the stations, the year's assessments and counters. */
export interface RoundSources {
  stations: readonly Station[];
  assessments: readonly Assessment[];
  counters: readonly QuotaCounter[];
}

const STATES: readonly RoundStationState[] = ['not_started', 'not_submitted', ...ASSESSMENT_STATUSES];

/** One line per station that operated during the round's year, by society then station name. */
export function roundRows(round: AssessmentRound, sources: RoundSources, now: Date): RoundStationRow[] {
  const passed = isDeadlinePassed(round.deadline, now);
  const assessments = new Map(sources.assessments.map((assessment) => [assessment.stationId, assessment]));
  const counters = new Map(sources.counters.map((counter) => [counter.stationId, counter]));
  return sources.stations
    .filter((station) => operatedDuring(station, round.year))
    .map((station) => {
      const assessment = assessments.get(station._id) ?? null;
      return {
        stationId: station._id,
        stationName: station.name,
        societyId: station.societyId,
        societyName: station.societyName,
        level: station.level,
        industry: station.industry,
        stationStatus: station.status,
        state: roundState(assessment, passed),
        ...(assessment?.submittedAt && { submittedAt: assessment.submittedAt }),
        ...(assessment?.verdict && { verdict: assessment.verdict }),
        recommended: Boolean(assessment?.recommendation),
        quotaStatus: finalQuota(station, counters.get(station._id) ?? null).status,
      };
    })
    .sort(
      (a, b) =>
        a.societyName.localeCompare(b.societyName, 'zh-Hans-CN') ||
        a.stationName.localeCompare(b.stationName, 'zh-Hans-CN') ||
        a.stationId.localeCompare(b.stationId),
    );
}

/** The round as the pages show it, counted over the lines the caller may see. */
export function roundView(
  round: AssessmentRound,
  rows: readonly Pick<RoundStationRow, 'state' | 'recommended'>[],
  now: Date,
): AssessmentRoundView {
  const counts = Object.fromEntries(STATES.map((state) => [state, 0])) as Record<RoundStationState, number>;
  for (const row of rows) counts[row.state] += 1;
  return {
    year: round.year,
    deadline: round.deadline,
    deadlinePassed: isDeadlinePassed(round.deadline, now),
    openedAt: round.openedAt,
    openedByName: round.openedByName,
    counts: { ...counts, stations: rows.length, recommended: rows.filter((row) => row.recommended).length },
  };
}
