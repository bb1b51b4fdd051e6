import type { Visit } from '../../../../types/domain';
import { db } from './db';

export interface ExpertActivity {
  /** Confirmed visits at the station in `year`. */
  visitsInYear: number;
  /** Check-in of the last confirmed visit at the station, any year. */
  lastVisitAt: string | null;
}

/** Per expert of `openids`, their confirmed visits at one station: one aggregation, whatever their number. */
export async function expertActivity(
  stationId: string,
  openids: readonly string[],
  year: number,
): Promise<Map<string, ExpertActivity>> {
  if (openids.length === 0) return new Map();
  const _ = db().command;
  const $ = _.aggregate;
  const { list } = await db()
    .collection<Visit>('visits')
    .aggregate()
    .match({ stationId, status: 'confirmed', expertOpenid: _.in([...openids]) })
    // Newest first, then the first of each group: the local runtime's $max (mingo 6.7) skips strings.
    .sort({ 'checkIn.at': -1 })
    .group({
      _id: '$expertOpenid',
      visitsInYear: $.sum($.cond({ if: $.eq(['$year', year]), then: 1, else: 0 })),
      lastVisitAt: $.first('$checkIn.at'),
    })
    .limit(openids.length)
    .end();
  return new Map(
    list.map((row) => [
      String(row._id),
      {
        visitsInYear: Number(row.visitsInYear),
        lastVisitAt: typeof row.lastVisitAt === 'string' ? row.lastVisitAt : null,
      },
    ]),
  );
}
