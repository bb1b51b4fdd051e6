import type { UserProfile } from '../../../../types/domain';
import { db } from './db';

export async function findProfile(openid: string): Promise<UserProfile | null> {
  const { data } = await db().collection<UserProfile>('users').doc(openid).get();
  return data ?? null;
}

/** Profiles of up to 1,000 people in one request (CloudBase's cap on a single get). */
export async function profilesOf(openids: readonly string[]): Promise<Map<string, UserProfile>> {
  const unique = [...new Set(openids)];
  if (unique.length === 0) return new Map();
  const { data } = await db()
    .collection<UserProfile>('users')
    .where({ _id: db().command.in(unique) })
    .limit(1000)
    .get();
  return new Map(data.map((profile) => [profile._id, profile]));
}
