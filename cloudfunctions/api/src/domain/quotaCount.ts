import type { QuotaCounter, QuotaMark, QuotaMarkVisit, Visit } from '../../../../types/domain';

/** What counting needs of a confirmed visit: the snapshot taken when it was confirmed. */
export type CountedVisit = Pick<
  Visit,
  '_id' | 'stationId' | 'societyId' | 'needId' | 'expertOpenid' | 'year' | 'month' | 'outOfProvince'
> & { checkIn: Pick<Visit['checkIn'], 'at'> };

export const counterId = (stationId: string, year: number) => `${stationId}:${year}`;
export const needMarkId = (stationId: string, year: number, needId: string) => `need:${stationId}:${year}:${needId}`;
export const expertMarkId = (stationId: string, year: number, openid: string) =>
  `expert:${stationId}:${year}:${openid}`;

/** A year's twelve months with nothing counted yet. */
export const emptyMonths = (): QuotaCounter['months'] =>
  Array.from({ length: 12 }, () => ({ visits: 0, needsServed: 0, experts: 0 }));

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
    months: emptyMonths(),
    updatedAt: at,
  };
}

/** The order of a mark's visits: earliest check-in first, ties by id, so any order of counting agrees. */
export function compareMarkVisits(a: QuotaMarkVisit, b: QuotaMarkVisit): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.visitId < b.visitId ? -1 : a.visitId > b.visitId ? 1 : 0;
}

function markVisit(visit: CountedVisit): QuotaMarkVisit {
  return { visitId: visit._id, at: visit.checkIn.at, month: visit.month, outOfProvince: visit.outOfProvince };
}

function emptyMark(kind: QuotaMark['kind'], visit: CountedVisit): QuotaMark {
  const subject = kind === 'need' ? visit.needId : visit.expertOpenid;
  return {
    _id: (kind === 'need' ? needMarkId : expertMarkId)(visit.stationId, visit.year, subject),
    stationId: visit.stationId,
    societyId: visit.societyId,
    year: visit.year,
    kind,
    subject,
    visits: [],
  };
}

/**
 * What one mark adds to its station-year's counter (sign 1) or takes away (sign -1): a need
 * counts once, in the month of its earliest confirmed visit, and carries its visits; an expert
 * counts once, in their earliest month, and as out of province if any of their visits was.
 */
function applyMark(counter: QuotaCounter, mark: QuotaMark, sign: 1 | -1): void {
  const [first] = mark.visits;
  if (!first) return;
  const month = counter.months[first.month - 1];
  if (mark.kind === 'need') {
    counter.needsServed += sign;
    month.needsServed += sign;
    for (const visit of mark.visits) {
      counter.visits += sign;
      counter.months[visit.month - 1].visits += sign;
    }
    return;
  }
  counter.experts += sign;
  month.experts += sign;
  if (mark.visits.some((visit) => visit.outOfProvince)) counter.outOfProvinceExperts += sign;
}

function copyCounter(counter: QuotaCounter, at: string): QuotaCounter {
  return { ...counter, months: counter.months.map((month) => ({ ...month })), updatedAt: at };
}

export interface CountChange {
  counter: QuotaCounter;
  /** Marks to write whole. */
  put: QuotaMark[];
  /** Ids of marks left without a confirmed visit. */
  remove: string[];
}

/**
 * A visit becoming confirmed ('confirm') or losing its confirmation ('reverse'), given the
 * station-year's counter and the marks of its need and expert as stored. Null when there is
 * nothing to change (the visit is already counted, or was never counted), so a repeat is harmless.
 */
export function countChange(
  counter: QuotaCounter | null,
  existing: { need: QuotaMark | null; expert: QuotaMark | null },
  visit: CountedVisit,
  change: 'confirm' | 'reverse',
  at: string,
): CountChange | null {
  const counted = existing.need?.visits.some((entry) => entry.visitId === visit._id) ?? false;
  if (counted === (change === 'confirm')) return null;
  const next = copyCounter(counter ?? emptyCounter(visit.stationId, visit.societyId, visit.year, at), at);
  const result: CountChange = { counter: next, put: [], remove: [] };
  for (const kind of ['need', 'expert'] as const) {
    const before = existing[kind] ?? emptyMark(kind, visit);
    const others = before.visits.filter((entry) => entry.visitId !== visit._id);
    const visits = change === 'confirm' ? [...others, markVisit(visit)].sort(compareMarkVisits) : others;
    const after: QuotaMark = { ...before, visits };
    applyMark(next, before, -1);
    applyMark(next, after, 1);
    if (visits.length > 0) result.put.push(after);
    else if (existing[kind]) result.remove.push(before._id);
  }
  return result;
}

/** Every station-year's counter as its marks make it: the rebuild's arithmetic, and the demo's. */
export function countersFromMarks(marks: Iterable<QuotaMark>, at: string): QuotaCounter[] {
  const counters = new Map<string, QuotaCounter>();
  for (const mark of marks) {
    const id = counterId(mark.stationId, mark.year);
    let counter = counters.get(id);
    if (!counter) {
      counter = emptyCounter(mark.stationId, mark.societyId, mark.year, at);
      counters.set(id, counter);
    }
    applyMark(counter, mark, 1);
  }
  return [...counters.values()];
}

/** The marks and counters that a set of confirmed visits makes, whatever order they come in. */
export function countConfirmedVisits(
  visits: readonly CountedVisit[],
  at: string,
): { counters: QuotaCounter[]; marks: QuotaMark[] } {
  const marks = new Map<string, QuotaMark>();
  for (const visit of visits) {
    for (const kind of ['need', 'expert'] as const) {
      const empty = emptyMark(kind, visit);
      const mark = marks.get(empty._id) ?? empty;
      mark.visits.push(markVisit(visit));
      marks.set(mark._id, mark);
    }
  }
  for (const mark of marks.values()) mark.visits.sort(compareMarkVisits);
  return { counters: countersFromMarks(marks.values(), at), marks: [...marks.values()] };
}

/** Whether two counters hold the same figures (when they were written aside). */
export function sameCount(a: QuotaCounter, b: QuotaCounter): boolean {
  return (
    a.stationId === b.stationId &&
    a.societyId === b.societyId &&
    a.year === b.year &&
    a.needsServed === b.needsServed &&
    a.experts === b.experts &&
    a.outOfProvinceExperts === b.outOfProvinceExperts &&
    a.visits === b.visits &&
    a.months.every(
      (month, i) =>
        month.visits === b.months[i]?.visits &&
        month.needsServed === b.months[i]?.needsServed &&
        month.experts === b.months[i]?.experts,
    )
  );
}

/** Whether two marks hold the same visits in the same order. */
export function sameMark(a: QuotaMark, b: QuotaMark): boolean {
  return (
    a.societyId === b.societyId &&
    a.visits.length === b.visits.length &&
    a.visits.every(
      (visit, i) =>
        visit.visitId === b.visits[i].visitId &&
        visit.at === b.visits[i].at &&
        visit.month === b.visits[i].month &&
        visit.outOfProvince === b.visits[i].outOfProvince,
    )
  );
}
