import type { AuditEntry, QuotaYear } from '../../../../types/domain';
import { calendarMoment } from '../domain/calendar';
import { yearToFreeze } from '../domain/quotaYear';
import { runTransaction } from '../store/transaction';
import type { ScheduledJob } from './index';

/**
 * At midnight on each day of January (Asia/Shanghai) the year just ended is frozen, once: its
 * counters become the figures the annual assessment uses. Later ticks find it frozen and stop,
 * so a missed midnight is made up the next day. A tick can never freeze the year the
 * function's own clock is in, whatever time the event claims.
 */
export const freezeQuotaYear: ScheduledJob = {
  name: 'freeze-quota-year',
  month: 1,
  hour: 0,
  async run(now) {
    const year = yearToFreeze(now);
    if (year >= calendarMoment(new Date()).year) return;
    const frozenAt = now.toISOString();
    await runTransaction(async (tx) => {
      const years = tx.collection<QuotaYear>('quotaYears');
      const { data: frozen } = await years.doc(String(year)).get();
      if (frozen) return;
      await years.add({ data: { _id: String(year), year, frozenAt } });
      await tx.collection<AuditEntry>('audit').add({
        data: { at: frozenAt, actor: 'system', action: 'quota.freeze', detail: String(year) },
      });
    });
  },
};
