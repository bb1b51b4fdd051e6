import type { ExpertRating } from '../../../../types/actions';
import type { Visit } from '../../../../types/domain';
import { db } from './db';

export type RatingScope = { stationId: string } | { societyId: string } | { expertOpenid: string };

/** Averages per expert over rated, confirmed visits (unrounded): one aggregation, whatever the number of visits. */
export async function ratingsByExpert(scope: RatingScope): Promise<ExpertRating[]> {
  const $ = db().command.aggregate;
  const { list } = await db()
    .collection<Visit>('visits')
    .aggregate()
    .match({ ...scope, status: 'confirmed', rating: db().command.exists(true) })
    .group({
      _id: '$expertOpenid',
      expertName: $.max('$expertName'),
      ratedVisits: $.sum(1),
      responsiveness: $.avg('$rating.responsiveness'),
      professionalism: $.avg('$rating.professionalism'),
      effect: $.avg('$rating.effect'),
    })
    .limit(1000)
    .end();
  return list.map((row) => ({
    expertOpenid: String(row._id),
    expertName: String(row.expertName ?? ''),
    ratedVisits: Number(row.ratedVisits),
    responsiveness: Number(row.responsiveness),
    professionalism: Number(row.professionalism),
    effect: Number(row.effect),
  }));
}
