import { NEED_STATUS_LABELS } from '../../../../types/catalogue';
import type { Need, NeedEvent, NeedEventKind, NeedStatus, Role } from '../../../../types/domain';

/** What can happen to a need; `serve` is the service's own step on the first confirmed visit. */
export type NeedCommand =
  'accept' | 'decline' | 'assign' | 'withdraw' | 'serve' | 'proposeResolution' | 'resolve' | 'evaluate';

/** Who takes a step: the station's managers, the demand unit, or the service itself. */
export type NeedActor = 'manager' | 'unit' | 'system';

interface Rule {
  from: readonly NeedStatus[];
  /** null: the status stays, the step is still recorded. */
  to: NeedStatus | null;
  actor: NeedActor;
  event: NeedEventKind;
}

/** The lifecycle of issue 4: no state is skipped, and each step belongs to one party. */
const RULES: Record<NeedCommand, Rule> = {
  accept: { from: ['submitted'], to: 'accepted', actor: 'manager', event: 'accepted' },
  decline: { from: ['submitted'], to: 'declined', actor: 'manager', event: 'declined' },
  withdraw: { from: ['submitted'], to: 'withdrawn', actor: 'unit', event: 'withdrawn' },
  assign: { from: ['accepted', 'in_service'], to: null, actor: 'manager', event: 'assigned' },
  serve: { from: ['accepted'], to: 'in_service', actor: 'system', event: 'in_service' },
  proposeResolution: { from: ['in_service'], to: null, actor: 'manager', event: 'resolution_proposed' },
  resolve: { from: ['in_service'], to: 'resolved', actor: 'unit', event: 'resolved' },
  evaluate: { from: ['resolved'], to: 'closed', actor: 'unit', event: 'closed' },
};

export const NEED_COMMANDS = Object.keys(RULES) as NeedCommand[];

/** An expert works on needs the station has taken on; what is still being decided is not theirs. */
const EXPERT_STATUSES: readonly NeedStatus[] = ['accepted', 'in_service', 'resolved', 'closed'];

const COMMAND_LABELS: Record<NeedCommand, string> = {
  accept: '受理',
  decline: '不予受理',
  withdraw: '撤回',
  assign: '调整指派',
  serve: '开始服务',
  proposeResolution: '提议已解决',
  resolve: '确认已解决',
  evaluate: '评价并关闭',
};

export function actorOf(command: NeedCommand): NeedActor {
  return RULES[command].actor;
}

/** Why `command` cannot be applied to `need` now, in words for the person; null when it can. */
export function refusalOf(need: Pick<Need, 'status' | 'resolutionProposedAt'>, command: NeedCommand): string | null {
  const rule = RULES[command];
  if (!rule.from.includes(need.status)) {
    return `该需求当前为「${NEED_STATUS_LABELS[need.status]}」，不能${COMMAND_LABELS[command]}`;
  }
  if (command === 'proposeResolution' && need.resolutionProposedAt) return '已提议已解决，正在等待需求单位确认';
  return null;
}

export interface NeedStep {
  at: string;
  by: string;
  role: Role | 'system';
  reason?: string;
  /** The experts assigned after an accept or assign step. */
  experts?: string[];
}

/** The changes `command` makes to `need`, timeline entry included; call only when `refusalOf` is null. */
export function applyCommand(need: Need, command: NeedCommand, step: NeedStep): Partial<Need> {
  const rule = RULES[command];
  const event: NeedEvent = {
    kind: rule.event,
    at: step.at,
    by: step.by,
    role: step.role,
    ...(step.reason && { reason: step.reason }),
    ...(step.experts && { experts: step.experts }),
  };
  return {
    ...(rule.to && { status: rule.to }),
    ...(step.experts && { assignedExperts: step.experts }),
    ...(command === 'proposeResolution' && { resolutionProposedAt: step.at }),
    history: [...need.history, event],
    updatedAt: step.at,
  };
}

/** The steps `actors` may take on `need` now. */
export function availableCommands(
  need: Pick<Need, 'status' | 'resolutionProposedAt'>,
  actors: readonly NeedActor[],
): NeedCommand[] {
  return NEED_COMMANDS.filter((command) => actors.includes(actorOf(command)) && refusalOf(need, command) === null);
}

/** Statuses a viewer in `role` sees in a station's list; null means all of them. */
export function visibleStatuses(role: Role): readonly NeedStatus[] | null {
  return role === 'expert' ? EXPERT_STATUSES : null;
}

/** Experts added by an assignment: they are the ones to tell. */
export function newlyAssigned(before: readonly string[], after: readonly string[]): string[] {
  return after.filter((openid) => !before.includes(openid));
}

/** The statuses a list shows: what was asked for, within what the viewer may see; undefined means all. */
export function listedStatuses(
  requested: readonly NeedStatus[] | undefined,
  visible: readonly NeedStatus[] | null,
): NeedStatus[] | undefined {
  const asked = requested?.length ? requested : undefined;
  if (!visible) return asked && [...asked];
  if (!asked) return [...visible];
  return asked.filter((status) => visible.includes(status));
}
