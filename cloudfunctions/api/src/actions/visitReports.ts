import { VISIT_LIMITS, VISIT_PHOTO_LIMITS } from '../../../../types/catalogue';
import type { CheckOutInput } from '../../../../types/actions';
import type { OpenVisitLock, Visit, VisitCheckOut } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { attachmentProblem } from '../domain/attachments';
import { visitAwaitingReviewMessage, type Message, type ReviewSubject } from '../domain/notifications';
import { isOutOfProvince } from '../domain/profile';
import { checkOutProblem, correctionProblem, durationMinutes, statusAfterCheckOut } from '../domain/visit';
import { AppError, invalidInput } from '../errors';
import { checkTexts } from '../store/contentCheck';
import { sendMessages } from '../store/notifications';
import { transact, type Tx } from '../store/transaction';
import { documentId, instant, list, object, text } from '../validate';
import { requireUploaded } from './guard';
import { cloudFileId, parseAttachment } from './parsers';
import type { ActionDefinition } from './types';
import { acceptEntry, requireOwnUploads } from './visitCheckIn';
import { confirmInTransaction, refuseFrozenYear } from './visitConfirmation';
import { holdTimeline, refuseOverlap } from './visitOverlap';
import { STATION_REVIEWERS, tellStation } from './stationMessages';
import { requireVisit, wrongStatus } from './visits';
import { visitDetail } from './visitViews';

const checkOutFields = {
  visitId: documentId,
  at: instant,
  summary: text(...VISIT_LIMITS.summary),
  outcomes: text(...VISIT_LIMITS.outcomes),
  photos: list(cloudFileId, VISIT_PHOTO_LIMITS.checkOut),
  attachments: list(parseAttachment, VISIT_PHOTO_LIMITS.checkOut),
};

export const checkOut: ActionDefinition<'visits.checkOut'> = {
  parse: object<CheckOutInput>(checkOutFields),
  write: true,
  async handle(input, caller) {
    const visit = await requireOwnVisit(input.visitId, caller);
    if (visit.status !== 'open') throw wrongStatus(visit);
    const problem = checkOutProblem(visit.checkIn.at, input.at);
    if (problem) throw invalidInput(problem);
    const checkOutRecord = await validCheckOut(input, caller);
    const timeline = await refuseOverlap(caller.openid, { start: visit.checkIn.at, end: input.at }, [visit._id]);
    const status = statusAfterCheckOut(visit.checkIn.proof);
    const outOfProvince = isOutOfProvince(await caller.profile());
    let messages: Message[] = [];
    return transact(
      caller,
      async (tx) => {
        const { data: current } = await tx.collection<Visit>('visits').doc(visit._id).get();
        if (!current || current.status !== 'open') throw wrongStatus(current ?? visit);
        await holdTimeline(tx, caller.openid, timeline, checkOutRecord.receivedAt);
        const confirmation =
          status === 'confirmed'
            ? await confirmInTransaction(tx, current, checkOutRecord.receivedAt, outOfProvince)
            : null;
        messages = confirmation?.messages ?? [];
        const changes: Partial<Visit> = {
          checkOut: checkOutRecord,
          durationMinutes: durationMinutes(current.checkIn.at, input.at),
          status,
          updatedAt: checkOutRecord.receivedAt,
          ...confirmation?.changes,
        };
        await tx.collection<Visit>('visits').doc(visit._id).update({ data: changes });
        await releaseLock(tx, caller.openid, visit._id);
        return visitDetail({ ...current, ...changes }, caller);
      },
      async () => {
        await sendMessages(messages);
        if (status === 'pending') await tellReviewers(visit, visit._id, 'off_site', checkOutRecord.receivedAt);
      },
    );
  },
};

export const correctVisit: ActionDefinition<'visits.correct'> = {
  parse: object(checkOutFields),
  write: true,
  async handle(input, caller) {
    const visit = await requireOwnVisit(input.visitId, caller);
    if (visit.status !== 'incomplete' || visit.supersededBy) throw wrongStatus(visit);
    const problem = correctionProblem(visit.checkIn.at, input.at, caller.now);
    if (problem) throw invalidInput(problem);
    const checkOutRecord = await validCheckOut(input, caller, { lateAllowed: true });
    const timeline = await refuseOverlap(caller.openid, { start: visit.checkIn.at, end: input.at }, [visit._id]);
    let correctionId = '';
    return transact(
      caller,
      async (tx) => {
        const { data: current } = await tx.collection<Visit>('visits').doc(visit._id).get();
        if (!current || current.status !== 'incomplete' || current.supersededBy) throw wrongStatus(current ?? visit);
        await refuseFrozenYear(tx, current.year, caller.now);
        await holdTimeline(tx, caller.openid, timeline, checkOutRecord.receivedAt);
        const correction: Omit<Visit, '_id'> = {
          ...withoutId(current),
          status: 'pending',
          checkOut: checkOutRecord,
          durationMinutes: durationMinutes(current.checkIn.at, input.at),
          correctionOf: current._id,
          createdAt: checkOutRecord.receivedAt,
          updatedAt: checkOutRecord.receivedAt,
        };
        const { _id } = (await tx.collection<Visit>('visits').add({ data: correction })) as { _id: string };
        await tx
          .collection<Visit>('visits')
          .doc(current._id)
          .update({ data: { supersededBy: _id, updatedAt: checkOutRecord.receivedAt } });
        correctionId = _id;
        return visitDetail({ _id, ...correction }, caller);
      },
      () => tellReviewers(visit, correctionId, 'correction', checkOutRecord.receivedAt),
    );
  },
};

/** The head and staff hear of a visit now waiting for their review; the expert who sent it is not told. */
export function tellReviewers(
  visit: Pick<Visit, 'stationId' | 'stationName' | 'expertName' | 'expertOpenid'>,
  visitId: string,
  subject: ReviewSubject,
  at: string,
): Promise<void> {
  const about = { id: visitId, stationName: visit.stationName, expertName: visit.expertName };
  return tellStation(visit.stationId, STATION_REVIEWERS, visit.expertOpenid, (openid) =>
    visitAwaitingReviewMessage(openid, about, subject, at),
  );
}

async function validCheckOut(
  input: Omit<CheckOutInput, 'visitId'>,
  caller: CallerContext,
  options: { lateAllowed?: boolean } = {},
): Promise<VisitCheckOut> {
  const late = options.lateAllowed ? true : acceptEntry(input.at, caller);
  requireOwnUploads(input.photos, caller);
  const problem = input.attachments.map((file) => attachmentProblem(file, caller.openid, 'visits')).find(Boolean);
  if (problem) throw new AppError('ATTACHMENT_INVALID', problem);
  await checkTexts(caller.openid, [
    { label: '服务内容', text: input.summary },
    { label: '服务成果', text: input.outcomes },
  ]);
  await requireUploaded([...input.photos.map((fileId) => ({ fileId })), ...input.attachments]);
  return {
    at: input.at,
    receivedAt: caller.now.toISOString(),
    late,
    summary: input.summary,
    outcomes: input.outcomes,
    photos: input.photos,
    attachments: input.attachments,
  };
}

async function releaseLock(tx: Tx, openid: string, visitId: string): Promise<void> {
  const locks = tx.collection<OpenVisitLock>('openVisits');
  const { data: lock } = await locks.doc(openid).get();
  if (lock?.visitId === visitId) await locks.doc(openid).remove();
}

async function requireOwnVisit(visitId: string, caller: CallerContext): Promise<Visit> {
  const visit = await requireVisit(visitId);
  if (visit.expertOpenid !== caller.openid) throw new AppError('FORBIDDEN', '只能签退或补录您本人的服务');
  return visit;
}

function withoutId(visit: Visit): Omit<Visit, '_id'> {
  const copy: Partial<Visit> = { ...visit };
  delete copy._id;
  return copy as Omit<Visit, '_id'>;
}
