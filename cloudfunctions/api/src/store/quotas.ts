import type { QuotaCounter, QuotaYear, RoleGrant } from '../../../../types/domain';
import { counterId } from '../domain/quotaCount';
import { db } from './db';

/** One station-year's counter; null before its first confirmed visit. */
export async function findCounter(stationId: string, year: number): Promise<QuotaCounter | null> {
  const { data } = await db().collection<QuotaCounter>('quotaCounters').doc(counterId(stationId, year)).get();
  return data ?? null;
}

/** Experts on a station's roster now: one count, whatever the roster's size. */
export async function rosterExpertCount(stationId: string): Promise<number> {
  const { total } = await db()
    .collection<RoleGrant>('roles')
    .where({ stationId, role: 'expert', revokedAt: db().command.exists(false) })
    .count();
  return total;
}

/** A year the 1 January job has frozen; null while it is open. */
export async function findQuotaYear(year: number): Promise<QuotaYear | null> {
  const { data } = await db().collection<QuotaYear>('quotaYears').doc(String(year)).get();
  return data ?? null;
}
