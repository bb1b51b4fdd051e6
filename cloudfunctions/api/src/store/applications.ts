import type { Application, ApplicationVersion, BlacklistEntry } from '../../../../types/application';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../../types/catalogue';
import type { RoleGrant } from '../../../../types/domain';
import { bootstrapCityAdmins } from '../context';
import type { PageWindow } from '../domain/paging';
import { db } from './db';

/** The city's admins are a handful; this bound only guards against a runaway loop. */
const MAX_CITY_ADMINS = 100;

export async function findApplication(id: string): Promise<Application | null> {
  const { data } = await db().collection<Application>('applications').doc(id).get();
  return data ?? null;
}

/**
 * A page of applications, latest change first: a society admin's own societies' (drafts
 * included), or every society's once submitted for the city.
 */
export async function pageApplications(
  scope: { societyIds: 'all' | string[] },
  status: ApplicationStatus | undefined,
  window: PageWindow,
): Promise<{ applications: Application[]; total: number }> {
  const _ = db().command;
  const condition =
    scope.societyIds === 'all'
      ? { status: status ?? _.in(APPLICATION_STATUSES.filter((candidate) => candidate !== 'draft')) }
      : { societyId: _.in(scope.societyIds), ...(status && { status }) };
  const query = db().collection<Application>('applications').where(condition);
  const [page, count] = await Promise.all([
    query.orderBy('updatedAt', 'desc').orderBy('_id', 'asc').skip(window.skip).limit(window.pageSize).get(),
    query.count(),
  ]);
  return { applications: page.data, total: count.total };
}

/** The two latest submitted versions, latest first: what the reviewer compares. */
export async function latestVersions(applicationId: string): Promise<ApplicationVersion[]> {
  const { data } = await db()
    .collection<ApplicationVersion>('applicationVersions')
    .where({ applicationId })
    .orderBy('version', 'desc')
    .limit(2)
    .get();
  return data;
}

export async function findApplicationVersion(
  applicationId: string,
  version: number,
): Promise<ApplicationVersion | null> {
  const { data } = await db()
    .collection<ApplicationVersion>('applicationVersions')
    .doc(`${applicationId}:v${version}`)
    .get();
  return data ?? null;
}

/**
 * The list's entries that name any of these parties, by name or by code: one request, however
 * long the list. An entry taken off the list no longer refuses anyone.
 */
export async function blacklistEntriesFor(names: string[], codes: string[]): Promise<BlacklistEntry[]> {
  const _ = db().command;
  const conditions = [
    ...(names.length > 0 ? [{ name: _.in(names) }] : []),
    ...(codes.length > 0 ? [{ code: _.in(codes) }] : []),
  ];
  if (conditions.length === 0) return [];
  const { data } = await db()
    .collection<BlacklistEntry>('blacklist')
    .where(_.and(_.or(conditions), { removedAt: _.exists(false) }) as object)
    .limit(names.length + codes.length + 100)
    .get();
  return data;
}

/** Who hears of a submitted application: the city's admins, stored or set in the function's settings. */
export async function cityAdminOpenids(): Promise<string[]> {
  const { data } = await db()
    .collection<RoleGrant>('roles')
    .where({ role: 'city_admin', revokedAt: db().command.exists(false) })
    .limit(MAX_CITY_ADMINS)
    .get();
  return [...new Set([...bootstrapCityAdmins(), ...data.map((grant) => grant.openid)])];
}
