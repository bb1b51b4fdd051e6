import type { Invitation } from '../../../../types/domain';
import type { PageWindow } from '../domain/paging';
import { allPages, db } from './db';

export async function findInvitation(code: string): Promise<Invitation | null> {
  const { data } = await db().collection<Invitation>('invitations').doc(code).get();
  return data ?? null;
}

/** A station's invitations, or a society's society-admin invitations, newest first. */
export async function pageInvitations(
  place: { stationId: string } | { societyId: string },
  window: PageWindow,
): Promise<{ invitations: Invitation[]; total: number }> {
  const condition = 'stationId' in place ? place : { societyId: place.societyId, role: 'society_admin' };
  const query = db().collection<Invitation>('invitations').where(condition);
  const [page, count] = await Promise.all([
    query.orderBy('createdAt', 'desc').orderBy('_id', 'asc').skip(window.skip).limit(window.pageSize).get(),
    query.count(),
  ]);
  return { invitations: page.data, total: count.total };
}

/** The invitations a person issued for a station that are neither revoked nor expired: nothing caps how many. */
export function liveInvitationsIssuedBy(createdBy: string, stationId: string, now: Date): Promise<Invitation[]> {
  const _ = db().command;
  return allPages(
    db()
      .collection<Invitation>('invitations')
      .where({ createdBy, stationId, revokedAt: _.exists(false), expiresAt: _.gt(now.toISOString()) }),
  );
}

/** An invitation from the pool still waiting for this expert at this station: unused, not revoked, not expired. */
export async function pendingPoolInvitation(
  addressedTo: string,
  stationId: string,
  now: Date,
): Promise<Invitation | null> {
  const _ = db().command;
  const { data } = await db()
    .collection<Invitation>('invitations')
    .where({ addressedTo, stationId, uses: 0, revokedAt: _.exists(false), expiresAt: _.gt(now.toISOString()) })
    .limit(1)
    .get();
  return data[0] ?? null;
}
