import type {
  ServiceConfirmation,
  ServiceConfirmationExpert,
  ServiceConfirmationOutcome,
  ServiceConfirmationVisit,
} from '../../../../types/actions';
import type { Need, NeedEvent, NeedStatus, Society, Station, UserProfile, Visit } from '../../../../types/domain';

/*
 * The 技术服务确认单 of one need: what the unit asked, the confirmed visits that served it, the
 * experts, what the head proposed as the outcome and the unit confirmed, and the unit's ratings.
 * Assembled from records already read; nothing here reads or decides who may see it.
 */

/** A need has a confirmation once the unit has confirmed it resolved; closing it (with a rating) keeps it. */
const CONFIRMED_STATUSES: readonly NeedStatus[] = ['resolved', 'closed'];

export function hasConfirmation(need: Pick<Need, 'status'>): boolean {
  return CONFIRMED_STATUSES.includes(need.status);
}

export interface ConfirmationRecords {
  need: Need;
  station: Station;
  /** Null when the society's record is gone: the station's copy of its name stands in. */
  society: Society | null;
  /** The need's confirmed visits, in any order. */
  visits: readonly Visit[];
  profiles: ReadonlyMap<string, UserProfile>;
}

/** Everyone the confirmation names, for one read of their profiles. */
export function confirmationPeople(need: Need, station: Station, visits: readonly Visit[]): string[] {
  const people = [
    need.submittedBy,
    station.headOpenid,
    ...need.history.map((event) => event.by),
    ...visits.flatMap((visit) => [visit.expertOpenid, visit.rating?.by ?? '']),
    need.evaluation?.by ?? '',
  ];
  return [...new Set(people)].filter((openid) => openid !== '' && openid !== 'system');
}

const UNNAMED = '（未填写姓名）';

export function serviceConfirmation({
  need,
  station,
  society,
  visits,
  profiles,
}: ConfirmationRecords): ServiceConfirmation {
  const nameOf = (openid: string) => profiles.get(openid)?.name || UNNAMED;
  const served = [...visits].sort((a, b) => a.checkIn.at.localeCompare(b.checkIn.at) || a._id.localeCompare(b._id));
  const listed = served.map((visit): ServiceConfirmationVisit => ({
    id: visit._id,
    checkInAt: visit.checkIn.at,
    ...(visit.checkOut && { checkOutAt: visit.checkOut.at }),
    expertName: profiles.get(visit.expertOpenid)?.name || visit.expertName,
    serviceType: visit.serviceType,
    proof: visit.checkIn.proof,
    durationMinutes: visit.durationMinutes ?? 0,
    summary: visit.checkOut?.summary ?? '',
    outcomes: visit.checkOut?.outcomes ?? '',
    rating: visit.rating
      ? {
          responsiveness: visit.rating.responsiveness,
          professionalism: visit.rating.professionalism,
          effect: visit.rating.effect,
          comment: visit.rating.comment,
          byName: nameOf(visit.rating.by),
          at: visit.rating.at,
        }
      : null,
  }));
  return {
    needId: need._id,
    title: need.title,
    description: need.description,
    expectedOutcome: need.expectedOutcome,
    industry: need.industry,
    serviceType: need.serviceType,
    status: need.status,
    submittedAt: need.createdAt,
    submittedByName: nameOf(need.submittedBy),
    onBehalf: need.onBehalf,
    stationId: station._id,
    stationName: station.name,
    societyName: society?.name ?? station.societyName,
    demandUnitName: need.demandUnitName,
    stationHeadName: station.headOpenid ? nameOf(station.headOpenid) : '',
    outcome: outcomeOf(need, nameOf),
    visits: listed,
    experts: expertsOf(served, profiles),
    totalMinutes: listed.reduce((sum, visit) => sum + visit.durationMinutes, 0),
    evaluation: need.evaluation
      ? {
          rating: need.evaluation.rating,
          comment: need.evaluation.comment,
          at: need.evaluation.at,
          byName: nameOf(need.evaluation.by),
        }
      : null,
  };
}

function lastEvent(need: Need, kind: NeedEvent['kind'], before?: string): NeedEvent | undefined {
  return need.history.filter((event) => event.kind === kind && (before === undefined || event.at <= before)).at(-1);
}

/**
 * The unit's confirmation, and the proposal it answered: the last one made before it (a need has
 * one, but a timeline read twice would not pick a later one by mistake).
 */
export function outcomeOf(need: Need, nameOf: (openid: string) => string): ServiceConfirmationOutcome {
  const confirmed = lastEvent(need, 'resolved');
  const proposed = confirmed && lastEvent(need, 'resolution_proposed', confirmed.at);
  return {
    proposedAt: proposed?.at ?? null,
    proposedByName: proposed ? nameOf(proposed.by) : '',
    proposal: proposed?.reason ?? '',
    confirmedAt: confirmed?.at ?? need.updatedAt,
    confirmedByName: confirmed ? nameOf(confirmed.by) : '',
    confirmation: confirmed?.reason ?? '',
  };
}

/** One row per expert, in the order they first served, with their visits and minutes for this need. */
function expertsOf(served: readonly Visit[], profiles: ReadonlyMap<string, UserProfile>): ServiceConfirmationExpert[] {
  const experts = new Map<string, ServiceConfirmationExpert>();
  for (const visit of served) {
    const profile = profiles.get(visit.expertOpenid);
    const expert = experts.get(visit.expertOpenid) ?? {
      openid: visit.expertOpenid,
      name: profile?.name || visit.expertName,
      workUnit: profile?.workUnit ?? '',
      title: profile?.title ?? '',
      visits: 0,
      minutes: 0,
    };
    experts.set(visit.expertOpenid, {
      ...expert,
      visits: expert.visits + 1,
      minutes: expert.minutes + (visit.durationMinutes ?? 0),
    });
  }
  return [...experts.values()];
}
