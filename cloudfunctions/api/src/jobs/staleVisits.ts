import type { OpenVisitLock, Visit } from '../../../../types/domain';
import { staleBefore } from '../domain/visit';
import { runTransaction } from '../store/transaction';
import { staleOpenVisits } from '../store/visits';
import type { ScheduledJob } from './index';

const BATCH = 100;

/**
 * Every hour: a visit left open 12 hours becomes incomplete and frees the expert to check in
 * again; the expert completes it later as a correction (补录) for the station head to approve.
 * Idempotent: each visit is re-read inside its transaction and only an open one is closed.
 */
export const closeStaleVisits: ScheduledJob = {
  name: 'close-stale-visits',
  async run(now) {
    const before = staleBefore(now);
    const at = now.toISOString();
    for (;;) {
      const stale = await staleOpenVisits(before, BATCH);
      for (const visit of stale) await closeOne(visit._id, visit.expertOpenid, at);
      if (stale.length < BATCH) return;
    }
  },
};

async function closeOne(visitId: string, expertOpenid: string, at: string): Promise<void> {
  await runTransaction(async (tx) => {
    const visits = tx.collection<Visit>('visits');
    const { data: visit } = await visits.doc(visitId).get();
    if (visit?.status !== 'open') return;
    await visits.doc(visitId).update({ data: { status: 'incomplete', updatedAt: at } });
    const locks = tx.collection<OpenVisitLock>('openVisits');
    const { data: lock } = await locks.doc(expertOpenid).get();
    if (lock?.visitId === visitId) await locks.doc(expertOpenid).remove();
  });
}
