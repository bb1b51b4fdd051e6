import type { AgreementReminder, Station } from '../../../../types/domain';
import { allPages, db } from './db';
import { isConflict } from './transaction';

/** Running stations whose agreement ends on or before `lastDay` (index `status` + `cooperationEnd`): a request per 1000. */
export function stationsWithAgreementEndingBy(lastDay: string): Promise<Station[]> {
  const _ = db().command;
  return allPages(
    db()
      .collection<Station>('stations')
      .where({ status: _.in(['operating', 'suspended']), cooperationEnd: _.lte(lastDay) }),
  );
}

/** Records a reminder under its deterministic id; false when it was already recorded (and so sent). */
export async function recordReminder(reminder: AgreementReminder): Promise<boolean> {
  try {
    await db().collection<AgreementReminder>('agreementReminders').add({ data: reminder });
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}
