import type { Assessment } from '../../../../types/assessment';
import type { QuotaCounter, RoleGrant, Station, StationEvaluation } from '../../../../types/domain';
import type { RosterGroup, SocietyReportSources } from '../domain/societyReport';
import { allPages, db, MAX_GET } from './db';

type Records = Omit<SocietyReportSources, 'society' | 'yearClose'>;

/**
 * What the society's report for a year is made of, in a fixed number of requests whatever the
 * number of its stations: its stations, then one `_.in` query each for the year's counters,
 * evaluations and verdicts, and the roster sizes in one aggregation (a page per 1,000 of each).
 */
export async function societyReportRecords(societyId: string, year: number): Promise<Records> {
  const stations = await allPages(db().collection<Station>('stations').where({ societyId }));
  const ids = stations.map((station) => station._id);
  if (ids.length === 0) return { stations, counters: [], evaluations: [], verdicts: [], roster: [] };
  const _ = db().command;
  const ofYear = { stationId: _.in(ids), year };
  const [counters, evaluations, verdicts, roster] = await Promise.all([
    allPages(db().collection<QuotaCounter>('quotaCounters').where(ofYear)),
    allPages(
      db()
        .collection<StationEvaluation>('evaluations')
        .where(ofYear)
        .field({ stationId: true, overall: true, submittedAt: true }),
    ),
    allPages(db().collection<Assessment>('assessments').where(ofYear).field({ stationId: true, verdict: true })),
    rosterGroups(ids),
  ]);
  return { stations, counters, evaluations, verdicts, roster };
}

/**
 * Active grants of the stations' experts, heads and staff, counted per station, role and the
 * holder's province (joined from their profile): one aggregation, a page per 1,000 groups.
 */
async function rosterGroups(stationIds: string[]): Promise<RosterGroup[]> {
  const _ = db().command;
  const $ = _.aggregate;
  const groups: RosterGroup[] = [];
  for (;;) {
    const { list } = await db()
      .collection<RoleGrant>('roles')
      .aggregate()
      .match({
        stationId: _.in(stationIds),
        role: _.in(['expert', 'station_head', 'station_staff']),
        revokedAt: _.exists(false),
      })
      .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: 'profile' })
      .group({
        _id: { stationId: '$stationId', role: '$role', province: $.arrayElemAt(['$profile.province', 0]) },
        count: $.sum(1),
      })
      .sort({ '_id.stationId': 1, '_id.role': 1, '_id.province': 1 })
      .skip(groups.length)
      .limit(MAX_GET)
      .end();
    for (const row of list) {
      const key = row._id as { stationId: string; role: RosterGroup['role']; province?: string | null };
      groups.push({
        stationId: key.stationId,
        role: key.role,
        province: typeof key.province === 'string' ? key.province : null,
        count: Number(row.count),
      });
    }
    if (list.length < MAX_GET) return groups;
  }
}
