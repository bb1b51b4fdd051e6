import type { QuotaAlert } from '../../../../types/domain';
import { db } from './db';
import { isConflict } from './transaction';

/** Records an alert under its deterministic id; false when it was already recorded (and so sent). */
export async function recordAlert(alert: QuotaAlert): Promise<boolean> {
  try {
    await db().collection<QuotaAlert>('quotaAlerts').add({ data: alert });
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}
