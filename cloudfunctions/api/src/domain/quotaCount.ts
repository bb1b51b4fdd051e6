import type { QuotaCounter, QuotaMark, Visit } from '../../../../types/domain';

/** What counting needs of a confirmed visit: the snapshot taken when it was confirmed. */
export type CountedVisit = Pick<
  Visit,
  '_id' | 'stationId' | 'societyId' | 'needId' | 'expertOpenid' | 'year' | 'month' | 'outOfProvince'
>;

export const counterId = (stationId: string, year: number) => `${stationId}:${year}`;
export const needMarkId = (stationId: string, year: number, needId: string) => `need:${stationId}:${year}:${needId}`;
export const expertMarkId = (stationId: string, year: number, openid: string) =>
  `expert:${stationId}:${year}:${openid}`;

export function emptyCounter(stationId: string, societyId: string, year: number, at: string): QuotaCounter {
  return {
    _id: counterId(stationId, year),
    stationId,
    societyId,
    year,
    needsServed: 0,
    experts: 0,
    outOfProvinceExperts: 0,
    visits: 0,
    months: Array.from({ length: 12 }, () => ({ visits: 0, needsServed: 0, experts: 0 })),
    updatedAt: at,
  };
}

export interface CountedConfirmation {
  counter: QuotaCounter;
  /** Marks to write: new ones, and an expert's mark that now counts as out of province. */
  marks: QuotaMark[];
}

/**
 * One more confirmed visit, given the station-year's counter and the marks its need and expert
 * already have: a need or an expert counts once a year, an expert as out of province if any of
 * their visits that year was confirmed so.
 */
export function countConfirmation(
  counter: QuotaCounter | null,
  existing: { need: QuotaMark | null; expert: QuotaMark | null },
  visit: CountedVisit,
  at: string,
): CountedConfirmation {
  const base = counter ?? emptyCounter(visit.stationId, visit.societyId, visit.year, at);
  const months = base.months.map((month) => ({ ...month }));
  const month = months[visit.month - 1];
  const next: QuotaCounter = { ...base, months, visits: base.visits + 1, updatedAt: at };
  month.visits += 1;
  const marks: QuotaMark[] = [];
  const common = { stationId: visit.stationId, year: visit.year, month: visit.month, firstVisitId: visit._id };

  if (!existing.need) {
    marks.push({
      _id: needMarkId(visit.stationId, visit.year, visit.needId),
      kind: 'need',
      subject: visit.needId,
      ...common,
    });
    next.needsServed += 1;
    month.needsServed += 1;
  }
  if (!existing.expert) {
    marks.push({
      _id: expertMarkId(visit.stationId, visit.year, visit.expertOpenid),
      kind: 'expert',
      subject: visit.expertOpenid,
      outOfProvince: visit.outOfProvince,
      ...common,
    });
    next.experts += 1;
    month.experts += 1;
    if (visit.outOfProvince) next.outOfProvinceExperts += 1;
  } else if (visit.outOfProvince && !existing.expert.outOfProvince) {
    marks.push({ ...existing.expert, outOfProvince: true });
    next.outOfProvinceExperts += 1;
  }
  return { counter: next, marks };
}

/** Every counter and mark as the confirmed visits make them, in the order they were confirmed. */
export function countConfirmedVisits(
  visits: readonly CountedVisit[],
  at: string,
): { counters: QuotaCounter[]; marks: QuotaMark[] } {
  const counters = new Map<string, QuotaCounter>();
  const marks = new Map<string, QuotaMark>();
  for (const visit of visits) {
    const id = counterId(visit.stationId, visit.year);
    const counted = countConfirmation(
      counters.get(id) ?? null,
      {
        need: marks.get(needMarkId(visit.stationId, visit.year, visit.needId)) ?? null,
        expert: marks.get(expertMarkId(visit.stationId, visit.year, visit.expertOpenid)) ?? null,
      },
      visit,
      at,
    );
    counters.set(id, counted.counter);
    counted.marks.forEach((mark) => marks.set(mark._id, mark));
  }
  return { counters: [...counters.values()], marks: [...marks.values()] };
}
