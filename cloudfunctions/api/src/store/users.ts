import type { UserProfile } from '../../../../types/domain';
import { db } from './db';

export async function findProfile(openid: string): Promise<UserProfile | null> {
  const { data } = await db().collection<UserProfile>('users').doc(openid).get();
  return data ?? null;
}
