import type { Need, Visit } from '../../../../types/domain';
import { applyCommand, refusalOf } from '../domain/needs';
import type { Tx } from '../store/transaction';

/**
 * What becoming confirmed changes, inside the transaction that confirms: the visit gets the
 * expert's out-of-province flag as of now, and a need served for the first time moves to
 * "in service". Quota counters (issue 6) belong here too, so nothing counts twice.
 */
export async function confirmInTransaction(
  tx: Tx,
  visit: Visit,
  at: string,
  outOfProvince: boolean,
): Promise<Partial<Visit>> {
  const { data: need } = await tx.collection<Need>('needs').doc(visit.needId).get();
  if (need && refusalOf(need, 'serve') === null) {
    await tx
      .collection<Need>('needs')
      .doc(need._id)
      .update({ data: applyCommand(need, 'serve', { at, by: 'system', role: 'system' }) });
  }
  return { status: 'confirmed', confirmedAt: at, outOfProvince };
}
