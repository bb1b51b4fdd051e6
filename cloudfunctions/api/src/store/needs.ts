import type { NeedFilter } from '../../../../types/actions';
import type { Need, NeedStatus, RoleGrant } from '../../../../types/domain';
import { grantId } from '../domain/invitation';
import type { PageWindow } from '../domain/paging';
import { db } from './db';
import { containing } from './textMatch';

export async function findNeed(id: string): Promise<Need | null> {
  const { data } = await db().collection<Need>('needs').doc(id).get();
  return data ?? null;
}

export interface NeedQuery extends Omit<NeedFilter, 'stationId' | 'assignedToMe' | 'statuses'> {
  stationId?: string;
  assignedTo?: string;
  /** Absent: every status. */
  statuses?: readonly NeedStatus[];
}

/** One page, newest first, and the total: two requests, whatever the number of needs. */
export async function pageNeeds(query: NeedQuery, window: PageWindow): Promise<{ needs: Need[]; total: number }> {
  const selection = db().collection<Need>('needs').where(condition(query));
  const [page, count] = await Promise.all([
    selection.orderBy('createdAt', 'desc').skip(window.skip).limit(window.pageSize).get(),
    selection.count(),
  ]);
  return { needs: page.data, total: count.total };
}

function condition(query: NeedQuery): object {
  const _ = db().command;
  const where: Record<string, unknown> = {};
  if (query.stationId) where.stationId = query.stationId;
  if (query.assignedTo) where.assignedExperts = query.assignedTo;
  if (query.year) where.year = query.year;
  if (query.industry) where.industry = query.industry;
  if (query.serviceType) where.serviceType = query.serviceType;
  if (query.statuses) where.status = query.statuses.length === 1 ? query.statuses[0] : _.in([...query.statuses]);
  if (query.search) where.title = containing(query.search);
  return where;
}

/** Which of `openids` are experts on the station's roster now: one request by the grants' known ids. */
export async function activeExperts(stationId: string, openids: readonly string[]): Promise<Set<string>> {
  if (openids.length === 0) return new Set();
  const ids = openids.map((openid) => grantId('expert', { stationId }, openid));
  const { data } = await db()
    .collection<RoleGrant>('roles')
    .where({ _id: db().command.in(ids), revokedAt: db().command.exists(false) })
    .limit(ids.length)
    .get();
  return new Set(data.map((grant) => grant.openid));
}
