import { VISIT_LIMITS } from '../../../../types/catalogue';
import type { Visit } from '../../../../types/domain';
import { transition } from '../domain/audit';
import { visitReviewedMessage, visitRevokedMessage, type Message } from '../domain/notifications';
import { isOutOfProvince } from '../domain/profile';
import { visitSpan } from '../domain/visit';
import { invalidInput } from '../errors';
import { checkTexts } from '../store/contentCheck';
import { sendMessages } from '../store/notifications';
import { audit, transact } from '../store/transaction';
import { findProfile } from '../store/users';
import { documentId, object, oneOf, optional, text } from '../validate';
import { authorize, recordTarget } from './guard';
import type { ActionDefinition } from './types';
import { confirmInTransaction, reverseInTransaction } from './visitConfirmation';
import { holdTimeline, refuseOverlap } from './visitOverlap';
import { requireVisit, wrongStatus } from './visits';
import { visitDetail } from './visitViews';

export const reviewVisit: ActionDefinition<'visits.review'> = {
  parse: object({
    visitId: documentId,
    decision: oneOf(['approved', 'rejected'] as const),
    reason: optional(text(...VISIT_LIMITS.rejectReason)),
  }),
  write: true,
  async handle(input, caller) {
    const visit = await requireVisit(input.visitId);
    await authorize(caller, 'visit.review', recordTarget(visit));
    if (visit.status !== 'pending') throw wrongStatus(visit);
    if (input.decision === 'rejected' && !input.reason) throw invalidInput('请填写不予认可的理由');
    if (input.reason) await checkTexts(caller.openid, [{ label: '审核意见', text: input.reason }]);
    const outOfProvince = isOutOfProvince(await findProfile(visit.expertOpenid));
    const approved = input.decision === 'approved';
    const timeline = approved
      ? await refuseOverlap(visit.expertOpenid, visitSpan(visit), [visit._id, visit.correctionOf ?? ''], 'approval')
      : null;
    const at = caller.now.toISOString();
    let messages: Message[] = [];
    return transact(
      caller,
      async (tx) => {
        const visits = tx.collection<Visit>('visits');
        const { data: current } = await visits.doc(visit._id).get();
        if (!current || current.status !== 'pending') throw wrongStatus(current ?? visit);
        if (timeline !== null) await holdTimeline(tx, current.expertOpenid, timeline, at);
        const review = {
          decision: input.decision,
          by: caller.openid,
          at,
          ...(input.reason && { reason: input.reason }),
        };
        const confirmation = approved ? await confirmInTransaction(tx, current, at, outOfProvince) : null;
        const changes: Partial<Visit> = confirmation
          ? { review, updatedAt: at, ...confirmation.changes }
          : { review, updatedAt: at, status: 'rejected' };
        await visits.doc(current._id).update({ data: changes });
        if (current.correctionOf) {
          // An approved correction replaces the visit it completes; a rejected one frees it for another try.
          await visits.doc(current.correctionOf).update({
            data: approved
              ? { status: 'superseded', supersededBy: current._id, updatedAt: at }
              : { supersededBy: '', updatedAt: at },
          });
        }
        messages = [
          visitReviewedMessage(
            current.expertOpenid,
            { id: current._id, subject: reviewSubject(current) },
            { approved, reason: input.reason },
            at,
          ),
          ...(confirmation?.messages ?? []),
        ];
        return visitDetail({ ...current, ...changes }, caller);
      },
      () => sendMessages(messages),
    );
  },
};

/** What the expert is told was decided on: the three kinds of entry that wait for the head. */
function reviewSubject(visit: Visit): string {
  if (visit.correctionOf) return '服务记录补录';
  return visit.checkIn.proof === 'make_up' ? '补卡服务记录' : '异地服务记录';
}

/**
 * A confirmation taken back with a reason: the visit stops counting in the same transaction,
 * and the expert is told. A frozen year's visits cannot be revoked.
 */
export const revokeVisit: ActionDefinition<'visits.revoke'> = {
  parse: object({ visitId: documentId, reason: text(...VISIT_LIMITS.revokeReason) }),
  write: true,
  async handle(input, caller) {
    const visit = await requireVisit(input.visitId);
    const role = await authorize(caller, 'visit.revoke', recordTarget(visit));
    if (visit.status !== 'confirmed') throw wrongStatus(visit);
    await checkTexts(caller.openid, [{ label: '撤销理由', text: input.reason }]);
    const at = caller.now.toISOString();
    return transact(
      caller,
      async (tx) => {
        const visits = tx.collection<Visit>('visits');
        const { data: current } = await visits.doc(visit._id).get();
        if (!current || current.status !== 'confirmed') throw wrongStatus(current ?? visit);
        await reverseInTransaction(tx, current, at);
        const changes: Partial<Visit> = {
          status: 'revoked',
          revocation: { by: caller.openid, role, at, reason: input.reason },
          updatedAt: at,
        };
        await visits.doc(current._id).update({ data: changes });
        await audit(tx, {
          at,
          actor: caller.openid,
          action: 'visit.revoke',
          role,
          subject: current._id,
          societyId: current.societyId,
          stationId: current.stationId,
          detail: input.reason,
          ...transition('visitStatus', current.status, changes.status),
        });
        return visitDetail({ ...current, ...changes }, caller);
      },
      () => sendMessages([visitRevokedMessage(visit.expertOpenid, visit._id, input.reason, at)]),
    );
  },
};
