import type { StationTodos, TodoCount } from '../../../../types/actions';
import type { RoleGrant } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { calendarMoment } from '../domain/calendar';
import { isYearFrozen, mayStillBeOpen } from '../domain/quotaYear';
import { findQuotaYear } from '../store/quotas';
import { needsToAccept, visitsToComplete, visitsToRate, visitsToReview } from '../store/todos';
import { empty } from '../validate';
import type { ActionDefinition } from './types';

const NONE: TodoCount = { count: 0, oldestAt: null };

/**
 * What waits for the caller, station by station: for a head or staff member the needs to accept,
 * the visits to review and those still to be completed; for a demand unit the visits to rate.
 * The caller's own grants name the stations; a few aggregations count for all of them at once.
 */
export const stationTodos: ActionDefinition<'stations.todos'> = {
  parse: empty,
  async handle(_input, caller) {
    const grants = await caller.grants();
    const desk = stationsOf(grants, ['station_head', 'station_staff']);
    const units = stationsOf(grants, ['demand_unit']);
    const [toAccept, toReview, toComplete, toRate] = await Promise.all([
      needsToAccept(desk),
      visitsToReview(desk),
      desk.length > 0 ? correctableYears(caller).then((years) => visitsToComplete(desk, years)) : new Map(),
      visitsToRate(units),
    ]);
    const names = new Map(grants.map((grant) => [grant.stationId, grant.stationName ?? '']));
    const stations: StationTodos[] = [...new Set([...desk, ...units])].map((stationId) => ({
      stationId,
      stationName: names.get(stationId) ?? '',
      ...(desk.includes(stationId) && {
        desk: {
          needsToAccept: toAccept.get(stationId) ?? NONE,
          visitsToReview: toReview.get(stationId) ?? NONE,
          visitsToComplete: toComplete.get(stationId) ?? NONE,
        },
      }),
      ...(units.includes(stationId) && { toRate: toRate.get(stationId) ?? { count: 0, firstVisitId: null } }),
    }));
    return { stations };
  },
};

function stationsOf(grants: readonly RoleGrant[], roles: readonly RoleGrant['role'][]): string[] {
  return [...new Set(grants.filter((grant) => roles.includes(grant.role)).flatMap((grant) => grant.stationId ?? []))];
}

/**
 * The years whose incomplete visits may still be completed: the current one, and the last one
 * until it is frozen (its record is read only while a moved close could still keep it open).
 */
export async function correctableYears(caller: CallerContext): Promise<number[]> {
  const year = calendarMoment(caller.now).year;
  const last = year - 1;
  if (!mayStillBeOpen(last, caller.now)) return [year];
  return isYearFrozen(last, caller.now, await findQuotaYear(last)) ? [year] : [last, year];
}
