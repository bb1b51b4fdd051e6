import type { QuotaCounter, RoleGrant, Station } from '../../../../types/domain';
import type { DashboardSources } from '../domain/quotaDashboard';
import { operatedDuring } from '../domain/stationStatus';
import { allPages, db, MAX_GET } from './db';

/** What every station's line for a year is made of, of one society or all: a few requests per 1000 stations. */
export async function dashboardSources(year: number, societyId?: string): Promise<DashboardSources> {
  const [stations, counters, roster] = await Promise.all([
    stationsOperatedDuring(year, societyId),
    countersOfYear(year, societyId),
    rosterExpertCounts(societyId),
  ]);
  return { stations, counters: new Map(counters.map((counter) => [counter.stationId, counter])), roster };
}

/**
 * The stations that operated during `year`, of one society or all: those running now, and those
 * revoked or closed in that year or later; a request per 1000. One recognised after it is left out.
 */
export async function stationsOperatedDuring(year: number, societyId?: string): Promise<Station[]> {
  const _ = db().command;
  const status = _.or([{ status: _.in(['operating', 'suspended']) }, { endedYear: _.gte(year) }]);
  const where = societyId ? _.and(status, { societyId }) : status;
  const stations = await allPages(
    db()
      .collection<Station>('stations')
      .where(where as object),
  );
  return stations.filter((station) => operatedDuring(station, year));
}

/** Every counter of a year, of one society or all: a request per 1000. */
function countersOfYear(year: number, societyId?: string): Promise<QuotaCounter[]> {
  return allPages(
    db()
      .collection<QuotaCounter>('quotaCounters')
      .where({ year, ...(societyId && { societyId }) }),
  );
}

/** Experts on each station's roster now, counted in the database: a request per 1000 stations. */
async function rosterExpertCounts(societyId?: string): Promise<Map<string, number>> {
  const $ = db().command.aggregate;
  const counts = new Map<string, number>();
  for (;;) {
    const { list } = await db()
      .collection<RoleGrant>('roles')
      .aggregate()
      .match({ role: 'expert', revokedAt: db().command.exists(false), ...(societyId && { societyId }) })
      .group({ _id: '$stationId', experts: $.sum(1) })
      .sort({ _id: 1 })
      .skip(counts.size)
      .limit(MAX_GET)
      .end();
    for (const row of list) counts.set(String(row._id), Number(row.experts));
    if (list.length < MAX_GET) return counts;
  }
}
