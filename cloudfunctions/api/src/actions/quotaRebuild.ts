import type { QuotaRebuildReport } from '../../../../types/actions';
import type { QuotaCounter, QuotaMark } from '../../../../types/domain';
import { allowingRole } from '../domain/policy';
import { countConfirmedVisits, emptyCounter, sameCount, sameMark, type CountedVisit } from '../domain/quotaCount';
import { isYearFinal } from '../domain/quotaYear';
import {
  confirmedVisitsByStation,
  countersOfStations,
  marksOfStations,
  stationCount,
  stationIdsAfter,
  STATIONS_PER_BATCH,
} from '../store/quotaRebuild';
import { findQuotaYear } from '../store/quotas';
import { audit, isConflict, runTransaction, transact } from '../store/transaction';
import { documentId, integer, object, optional } from '../validate';
import { actingAs } from './guard';
import { refuseIfFrozen } from './visitConfirmation';
import type { ActionDefinition } from './types';

/** A station-year changed by a confirmation between reading it and repairing it: read it again. */
const MAX_TRIES = 3;

interface Stored {
  counter: QuotaCounter | null;
  marks: QuotaMark[];
}

type Tally = Pick<QuotaRebuildReport, 'repairedStations' | 'countersWritten' | 'marksWritten' | 'marksRemoved'>;

/**
 * Recounts a year from the confirmed visits, a batch of stations per call (the page calls again
 * with `next` and shows the progress): the batch's visits are grouped by station in the
 * database, and each station-year is compared with its stored counter and marks. One that
 * differs is rewritten in a transaction that first checks its counter has not moved since it
 * was read (a confirmation in between makes it read again); the rewritten counter makes any
 * confirmation still in flight conflict and retry. Station-years that agree are not written.
 */
export const rebuildQuotas: ActionDefinition<'quotas.rebuild'> = {
  parse: object({ year: integer(2000, 2100), after: optional(documentId) }),
  write: true,
  async handle({ year, after }, caller) {
    await actingAs(caller, allowingRole(await caller.grants(), 'quota.rebuild', { societyId: '' }));
    refuseIfFrozen(year, caller.now, isYearFinal(year, caller.now) ? await findQuotaYear(year) : null);
    const at = caller.now.toISOString();
    const stationIds = await stationIdsAfter(after);
    const [stationsTotal, confirmed, counters, marks] = await Promise.all([
      stationCount(),
      confirmedVisitsByStation(year, stationIds),
      countersOfStations(year, stationIds),
      marksOfStations(year, stationIds),
    ]);
    const stored = storedByStation(counters, marks);
    const tally: Tally = { repairedStations: 0, countersWritten: 0, marksWritten: 0, marksRemoved: 0 };
    let visits = 0;
    for (const stationId of stationIds) {
      const own = confirmed.get(stationId) ?? [];
      visits += own.length;
      await reconcile(stationId, year, own, stored.get(stationId) ?? { counter: null, marks: [] }, at, tally);
    }
    const report: QuotaRebuildReport = {
      year,
      stations: stationIds.length,
      stationsTotal,
      visits,
      ...tally,
      next: stationIds.length === STATIONS_PER_BATCH ? stationIds[stationIds.length - 1] : null,
    };
    return transact(caller, async (tx) => {
      await audit(tx, { at, actor: caller.openid, action: 'quota.rebuild', detail: JSON.stringify(report) });
      return report;
    });
  },
};

function storedByStation(counters: QuotaCounter[], marks: QuotaMark[]): Map<string, Stored> {
  const stored = new Map<string, Stored>();
  const of = (stationId: string) => {
    const entry = stored.get(stationId) ?? { counter: null, marks: [] };
    stored.set(stationId, entry);
    return entry;
  };
  for (const counter of counters) of(counter.stationId).counter = counter;
  for (const mark of marks) of(mark.stationId).marks.push(mark);
  return stored;
}

async function reconcile(
  stationId: string,
  year: number,
  confirmed: CountedVisit[],
  stored: Stored,
  at: string,
  tally: Tally,
  tries = 1,
): Promise<void> {
  const expected = countConfirmedVisits(confirmed, at);
  const counter = expected.counters[0] ?? emptyCounter(stationId, stored.counter?.societyId ?? '', year, at);
  const before = new Map(stored.marks.map((mark) => [mark._id, mark]));
  const put = expected.marks.filter((mark) => {
    const old = before.get(mark._id);
    return !old || !sameMark(old, mark);
  });
  const kept = new Set(expected.marks.map((mark) => mark._id));
  const remove = stored.marks.filter((mark) => !kept.has(mark._id)).map((mark) => mark._id);
  const counterAgrees = stored.counter !== null && sameCount(stored.counter, counter);
  const nothingToCount = stored.counter === null && confirmed.length === 0;
  if ((counterAgrees || nothingToCount) && put.length === 0 && remove.length === 0) return;
  try {
    await runTransaction(async (tx) => {
      const counters = tx.collection<QuotaCounter>('quotaCounters');
      const { data: current } = await counters.doc(counter._id).get();
      if ((current?.updatedAt ?? null) !== (stored.counter?.updatedAt ?? null)) throw new StationMoved();
      const { _id, ...fields } = counter;
      await counters.doc(_id).set({ data: fields });
      const marks = tx.collection<QuotaMark>('quotaMarks');
      for (const { _id: markId, ...mark } of put) await marks.doc(markId).set({ data: mark });
      for (const markId of remove) await marks.doc(markId).remove();
    });
  } catch (error) {
    if (!(error instanceof StationMoved || isConflict(error)) || tries >= MAX_TRIES) throw error;
    const [again, [storedCounter], storedMarks] = await Promise.all([
      confirmedVisitsByStation(year, [stationId]),
      countersOfStations(year, [stationId]),
      marksOfStations(year, [stationId]),
    ]);
    const fresh = { counter: storedCounter ?? null, marks: storedMarks };
    return reconcile(stationId, year, again.get(stationId) ?? [], fresh, at, tally, tries + 1);
  }
  tally.repairedStations += 1;
  tally.countersWritten += 1;
  tally.marksWritten += put.length;
  tally.marksRemoved += remove.length;
}

class StationMoved extends Error {}
