import type { QuotaYear } from '../../../../types/domain';
import { transition } from '../domain/audit';
import { allowingRole } from '../domain/policy';
import { closeDateOf, closeMoveProblem, yearCloseOf } from '../domain/quotaYear';
import { invalidInput } from '../errors';
import { audit, transact } from '../store/transaction';
import { calendarDate, integer, object } from '../validate';
import { actingAs } from './guard';
import { refuseIfFrozen } from './visitConfirmation';
import type { ActionDefinition } from './types';

/**
 * The city admin moves a year's close (DOMAIN.md "Year end"), while it has not passed. Decided in
 * the transaction that writes it, so it cannot race the hourly freeze or another move.
 */
export const setYearClose: ActionDefinition<'quotas.setYearClose'> = {
  parse: object({ year: integer(2000, 2100), closesOn: calendarDate }),
  write: true,
  async handle({ year, closesOn }, caller) {
    await actingAs(caller, allowingRole(await caller.grants(), 'quota.close', { societyId: '' }));
    const problem = closeMoveProblem(year, closesOn, caller.now);
    if (problem) throw invalidInput(problem);
    const at = caller.now.toISOString();
    return transact(caller, async (tx) => {
      const years = tx.collection<QuotaYear>('quotaYears');
      const { data: record } = await years.doc(String(year)).get();
      refuseIfFrozen(year, caller.now, record);
      const moved = { year, closesOn, closeMovedBy: caller.openid, closeMovedAt: at };
      await years.doc(String(year)).set({ data: moved });
      await audit(tx, {
        at,
        actor: caller.openid,
        action: 'quota.close.move',
        role: 'city_admin',
        detail: `${year}：${closeDateOf(year, record)} → ${closesOn}`,
        ...transition('closesOn', closeDateOf(year, record), closesOn),
      });
      return yearCloseOf(year, caller.now, { _id: String(year), ...moved });
    });
  },
};
