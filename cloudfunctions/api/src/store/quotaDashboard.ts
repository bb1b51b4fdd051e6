import type { QuotaCounter, RoleGrant, Station } from '../../../../types/domain';
import type { DashboardSources } from '../domain/quotaDashboard';
import { operatedDuring } from '../domain/stationStatus';
import { allPages, db, MAX_GET } from './db';

/** What every station's line for a year is made of, of one society or all: a few requests per 1000 stations. */
export async function dashboardSources(year: number, societyId?: string): Promise<DashboardSources> {
  const [stations, counters] = await Promise.all([
    stationsOperatedDuring(year, societyId),
    countersOfYear(year, societyId),
  ]);
  const roster = await rosterExpertCounts(stations.map((station) => station._id));
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

/**
 * Experts on each station's roster now, counted in the database: a request per 1000 stations,
 * each reading only those stations' grants (through role + revokedAt + stationId), so the whole
 * count reads every grant once however many stations there are.
 */
async function rosterExpertCounts(stationIds: readonly string[]): Promise<Map<string, number>> {
  const _ = db().command;
  const $ = _.aggregate;
  const chunks = Array.from({ length: Math.ceil(stationIds.length / MAX_GET) }, (_unused, i) =>
    stationIds.slice(i * MAX_GET, (i + 1) * MAX_GET),
  );
  const pages = await Promise.all(
    chunks.map((chunk) =>
      db()
        .collection<RoleGrant>('roles')
        .aggregate()
        .match({ role: 'expert', revokedAt: _.exists(false), stationId: _.in(chunk) })
        .group({ _id: '$stationId', experts: $.sum(1) })
        .limit(MAX_GET)
        .end(),
    ),
  );
  return new Map(pages.flatMap(({ list }) => list.map((row) => [String(row._id), Number(row.experts)] as const)));
}
