import type { Need, QuotaCounter, QuotaMark, QuotaYear, Visit } from '../../../../types/domain';
import { applyCommand, refusalOf } from '../domain/needs';
import { visitToRateMessage, type Message } from '../domain/notifications';
import { counterId, countChange, expertMarkId, needMarkId } from '../domain/quotaCount';
import { closeDateOf, frozenMessage, isYearFinal, isYearFrozen } from '../domain/quotaYear';
import { AppError } from '../errors';
import type { Tx } from '../store/transaction';

/**
 * What becoming confirmed changes, inside the transaction that confirms: the visit gets the
 * expert's out-of-province flag as of now, and a need served for the first time moves to
 * "in service", and the station-year's quota counter and first-time marks move with it: two
 * confirmations at once conflict on the counter, so nothing counts twice. The demand unit is
 * asked to rate the visit once the transaction has committed.
 */
export async function confirmInTransaction(
  tx: Tx,
  visit: Visit,
  at: string,
  outOfProvince: boolean,
): Promise<{ changes: Partial<Visit>; messages: Message[] }> {
  await refuseFrozenYear(tx, visit.year, new Date(at));
  const { data: need } = await tx.collection<Need>('needs').doc(visit.needId).get();
  if (need && refusalOf(need, 'serve') === null) {
    await tx
      .collection<Need>('needs')
      .doc(need._id)
      .update({ data: applyCommand(need, 'serve', { at, by: 'system', role: 'system' }) });
  }
  await countInTransaction(tx, { ...visit, outOfProvince }, 'confirm', at);
  // The unit that submitted the need rates the visit; a need the station recorded for it has nobody subscribed.
  const messages =
    need && !need.onBehalf
      ? [
          visitToRateMessage(need.submittedBy, {
            id: visit._id,
            needTitle: visit.needTitle,
            expertName: visit.expertName,
            checkInAt: visit.checkIn.at,
          }),
        ]
      : [];
  return { changes: { status: 'confirmed', confirmedAt: at, outOfProvince }, messages };
}

/** A confirmation taken back: the visit stops counting, and its need and expert count as the others make them. */
export async function reverseInTransaction(tx: Tx, visit: Visit, at: string): Promise<void> {
  await refuseFrozenYear(tx, visit.year, new Date(at));
  await countInTransaction(tx, visit, 'reverse', at);
}

/**
 * A frozen year's figures are the assessment's: a change to one is refused, whoever asks. Read in
 * the transaction, so a close moved or a freeze written meanwhile makes this change conflict.
 */
export async function refuseFrozenYear(tx: Tx, year: number, now: Date): Promise<void> {
  if (!isYearFinal(year, now)) return;
  const { data: record } = await tx.collection<QuotaYear>('quotaYears').doc(String(year)).get();
  refuseIfFrozen(year, now, record);
}

/** YEAR_FROZEN, naming the close date, when year Y is frozen at `now` (by its record, or its default close). */
export function refuseIfFrozen(year: number, now: Date, record: QuotaYear | null): void {
  if (isYearFrozen(year, now, record))
    throw new AppError('YEAR_FROZEN', frozenMessage(year, closeDateOf(year, record)));
}

async function countInTransaction(tx: Tx, visit: Visit, change: 'confirm' | 'reverse', at: string): Promise<void> {
  const counters = tx.collection<QuotaCounter>('quotaCounters');
  const marks = tx.collection<QuotaMark>('quotaMarks');
  const id = counterId(visit.stationId, visit.year);
  const [{ data: counter }, { data: need }, { data: expert }] = await Promise.all([
    counters.doc(id).get(),
    marks.doc(needMarkId(visit.stationId, visit.year, visit.needId)).get(),
    marks.doc(expertMarkId(visit.stationId, visit.year, visit.expertOpenid)).get(),
  ]);
  const counted = countChange(counter, { need, expert }, visit, change, at);
  if (!counted) return;
  const { _id: counterDoc, ...counterFields } = counted.counter;
  await counters.doc(counterDoc).set({ data: counterFields });
  for (const { _id, ...fields } of counted.put) await marks.doc(_id).set({ data: fields });
  for (const markId of counted.remove) await marks.doc(markId).remove();
}
