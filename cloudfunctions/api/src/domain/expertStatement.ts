import type { StatementRatings, StatementTotals, StatementVisit } from '../../../../types/actions';
import { VISIT_RATING_ASPECTS } from '../../../../types/catalogue';
import type { Visit, VisitRating } from '../../../../types/domain';
import { calendarMoment } from './calendar';
import { average } from './evaluation';

/*
 * The expert's 服务证明 for a year: their confirmed visits, what they add up to and how the demand
 * units rated them. A visit belongs to the year of its check-in in Asia/Shanghai (DOMAIN.md "Year
 * end"), whenever it ended or was approved.
 */

/** What the statement reads of a visit. */
export type StatementSource = Pick<
  Visit,
  | '_id'
  | 'stationId'
  | 'societyId'
  | 'stationName'
  | 'needId'
  | 'needTitle'
  | 'serviceType'
  | 'status'
  | 'checkIn'
  | 'checkOut'
  | 'durationMinutes'
  | 'rating'
>;

/** The current names of the places and needs the visits name; a visit's own copy stands in for one gone. */
export interface StatementNames {
  stations: ReadonlyMap<string, string>;
  societies: ReadonlyMap<string, string>;
  needs: ReadonlyMap<string, string>;
}

/** Minutes served: as recorded at check-out, else from check-in to check-out; 0 for a visit never ended. */
export function visitMinutes(visit: Pick<Visit, 'checkIn' | 'checkOut' | 'durationMinutes'>): number {
  if (visit.durationMinutes !== undefined) return visit.durationMinutes;
  if (!visit.checkOut) return 0;
  return Math.max(0, Math.round((Date.parse(visit.checkOut.at) - Date.parse(visit.checkIn.at)) / 60_000));
}

/** The year's confirmed visits, oldest first, named as the stations and needs are called now. */
export function statementVisits(
  sources: readonly StatementSource[],
  year: number,
  names: StatementNames,
): StatementVisit[] {
  return sources
    .filter((visit) => visit.status === 'confirmed' && calendarMoment(visit.checkIn.at).year === year)
    .sort((a, b) => a.checkIn.at.localeCompare(b.checkIn.at) || a._id.localeCompare(b._id))
    .map((visit) => ({
      visitId: visit._id,
      date: calendarMoment(visit.checkIn.at).date,
      checkInAt: visit.checkIn.at,
      stationId: visit.stationId,
      stationName: names.stations.get(visit.stationId) ?? visit.stationName,
      societyName: names.societies.get(visit.societyId) ?? '',
      needId: visit.needId,
      needTitle: visit.needId ? (names.needs.get(visit.needId) ?? visit.needTitle) : '',
      serviceType: visit.serviceType,
      durationMinutes: visitMinutes(visit),
      summary: visit.checkOut?.summary ?? '',
      outcomes: visit.checkOut?.outcomes ?? '',
      rating: visit.rating ? statementRating(visit.rating) : null,
    }));
}

function statementRating(rating: VisitRating): NonNullable<StatementVisit['rating']> {
  const scores = VISIT_RATING_ASPECTS.map((aspect) => rating[aspect]);
  return {
    responsiveness: rating.responsiveness,
    professionalism: rating.professionalism,
    effect: rating.effect,
    comment: rating.comment,
    average: average(scores) ?? 0,
  };
}

export function statementTotals(visits: readonly StatementVisit[]): StatementTotals {
  return {
    visits: visits.length,
    minutes: visits.reduce((sum, visit) => sum + visit.durationMinutes, 0),
    stations: new Set(visits.map((visit) => visit.stationId)).size,
    needs: new Set(visits.filter((visit) => visit.needId).map((visit) => visit.needId)).size,
  };
}

/** Each aspect's mean over the rated visits, and the mean of every score given; null when none was rated. */
export function statementRatings(visits: readonly StatementVisit[]): StatementRatings | null {
  const rated = visits.flatMap((visit) => (visit.rating ? [visit.rating] : []));
  if (rated.length === 0) return null;
  const of = (aspect: (typeof VISIT_RATING_ASPECTS)[number]) => average(rated.map((rating) => rating[aspect])) ?? 0;
  return {
    ratedVisits: rated.length,
    responsiveness: of('responsiveness'),
    professionalism: of('professionalism'),
    effect: of('effect'),
    average: average(rated.flatMap((rating) => VISIT_RATING_ASPECTS.map((aspect) => rating[aspect]))) ?? 0,
  };
}

/** The stations served, in the order first served, with their societies: who signs and stamps. */
export function statementPlaces(visits: readonly StatementVisit[]): {
  stations: { stationId: string; stationName: string; societyName: string }[];
  societies: string[];
} {
  const stations = new Map<string, { stationId: string; stationName: string; societyName: string }>();
  for (const visit of visits) {
    if (!stations.has(visit.stationId)) {
      stations.set(visit.stationId, {
        stationId: visit.stationId,
        stationName: visit.stationName,
        societyName: visit.societyName,
      });
    }
  }
  const places = [...stations.values()];
  return { stations: places, societies: [...new Set(places.map((place) => place.societyName).filter(Boolean))] };
}

/** 12 小时 30 分钟, 45 分钟: a length of service as a statement writes it. */
export function durationWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} 分钟`;
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`;
}
