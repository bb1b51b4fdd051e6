import type { Application, ApplicationCommand, ApplicationReviewEntry } from '../../../../types/application';
import { APPLICATION_STATUS_LABELS, type ApplicationStatus, type ReviewStep } from '../../../../types/catalogue';

/*
 * A 申报书's life (seed §四(二)): the society drafts and submits it; the city admin takes it
 * through 审核 → 实地考察 → 主席办公会议 → 认定 → 挂牌, one step after the other, and before
 * recognition may send it back for changes (the society edits and submits again, as a new
 * version) or refuse it. Recognition is where the station comes into being.
 */

/** Who takes a step: the applying society, or the city association. */
export type ApplicationActor = 'society' | 'city';

interface Rule {
  from: readonly ApplicationStatus[];
  /** null: the status stays. */
  to: ApplicationStatus | null;
  actor: ApplicationActor;
}

/** Before recognition the city may still send it back or refuse it; after it, only the plaque is left. */
const UNDER_REVIEW: readonly ApplicationStatus[] = ['submitted', 'document_reviewed', 'inspected', 'meeting_passed'];

const RULES: Record<ApplicationCommand, Rule> = {
  edit: { from: ['draft', 'returned'], to: null, actor: 'society' },
  submit: { from: ['draft', 'returned'], to: 'submitted', actor: 'society' },
  document_review: { from: ['submitted'], to: 'document_reviewed', actor: 'city' },
  inspection: { from: ['document_reviewed'], to: 'inspected', actor: 'city' },
  meeting: { from: ['inspected'], to: 'meeting_passed', actor: 'city' },
  recognition: { from: ['meeting_passed'], to: 'recognised', actor: 'city' },
  plaque: { from: ['recognised'], to: 'plaqued', actor: 'city' },
  return: { from: UNDER_REVIEW, to: 'returned', actor: 'city' },
  refuse: { from: UNDER_REVIEW, to: 'refused', actor: 'city' },
};

export const APPLICATION_COMMANDS = Object.keys(RULES) as ApplicationCommand[];

const COMMAND_LABELS: Record<ApplicationCommand, string> = {
  edit: '修改',
  submit: '提交',
  document_review: '审核',
  inspection: '登记实地考察',
  meeting: '登记主席办公会议结果',
  recognition: '认定',
  plaque: '登记挂牌',
  return: '退回修改',
  refuse: '不予通过',
};

export function applicationActorOf(command: ApplicationCommand): ApplicationActor {
  return RULES[command].actor;
}

/** Why `command` cannot be taken on the application now, in words for the person; null when it can. */
export function applicationRefusal(
  application: Pick<Application, 'status'>,
  command: ApplicationCommand,
): string | null {
  if (RULES[command].from.includes(application.status)) return null;
  return `该申报当前为「${APPLICATION_STATUS_LABELS[application.status]}」，不能${COMMAND_LABELS[command]}`;
}

/** The status after `command`; call only when `applicationRefusal` is null. */
export function statusAfter(application: Pick<Application, 'status'>, command: ApplicationCommand): ApplicationStatus {
  return RULES[command].to ?? application.status;
}

/** The steps `actors` may take on the application now. */
export function availableApplicationCommands(
  application: Pick<Application, 'status'>,
  actors: readonly ApplicationActor[],
): ApplicationCommand[] {
  return APPLICATION_COMMANDS.filter(
    (command) => actors.includes(RULES[command].actor) && applicationRefusal(application, command) === null,
  );
}

/** The review entry a city step leaves on the record. */
export function reviewEntryKind(command: ApplicationCommand): ApplicationReviewEntry['step'] | null {
  if (command === 'return') return 'returned';
  if (command === 'refuse') return 'refused';
  return RULES[command].actor === 'city' ? (command as ReviewStep) : null;
}
