import type { NeedSummary, VisitSummary } from '../../types/actions';

/** A station as the check-in page ranks it: its radius, and its distance from the phone (null: no fix). */
export interface RankedStation {
  place: { id: string; radiusM: number };
  distanceM: number | null;
}

/** What the check-in page chooses before the expert touches anything. */
export interface CheckInPlan {
  /** '' when nothing fits. */
  stationId: string;
  needId: string;
  /** Exactly one station in range and exactly one need assigned there: only a confirmation is left. */
  certain: boolean;
}

/** Within the radius by the fix alone, as the page shows 在范围内 (the server allows for the fix's accuracy too). */
export function inRange({ place, distanceM }: RankedStation): boolean {
  return distanceM !== null && distanceM <= place.radiusM;
}

/**
 * The need the expert most likely serves at a station: of the servable needs assigned to them
 * there, the one they served most recently; else one already in service; else the newest
 * (the list comes newest first, which stands for "most recently assigned").
 */
export function likelyNeed(
  stationId: string,
  assigned: readonly NeedSummary[],
  recent: readonly VisitSummary[],
): NeedSummary | undefined {
  const here = assigned.filter((need) => need.stationId === stationId);
  const lastServed = recent.find((visit) => here.some((need) => need.id === visit.needId));
  return (
    here.find((need) => need.id === lastServed?.needId) ?? here.find((need) => need.status === 'in_service') ?? here[0]
  );
}

/**
 * The station and need to preselect: the nearest station in range (without a fix, the only
 * station, or the one last served), and its likely need.
 */
export function planCheckIn(
  ranked: readonly RankedStation[],
  assigned: readonly NeedSummary[],
  recent: readonly VisitSummary[],
): CheckInPlan {
  const near = ranked.filter(inRange);
  const located = ranked.some((station) => station.distanceM !== null);
  const station =
    near[0]?.place.id ??
    (located ? ranked[0]?.place.id : undefined) ??
    (ranked.length === 1 ? ranked[0].place.id : undefined) ??
    recent.find((visit) => ranked.some(({ place }) => place.id === visit.stationId))?.stationId ??
    '';
  const needs = assigned.filter((need) => need.stationId === station);
  return {
    stationId: station,
    needId: station ? (likelyNeed(station, assigned, recent)?.id ?? '') : '',
    certain: near.length === 1 && needs.length === 1,
  };
}
