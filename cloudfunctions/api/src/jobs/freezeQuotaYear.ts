import type { AuditEntry, QuotaYear } from '../../../../types/domain';
import { calendarMoment } from '../domain/calendar';
import { closeDateOf, isYearFrozen } from '../domain/quotaYear';
import { runTransaction } from '../store/transaction';
import type { ScheduledJob } from './index';

/**
 * Every hour: the year just ended is frozen once its close has come (00:00 Asia/Shanghai on its
 * close date, at the latest 31 March), so its counters become the assessment's figures. One read
 * per tick; a tick delivered twice, or one made up after a missed hour, finds it frozen and stops.
 * Changes are refused from the close instant whether or not this has run yet (`isYearFrozen`).
 */
export const freezeQuotaYear: ScheduledJob = {
  name: 'freeze-quota-year',
  async run(now) {
    const year = calendarMoment(now).year - 1;
    const frozenAt = now.toISOString();
    await runTransaction(async (tx) => {
      const years = tx.collection<QuotaYear>('quotaYears');
      const { data: record } = await years.doc(String(year)).get();
      if (record?.frozenAt || !isYearFrozen(year, now, record)) return;
      const closesOn = closeDateOf(year, record);
      if (record) await years.doc(String(year)).update({ data: { closesOn, frozenAt } });
      else await years.doc(String(year)).set({ data: { year, closesOn, frozenAt } });
      await tx.collection<AuditEntry>('audit').add({
        data: { at: frozenAt, actor: 'system', action: 'quota.freeze', detail: `${year}（封存日期 ${closesOn}）` },
      });
    });
  },
};
