import type { Need, QuotaCounter, QuotaMark, Visit } from '../../../../types/domain';
import { applyCommand, refusalOf } from '../domain/needs';
import { visitToRateMessage, type Message } from '../domain/notifications';
import { counterId, countConfirmation, expertMarkId, needMarkId } from '../domain/quotaCount';
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
  const { data: need } = await tx.collection<Need>('needs').doc(visit.needId).get();
  if (need && refusalOf(need, 'serve') === null) {
    await tx
      .collection<Need>('needs')
      .doc(need._id)
      .update({ data: applyCommand(need, 'serve', { at, by: 'system', role: 'system' }) });
  }
  await countInTransaction(tx, { ...visit, outOfProvince }, at);
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

async function countInTransaction(tx: Tx, visit: Visit, at: string): Promise<void> {
  const counters = tx.collection<QuotaCounter>('quotaCounters');
  const marks = tx.collection<QuotaMark>('quotaMarks');
  const id = counterId(visit.stationId, visit.year);
  const [{ data: counter }, { data: need }, { data: expert }] = await Promise.all([
    counters.doc(id).get(),
    marks.doc(needMarkId(visit.stationId, visit.year, visit.needId)).get(),
    marks.doc(expertMarkId(visit.stationId, visit.year, visit.expertOpenid)).get(),
  ]);
  const counted = countConfirmation(counter, { need, expert }, visit, at);
  const { _id: counterDoc, ...counterFields } = counted.counter;
  await counters.doc(counterDoc).set({ data: counterFields });
  for (const { _id, ...fields } of counted.marks) await marks.doc(_id).set({ data: fields });
}
