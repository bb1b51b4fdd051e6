import type { NeedDetail } from '../../../../types/actions';
import { NEED_LIMITS } from '../../../../types/catalogue';
import type { Need } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { actorOf, applyCommand, newlyAssigned, refusalOf, type NeedCommand } from '../domain/needs';
import {
  needAssignedMessage,
  needDecidedMessage,
  resolutionProposedMessage,
  type Message,
} from '../domain/notifications';
import { AppError, invalidInput } from '../errors';
import { checkTexts, type CheckedText } from '../store/contentCheck';
import { activeExperts } from '../store/needs';
import { sendMessages } from '../store/notifications';
import { transact } from '../store/transaction';
import { documentId, integer, list, object, optional, text } from '../validate';
import { authorize, recordTarget } from './guard';
import { requireNeed } from './needs';
import { needDetail } from './needViews';
import { stationPeople } from './stationMessages';
import type { ActionDefinition } from './types';

/** More would not be one need's team; it also bounds the roster check to one request. */
const MAX_ASSIGNED = 10;

const parseExperts = list(text(1, 64), MAX_ASSIGNED);
const note = optional(text(...NEED_LIMITS.stepNote));

interface Step {
  command: NeedCommand;
  reason?: string;
  experts?: string[];
  /** Free text to pass the content check first, named as on the form. */
  texts?: CheckedText[];
  /** Further changes the step makes besides the status and the timeline. */
  extra?: (at: string) => Partial<Need>;
  /** Who to tell once the step is committed. */
  messages?: (before: Need, after: Need, at: string) => Message[] | Promise<Message[]>;
}

/**
 * Every step of a need's life goes through here: the caller's role for the step, the state
 * rule (checked again inside the transaction, so two people acting at once cannot both
 * succeed), then the change with its timeline entry, then the notifications.
 */
async function takeStep(caller: CallerContext, needId: string, step: Step): Promise<NeedDetail> {
  const need = await requireNeed(needId);
  const permission = actorOf(step.command) === 'manager' ? 'need.manage' : 'need.confirm';
  const role = await authorize(caller, permission, recordTarget(need));
  refuseIfWrongStatus(need, step.command);
  if (step.experts) await requireOnRoster(need.stationId, step.experts);
  if (step.texts) await checkTexts(caller.openid, step.texts);
  const at = caller.now.toISOString();
  let before = need;
  let after = need;
  return transact(
    caller,
    async (tx) => {
      const { data: current } = await tx.collection<Need>('needs').doc(need._id).get();
      if (!current) throw new AppError('NOT_FOUND', '需求不存在或已被删除');
      refuseIfWrongStatus(current, step.command);
      const changes = {
        ...applyCommand(current, step.command, {
          at,
          by: caller.openid,
          role,
          reason: step.reason,
          experts: step.experts,
        }),
        ...step.extra?.(at),
      };
      await tx.collection<Need>('needs').doc(need._id).update({ data: changes });
      before = current;
      after = { ...current, ...changes };
      return needDetail(after, caller);
    },
    async () => sendMessages((await step.messages?.(before, after, at)) ?? []),
  );
}

function refuseIfWrongStatus(need: Need, command: NeedCommand): void {
  const refusal = refusalOf(need, command);
  if (refusal) throw new AppError('NEED_WRONG_STATUS', refusal);
}

async function requireOnRoster(stationId: string, experts: string[]): Promise<void> {
  if (experts.length === 0) throw invalidInput('请至少指派一位专家');
  const onRoster = await activeExperts(stationId, experts);
  if (experts.some((openid) => !onRoster.has(openid))) throw new AppError('NOT_ON_ROSTER');
}

function assignedMessages(before: Need, after: Need, at: string): Message[] {
  const need = { id: after._id, title: after.title, stationName: after.stationName };
  return newlyAssigned(before.assignedExperts, after.assignedExperts).map((openid) =>
    needAssignedMessage(openid, need, at),
  );
}

/** The unit hears the decision on what it submitted itself; a need recorded for it by the station has nobody subscribed. */
function decisionMessages(need: Need, decision: { accepted: boolean; reason?: string }, at: string): Message[] {
  if (need.onBehalf) return [];
  const expertCount = need.assignedExperts.length;
  return [needDecidedMessage(need.submittedBy, { id: need._id, title: need.title }, { ...decision, expertCount }, at)];
}

/** The unit's contacts at the station must confirm the proposal: each is told, one roles read. */
async function proposalMessages(need: Need, actor: string, at: string): Promise<Message[]> {
  const contacts = await stationPeople(need.stationId, ['demand_unit'], actor);
  return contacts.map((openid) => resolutionProposedMessage(openid, { id: need._id, title: need.title }, at));
}

export const acceptNeed: ActionDefinition<'needs.accept'> = {
  parse: object({ needId: documentId, expertOpenids: parseExperts, note }),
  write: true,
  handle: (input, caller) =>
    takeStep(caller, input.needId, {
      command: 'accept',
      experts: input.expertOpenids,
      reason: input.note,
      texts: [{ label: '受理说明', text: input.note ?? '' }],
      messages: (before, after, at) => [
        ...assignedMessages(before, after, at),
        ...decisionMessages(after, { accepted: true }, at),
      ],
    }),
};

export const assignNeed: ActionDefinition<'needs.assign'> = {
  parse: object({ needId: documentId, expertOpenids: parseExperts }),
  write: true,
  handle: (input, caller) =>
    takeStep(caller, input.needId, { command: 'assign', experts: input.expertOpenids, messages: assignedMessages }),
};

export const declineNeed: ActionDefinition<'needs.decline'> = {
  parse: object({ needId: documentId, reason: text(...NEED_LIMITS.declineReason) }),
  write: true,
  handle: (input, caller) =>
    takeStep(caller, input.needId, {
      command: 'decline',
      reason: input.reason,
      texts: [{ label: '不予受理的理由', text: input.reason }],
      messages: (_before, after, at) => decisionMessages(after, { accepted: false, reason: input.reason }, at),
    }),
};

export const withdrawNeed: ActionDefinition<'needs.withdraw'> = {
  parse: object({ needId: documentId, reason: note }),
  write: true,
  handle: (input, caller) =>
    takeStep(caller, input.needId, {
      command: 'withdraw',
      reason: input.reason,
      texts: [{ label: '撤回原因', text: input.reason ?? '' }],
    }),
};

export const proposeNeedResolution: ActionDefinition<'needs.proposeResolution'> = {
  parse: object({ needId: documentId, note }),
  write: true,
  handle: (input, caller) =>
    takeStep(caller, input.needId, {
      command: 'proposeResolution',
      reason: input.note,
      texts: [{ label: '说明', text: input.note ?? '' }],
      messages: (_before, after, at) => proposalMessages(after, caller.openid, at),
    }),
};

export const resolveNeed: ActionDefinition<'needs.resolve'> = {
  parse: object({ needId: documentId, note }),
  write: true,
  handle: (input, caller) =>
    takeStep(caller, input.needId, {
      command: 'resolve',
      reason: input.note,
      texts: [{ label: '说明', text: input.note ?? '' }],
    }),
};

export const evaluateNeed: ActionDefinition<'needs.evaluate'> = {
  parse: object({ needId: documentId, rating: integer(1, 5), comment: text(...NEED_LIMITS.evaluationComment) }),
  write: true,
  handle: (input, caller) =>
    takeStep(caller, input.needId, {
      command: 'evaluate',
      texts: [{ label: '评价内容', text: input.comment }],
      extra: (at) => ({ evaluation: { rating: input.rating, comment: input.comment, by: caller.openid, at } }),
    }),
};
