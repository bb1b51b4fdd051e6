import { calendarMoment } from '../domain/calendar';
import {
  LEVEL_QUOTAS,
  QUOTA_STATUS_RULES,
  quotaPace,
  quotaRemaining,
  quotaStatuses,
  yearElapsed,
} from '../domain/quota';
import { emptyCounter } from '../domain/quotaCount';
import { findCounter, rosterExpertCount } from '../store/quotas';
import { documentId, integer, object, optional } from '../validate';
import { authorize, requireStation, stationTarget } from './guard';
import type { ActionDefinition } from './types';

/** A station's quota for a year (this year unless asked): read from its counter, never from the visits. */
export const quotaProgress: ActionDefinition<'quotas.progress'> = {
  parse: object({ stationId: documentId, year: optional(integer(2000, 2100)) }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'quota.view', stationTarget(station));
    const year = input.year ?? calendarMoment(caller.now).year;
    const [counter, rosterExperts] = await Promise.all([
      findCounter(station._id, year),
      rosterExpertCount(station._id),
    ]);
    const counted = counter ?? emptyCounter(station._id, station.societyId, year, caller.now.toISOString());
    const quota = LEVEL_QUOTAS[station.level];
    const figures = {
      needsServed: counted.needsServed,
      experts: counted.experts,
      outOfProvinceExperts: counted.outOfProvinceExperts,
    };
    const elapsed = yearElapsed(year, caller.now);
    const pace = quotaPace(quota, elapsed);
    const { status, byFigure } = quotaStatuses(quota, figures, pace);
    return {
      stationId: station._id,
      stationName: station.name,
      level: station.level,
      year,
      quota,
      figures,
      remaining: quotaRemaining(quota, figures),
      pace,
      status,
      figureStatus: byFigure,
      statusRule: QUOTA_STATUS_RULES[status],
      elapsed,
      confirmedVisits: counted.visits,
      months: counted.months,
      rosterExperts,
    };
  },
};
