import type { Visit, VisitRating } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { roundToTenth } from '../domain/evaluation';
import { ratingLocked } from '../domain/rating';
import { AppError, invalidInput } from '../errors';
import { checkTexts } from '../store/contentCheck';
import { ratingsByExpert, type RatingScope } from '../store/ratings';
import { transact } from '../store/transaction';
import { boolean, documentId, integer, object, optional, text } from '../validate';
import { authorize, recordTarget, requireSociety, requireStation, stationTarget } from './guard';
import type { ActionDefinition } from './types';
import { visitDetail } from './visitViews';
import { requireVisit } from './visits';

const score = integer(1, 5);

export const rateVisit: ActionDefinition<'visits.rate'> = {
  parse: object({
    visitId: documentId,
    responsiveness: score,
    professionalism: score,
    effect: score,
    comment: text(0, 500),
  }),
  write: true,
  async handle(input, caller) {
    const visit = await requireVisit(input.visitId);
    await authorize(caller, 'visit.rate', recordTarget(visit));
    if (visit.status !== 'confirmed') throw new AppError('VISIT_WRONG_STATUS', '只能为已确认的服务评分');
    if (visit.rating && ratingLocked(visit.rating.firstAt, caller.now)) throw new AppError('RATING_LOCKED');
    await checkTexts(caller.openid, [{ label: '评价内容', text: input.comment }]);
    const at = caller.now.toISOString();
    return transact(caller, async (tx) => {
      const { data: current } = await tx.collection<Visit>('visits').doc(visit._id).get();
      if (!current || current.status !== 'confirmed') throw new AppError('VISIT_WRONG_STATUS');
      if (current.rating && ratingLocked(current.rating.firstAt, caller.now)) throw new AppError('RATING_LOCKED');
      const rating: VisitRating = {
        responsiveness: input.responsiveness,
        professionalism: input.professionalism,
        effect: input.effect,
        comment: input.comment,
        by: caller.openid,
        firstAt: current.rating?.firstAt ?? at,
        at,
      };
      await tx
        .collection<Visit>('visits')
        .doc(visit._id)
        .update({ data: { rating, updatedAt: at } });
      return visitDetail({ ...current, rating, updatedAt: at }, caller);
    });
  },
};

export const expertRatings: ActionDefinition<'ratings.experts'> = {
  parse: object({ stationId: optional(documentId), societyId: optional(documentId), mine: optional(boolean) }),
  async handle(input, caller) {
    const groups = await ratingsByExpert(await ratingScope(input, caller));
    return {
      experts: groups
        .map((group) => ({
          ...group,
          responsiveness: roundToTenth(group.responsiveness),
          professionalism: roundToTenth(group.professionalism),
          effect: roundToTenth(group.effect),
        }))
        .sort((a, b) => b.ratedVisits - a.ratedVisits || a.expertName.localeCompare(b.expertName, 'zh')),
    };
  },
};

/** Exactly one of: a station, a society, or the caller's own ratings as an expert. */
async function ratingScope(
  input: { stationId?: string; societyId?: string; mine?: boolean },
  caller: CallerContext,
): Promise<RatingScope> {
  const chosen = [input.stationId, input.societyId, input.mine].filter(Boolean).length;
  if (chosen !== 1) throw invalidInput('请指定一个工作站、一个学会，或查看我自己的评分');
  if (input.mine) return { expertOpenid: caller.openid };
  if (input.stationId) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'rating.view', stationTarget(station));
    return { stationId: station._id };
  }
  const society = await requireSociety(input.societyId!);
  await authorize(caller, 'society.view', { societyId: society._id });
  return { societyId: society._id };
}
