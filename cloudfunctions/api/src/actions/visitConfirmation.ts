import type { Need, Visit } from '../../../../types/domain';
import { applyCommand, refusalOf } from '../domain/needs';
import { visitToRateMessage, type Message } from '../domain/notifications';
import type { Tx } from '../store/transaction';

/**
 * What becoming confirmed changes, inside the transaction that confirms: the visit gets the
 * expert's out-of-province flag as of now, and a need served for the first time moves to
 * "in service". Quota counters (issue 6) belong here too, so nothing counts twice. The demand
 * unit is asked to rate the visit once the transaction has committed.
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
