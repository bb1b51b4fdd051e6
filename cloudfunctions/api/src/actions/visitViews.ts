import type { AttachmentView, VisitDetail, VisitSummary } from '../../../../types/actions';
import type { Visit } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { allowingRole } from '../domain/policy';
import { isYearFinal, isYearFrozen } from '../domain/quotaYear';
import { ratingEditableUntil, ratingLocked } from '../domain/rating';
import { temporaryUrls } from '../store/files';
import { findQuotaYear } from '../store/quotas';
import { profilesOf } from '../store/users';
import { recordTarget } from './guard';

export function visitSummary(visit: Visit): VisitSummary {
  return {
    id: visit._id,
    stationId: visit.stationId,
    stationName: visit.stationName,
    needId: visit.needId,
    needTitle: visit.needTitle,
    expertName: visit.expertName,
    serviceType: visit.serviceType,
    status: visit.status,
    proof: visit.checkIn.proof,
    checkInAt: visit.checkIn.at,
    ...(visit.checkOut && { checkOutAt: visit.checkOut.at }),
    ...(visit.durationMinutes !== undefined && { durationMinutes: visit.durationMinutes }),
    ...(visit.checkIn.distanceM !== undefined && { distanceM: visit.checkIn.distanceM }),
    late: visit.checkIn.late || Boolean(visit.checkOut?.late),
    isCorrection: Boolean(visit.correctionOf),
    year: visit.year,
    month: visit.month,
  };
}

/** A visit's page for this caller: photos as temporary URLs in one request, the reviewer's name in another. */
export async function visitDetail(visit: Visit, caller: CallerContext): Promise<VisitDetail> {
  const grants = await caller.grants();
  const isReviewer = allowingRole(grants, 'visit.review', recordTarget(visit)) !== null;
  const isRater = allowingRole(grants, 'visit.rate', recordTarget(visit)) !== null;
  const isRevoker = allowingRole(grants, 'visit.revoke', recordTarget(visit)) !== null;
  const isOwn = visit.expertOpenid === caller.openid;
  const checkOutPhotos = visit.checkOut?.photos ?? [];
  const attachments = visit.checkOut?.attachments ?? [];
  const [urls, people, yearRecord] = await Promise.all([
    temporaryUrls([...visit.checkIn.photos, ...checkOutPhotos, ...attachments.map((file) => file.fileId)]),
    profilesOf(
      [visit.review?.by, visit.rating?.by, visit.revocation?.by].filter((openid): openid is string => Boolean(openid)),
    ),
    // Only an ended year can be frozen: the running year's visits need no read.
    isYearFinal(visit.year, caller.now) ? findQuotaYear(visit.year) : null,
  ]);
  const frozen = isYearFrozen(visit.year, caller.now, yearRecord);
  const photo = (fileId: string, index: number): AttachmentView => ({
    fileId,
    name: `照片${index + 1}.jpg`,
    size: 0,
    kind: 'image',
    url: urls.get(fileId) ?? null,
  });
  return {
    ...visitSummary(visit),
    expertOpenid: visit.expertOpenid,
    ...(visit.checkIn.accuracyM !== undefined && { accuracyM: visit.checkIn.accuracyM }),
    ...(visit.checkIn.offSiteReason && { offSiteReason: visit.checkIn.offSiteReason }),
    ...(visit.checkIn.makeUpReason && { makeUpReason: visit.checkIn.makeUpReason }),
    checkInPhotos: visit.checkIn.photos.map(photo),
    ...(visit.checkOut && { summary: visit.checkOut.summary, outcomes: visit.checkOut.outcomes }),
    checkOutPhotos: checkOutPhotos.map(photo),
    attachments: attachments.map((file) => ({ ...file, url: urls.get(file.fileId) ?? null })),
    ...(visit.review && {
      review: {
        decision: visit.review.decision,
        byName: people.get(visit.review.by)?.name || '（未填写姓名）',
        at: visit.review.at,
        ...(visit.review.reason && { reason: visit.review.reason }),
      },
    }),
    ...(visit.revocation && {
      revocation: {
        byName: people.get(visit.revocation.by)?.name || '（未填写姓名）',
        at: visit.revocation.at,
        reason: visit.revocation.reason,
      },
    }),
    outOfProvince: visit.outOfProvince,
    rating: visit.rating
      ? {
          responsiveness: visit.rating.responsiveness,
          professionalism: visit.rating.professionalism,
          effect: visit.rating.effect,
          comment: visit.rating.comment,
          byName: people.get(visit.rating.by)?.name || '（未填写姓名）',
          at: visit.rating.at,
          editableUntil: ratingEditableUntil(visit.rating.firstAt),
        }
      : null,
    can: {
      checkOut: isOwn && visit.status === 'open',
      review: isReviewer && visit.status === 'pending',
      correct: isOwn && visit.status === 'incomplete' && !visit.supersededBy,
      rate:
        isRater && visit.status === 'confirmed' && !(visit.rating && ratingLocked(visit.rating.firstAt, caller.now)),
      revoke: isRevoker && visit.status === 'confirmed' && !frozen,
    },
  };
}
