import type { Role, RoleGrant } from '../../../../types/domain';
import { allPages, db } from './db';

/** A person holds a handful of roles; this bound only guards against a runaway loop. */
const MAX_GRANTS_PER_USER = 100;
/** A station's roster, removed members included, stays far below this. */
const MAX_ROSTER = 500;

export async function activeGrantsOf(openid: string): Promise<RoleGrant[]> {
  const { data } = await db()
    .collection<RoleGrant>('roles')
    .where({ openid, revokedAt: db().command.exists(false) })
    .limit(MAX_GRANTS_PER_USER)
    .get();
  return data;
}

export async function findGrant(id: string): Promise<RoleGrant | null> {
  const { data } = await db().collection<RoleGrant>('roles').doc(id).get();
  return data ?? null;
}

export async function stationRoster(stationId: string, includeRemoved: boolean): Promise<RoleGrant[]> {
  const condition = includeRemoved ? { stationId } : { stationId, revokedAt: db().command.exists(false) };
  const { data } = await db()
    .collection<RoleGrant>('roles')
    .where(condition)
    .orderBy('grantedAt', 'asc')
    .limit(MAX_ROSTER)
    .get();
  return data;
}

/** Grants copy the station's name; a rename rewrites them in one request, whatever their number. */
export async function renameStationInGrants(stationId: string, stationName: string): Promise<void> {
  await db().collection<RoleGrant>('roles').where({ stationId }).update({ data: { stationName } });
}

/** The OPENIDs of a society's admins now: who hears about its stations' rosters. */
export async function societyAdminOpenids(societyId: string): Promise<string[]> {
  const { data } = await db()
    .collection<RoleGrant>('roles')
    .where({ role: 'society_admin', societyId, revokedAt: db().command.exists(false) })
    .limit(MAX_ROSTER)
    .get();
  return data.map((grant) => grant.openid);
}

/** The OPENIDs holding one of `roles` at a station now, in one request: who hears of its news. */
export async function stationOpenids(stationId: string, roles: readonly Role[]): Promise<string[]> {
  const { data } = await db()
    .collection<RoleGrant>('roles')
    .where({ stationId, role: db().command.in([...roles]), revokedAt: db().command.exists(false) })
    .limit(MAX_ROSTER)
    .get();
  return [...new Set(data.map((grant) => grant.openid))];
}

/** The admins of several societies now, a request per 1000 grants: who hears about a round's stations. */
export async function societyAdminsOf(societyIds: readonly string[]): Promise<RoleGrant[]> {
  if (societyIds.length === 0) return [];
  return allPages(
    db()
      .collection<RoleGrant>('roles')
      .where({
        role: 'society_admin',
        societyId: db().command.in([...societyIds]),
        revokedAt: db().command.exists(false),
      }),
  );
}
