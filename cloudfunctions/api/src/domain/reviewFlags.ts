import { REVIEW_FLAG_RULES, REVIEW_FLAGS, type ReviewFlag } from '../../../../types/catalogue';
import type { Visit } from '../../../../types/domain';
import { calendarMoment } from './calendar';

/*
 * What the station head should look at twice before a waiting visit counts. Each flag is a
 * reason to check, never a refusal:
 *
 * - zero_minutes: checked out less than `shortMinutes` after checking in.
 * - far_from_station: located more than `farFromStationM` from the station (a 补卡 has no fix).
 * - no_photo: neither the check-in nor the check-out carries a photo. Attachments do not count:
 *   they are files picked from the phone, photos are taken on the spot.
 * - similar_entries: at least `similarEntries` of the expert's other visits checked in in the same
 *   calendar month (Asia/Shanghai) were at the same station on the same day, or carry the same
 *   report or the same reason (compared without spaces and punctuation). Left out: superseded
 *   visits and the visit this one corrects or is corrected by, which are the same service. The
 *   month bounds what is read: an expert has a few visits a month, whatever the years of data.
 */

/** What the rule reads of an expert's other visits (a `Visit` is one). */
export interface VisitTrace {
  _id: string;
  expertOpenid: string;
  stationId: string;
  status: Visit['status'];
  year: number;
  month: number;
  checkIn: { at: string; offSiteReason?: string; makeUpReason?: string };
  checkOut?: { summary: string };
  correctionOf?: string;
  supersededBy?: string;
}

export interface ReviewFlagContext {
  /** Visits of the expert's month, of this or other experts and months too; the visit itself may be among them. */
  neighbours: readonly VisitTrace[];
}

/** The flags of `visit`, in the catalogue's order. */
export function reviewFlags(visit: Visit, context: ReviewFlagContext): ReviewFlag[] {
  const raised: Record<ReviewFlag, boolean> = {
    zero_minutes: visit.checkOut !== undefined && (visit.durationMinutes ?? 0) < REVIEW_FLAG_RULES.shortMinutes,
    far_from_station:
      visit.checkIn.distanceM !== undefined && visit.checkIn.distanceM > REVIEW_FLAG_RULES.farFromStationM,
    no_photo: visit.checkIn.photos.length === 0 && (visit.checkOut?.photos.length ?? 0) === 0,
    similar_entries: similarEntries(visit, context.neighbours).length >= REVIEW_FLAG_RULES.similarEntries,
  };
  return REVIEW_FLAGS.filter((flag) => raised[flag]);
}

/** The expert's other visits of the same month that look like `visit`. */
export function similarEntries(visit: VisitTrace, neighbours: readonly VisitTrace[]): VisitTrace[] {
  const day = calendarMoment(visit.checkIn.at).date;
  const summary = comparable(visit.checkOut?.summary);
  const reason = comparable(reasonOf(visit));
  return neighbours.filter((other) => {
    if (other._id === visit._id || other.expertOpenid !== visit.expertOpenid) return false;
    if (other.year !== visit.year || other.month !== visit.month || other.status === 'superseded') return false;
    if (other._id === visit.correctionOf || other.correctionOf === visit._id) return false;
    return (
      (other.stationId === visit.stationId && calendarMoment(other.checkIn.at).date === day) ||
      (summary !== '' && comparable(other.checkOut?.summary) === summary) ||
      (reason !== '' && comparable(reasonOf(other)) === reason)
    );
  });
}

/** The expert's own words on why the visit is off-site or entered afterwards. */
function reasonOf(visit: VisitTrace): string | undefined {
  return visit.checkIn.offSiteReason ?? visit.checkIn.makeUpReason;
}

/** A text as compared: without whitespace and punctuation, so a copy with a changed comma is still a copy. */
function comparable(text: string | undefined): string {
  return (text ?? '').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

/** The expert-months whose visits `reviewFlags` needs for `visits`: one query reads them all. */
export function neighbourhoods(
  visits: readonly VisitTrace[],
): Array<{ expertOpenid: string; year: number; month: number }> {
  const keys = new Map(
    visits.map((visit) => [
      `${visit.expertOpenid}:${visit.year}:${visit.month}`,
      { expertOpenid: visit.expertOpenid, year: visit.year, month: visit.month },
    ]),
  );
  return [...keys.values()];
}
