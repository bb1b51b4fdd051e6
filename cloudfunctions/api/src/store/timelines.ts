import type { ExpertTimeline } from '../../../../types/domain';
import { db } from './db';

export async function findTimeline(expertOpenid: string): Promise<ExpertTimeline | null> {
  const { data } = await db().collection<ExpertTimeline>('expertTimelines').doc(expertOpenid).get();
  return data ?? null;
}
