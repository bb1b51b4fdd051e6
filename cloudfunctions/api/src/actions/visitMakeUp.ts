import type { MakeUpInput } from '../../../../types/actions';
import { MAKE_UP_RULES, SERVICE_TYPES, VISIT_LIMITS, VISIT_PHOTO_LIMITS } from '../../../../types/catalogue';
import type { MakeUpCount, OpenVisitLock, ServiceType, Visit } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { attachmentProblem } from '../domain/attachments';
import { localDateTime } from '../domain/calendar';
import {
  makeUpAllowance,
  makeUpCountId,
  makeUpLimitRefusal,
  makeUpMonth,
  makeUpTimingRefusal,
  type MakeUpRefusal,
} from '../domain/makeUp';
import { durationMinutes, visitBasis } from '../domain/visit';
import { AppError, invalidInput } from '../errors';
import { makeUpVisitsPerMonth } from '../settings';
import { checkTexts } from '../store/contentCheck';
import { findMakeUpCount } from '../store/makeUps';
import { transact } from '../store/transaction';
import { documentId, empty, instant, list, object, oneOf, text } from '../validate';
import { authorize, requireOperating, requireStation, requireUploaded, stationTarget } from './guard';
import { requireNeed } from './needs';
import { cloudFileId, parseAttachment } from './parsers';
import type { ActionDefinition } from './types';
import { requireOwnUploads } from './visitCheckIn';
import { refuseFrozenYear } from './visitConfirmation';
import { holdTimeline, refuseOverlap } from './visitOverlap';
import { tellReviewers } from './visitReports';
import { visitDetail } from './visitViews';

/** As for a check-in: needs the station has taken on and not yet seen resolved. */
const SERVABLE = ['accepted', 'in_service'];
/** Two make-ups of one expert sent at once meet on their timeline and month: the one that lost looks again. */
const ATTEMPTS = 3;

/**
 * 补卡 (domain/makeUp.ts has the rules): a past visit the expert forgot to check in to, at the
 * station of one of their assigned needs, written as a pending visit with proof `make_up` for
 * the station head to approve or reject (`visits.review`), after which it counts as any confirmed
 * visit. Every refusal comes before the transaction commits, so a refused entry writes nothing,
 * and the month's count is decided inside it.
 */
export const makeUpVisit: ActionDefinition<'visits.makeUp'> = {
  parse: object<MakeUpInput>({
    needId: documentId,
    serviceType: oneOf<ServiceType>(SERVICE_TYPES),
    start: instant,
    end: instant,
    summary: text(...VISIT_LIMITS.summary),
    outcomes: text(...VISIT_LIMITS.outcomes),
    reason: text(...VISIT_LIMITS.makeUpReason),
    photos: list(cloudFileId, VISIT_PHOTO_LIMITS.makeUp),
    attachments: list(parseAttachment, VISIT_PHOTO_LIMITS.checkOut),
  }),
  write: true,
  async handle(input, caller) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await makeUp(input, caller);
      } catch (error) {
        // The second of two at once conflicts on the expert's timeline or month; once it has looked
        // again it is told what holds now: the month's limit reached, or the time already taken.
        if (!(error instanceof AppError && error.code === 'CONFLICT') || attempt >= ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
      }
    }
  },
};

export const makeUpAllowanceOf: ActionDefinition<'visits.makeUpAllowance'> = {
  parse: empty,
  async handle(_input, caller) {
    const { month } = makeUpMonth(caller.now);
    const count = await findMakeUpCount(caller.openid, month);
    return makeUpAllowance(count?.used ?? 0, makeUpVisitsPerMonth(), caller.now);
  },
};

async function makeUp(input: MakeUpInput, caller: CallerContext) {
  const need = await requireNeed(input.needId);
  const station = await requireStation(need.stationId);
  await authorize(caller, 'visit.checkIn', stationTarget(station));
  requireOperating(station);
  if (!SERVABLE.includes(need.status) || !need.assignedExperts.includes(caller.openid)) {
    throw new AppError('NEED_NOT_SERVABLE', '只能为指派给您、本站已受理或服务中的需求补卡');
  }
  refuse(makeUpTimingRefusal(input.start, input.end, caller.now));
  const limit = makeUpVisitsPerMonth();
  const { month } = makeUpMonth(caller.now);
  // Read first to answer at once; decided again inside the transaction.
  refuse(makeUpLimitRefusal((await findMakeUpCount(caller.openid, month))?.used ?? 0, limit, caller.now));
  if (input.photos.length < MAKE_UP_RULES.minPhotos) throw invalidInput('请至少拍摄一张现场照片');
  requireOwnUploads(input.photos, caller);
  const problem = input.attachments.map((file) => attachmentProblem(file, caller.openid, 'visits')).find(Boolean);
  if (problem) throw new AppError('ATTACHMENT_INVALID', problem);
  await checkTexts(caller.openid, [
    { label: '补卡原因', text: input.reason },
    { label: '服务内容', text: input.summary },
    { label: '服务成果', text: input.outcomes },
  ]);
  await requireUploaded([...input.photos.map((fileId) => ({ fileId })), ...input.attachments]);
  const timeline = await refuseOverlap(caller.openid, { start: input.start, end: input.end }, []);
  const profile = await caller.profile();
  const receivedAt = caller.now.toISOString();
  const fields: Omit<Visit, '_id'> = {
    ...visitBasis(station, need, { openid: caller.openid, profile }, input.serviceType, input.start, receivedAt),
    status: 'pending',
    checkIn: { at: input.start, receivedAt, late: false, proof: 'make_up', makeUpReason: input.reason, photos: [] },
    checkOut: {
      at: input.end,
      receivedAt,
      late: false,
      summary: input.summary,
      outcomes: input.outcomes,
      photos: input.photos,
      attachments: input.attachments,
    },
    durationMinutes: durationMinutes(input.start, input.end),
  };
  const { year } = fields;
  let visitId = '';
  return transact(
    caller,
    async (tx) => {
      await refuseFrozenYear(tx, year, caller.now);
      const counts = tx.collection<MakeUpCount>('makeUpCounts');
      const countId = makeUpCountId(caller.openid, month);
      const { data: count } = await counts.doc(countId).get();
      refuse(makeUpLimitRefusal(count?.used ?? 0, limit, caller.now));
      const { data: open } = await tx.collection<OpenVisitLock>('openVisits').doc(caller.openid).get();
      if (open && Date.parse(open.since) < Date.parse(input.end)) {
        throw new AppError(
          'VISIT_OVERLAPS',
          `您 ${localDateTime(open.since)} 签到的服务还没有签退：补卡的服务须在这次签到之前结束，请核对时间`,
        );
      }
      await holdTimeline(tx, caller.openid, timeline, receivedAt);
      const { _id } = (await tx.collection<Visit>('visits').add({ data: fields })) as { _id: string };
      // Never taken back, whatever the head decides (domain/makeUp.ts).
      await counts.doc(countId).set({
        data: {
          openid: caller.openid,
          month,
          used: (count?.used ?? 0) + 1,
          visitIds: [...(count?.visitIds ?? []), _id],
          updatedAt: receivedAt,
        },
      });
      visitId = _id;
      return visitDetail({ _id, ...fields }, caller);
    },
    () => tellReviewers(fields, visitId, 'make_up', receivedAt),
  );
}

function refuse(refusal: MakeUpRefusal | null): void {
  if (refusal) throw new AppError(refusal.code, refusal.message);
}
