import type { RoleGrant } from '../../../../types/domain';
import { db } from './db';

/** A person holds a handful of roles; this bound only guards against a runaway loop. */
const MAX_GRANTS_PER_USER = 100;

export async function activeGrantsOf(openid: string): Promise<RoleGrant[]> {
  const { data } = await db()
    .collection<RoleGrant>('roles')
    .where({ openid, revokedAt: db().command.exists(false) })
    .limit(MAX_GRANTS_PER_USER)
    .get();
  return data;
}
