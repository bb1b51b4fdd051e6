import type { MakeUpCount } from '../../../../types/domain';
import { makeUpCountId } from '../domain/makeUp';
import { db } from './db';

/** An expert's 补卡 of one month; null before their first. */
export async function findMakeUpCount(openid: string, month: string): Promise<MakeUpCount | null> {
  const { data } = await db().collection<MakeUpCount>('makeUpCounts').doc(makeUpCountId(openid, month)).get();
  return data ?? null;
}
