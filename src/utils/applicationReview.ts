import type { ApplicationReviewInput, AttachmentView } from '../../types/actions';
import type { ApplicationCommand, ApplicationReviewEntry, BudgetLine } from '../../types/application';
// From its own module, not the catalogue's index: what only the applications package uses stays
// out of the main package's copy of the catalogue.
import {
  APPLICATION_LIMITS,
  EXPENSE_CATEGORY_LABELS,
  FORBIDDEN_EXPENSE_USE_LABELS,
  REVIEW_STEP_LABELS,
  REVIEW_STEPS,
  type ApplicationStatus,
  type ReviewStep,
} from '../../types/catalogue/applications';
import { formatYuan, yuanToFen } from '../../types/catalogue/money';
import type { Attachment, CalendarDate } from '../../types/domain';
import type { BadgeTone } from '../components/StatusBadge';
import { onlyProblems, textProblem, type Problems } from './validation';

export const APPLICATION_STATUS_TONES: Record<ApplicationStatus, BadgeTone> = {
  draft: 'muted',
  submitted: 'info',
  document_reviewed: 'progress',
  inspected: 'progress',
  meeting_passed: 'progress',
  recognised: 'success',
  plaqued: 'success',
  returned: 'warn',
  refused: 'danger',
};

/** What the review history calls each entry. */
export const REVIEW_ENTRY_LABELS: Record<ApplicationReviewEntry['step'], string> = {
  ...REVIEW_STEP_LABELS,
  returned: '退回修改',
  refused: '不予通过',
};

/** The button that takes each step: the label says what the reviewer decides. */
export const REVIEW_STEP_ACTIONS: Record<ReviewStep, string> = {
  document_review: '审核通过',
  inspection: '实地考察通过',
  meeting: '主席办公会议通过',
  recognition: '认定',
  plaque: '确认挂牌',
};

/** Files with the temporary URLs the detail came with; one without is shown as gone. */
export function withUrls(files: readonly Attachment[], urls: Record<string, string> | undefined): AttachmentView[] {
  return files.map((file) => ({ ...file, url: urls?.[file.fileId] ?? null }));
}

/** A budget line's 经费类别; a forbidden use is named as typed, for the reviewer to see it. */
export function expenseLabel(category: BudgetLine['category']): string {
  if (category === '') return '';
  return category in EXPENSE_CATEGORY_LABELS
    ? EXPENSE_CATEGORY_LABELS[category as keyof typeof EXPENSE_CATEGORY_LABELS]
    : FORBIDDEN_EXPENSE_USE_LABELS[category as keyof typeof FORBIDDEN_EXPENSE_USE_LABELS];
}

export type StepState = 'done' | 'current' | 'todo' | 'returned' | 'refused';

export interface StepProgress {
  step: ReviewStep;
  label: string;
  state: StepState;
}

/** Steps done, by status, while the review goes on. */
const DONE_BY_STATUS: Partial<Record<ApplicationStatus, number>> = {
  submitted: 0,
  document_reviewed: 1,
  inspected: 2,
  meeting_passed: 3,
  recognised: 4,
  plaqued: 5,
};

/**
 * Where the review stands, step by step: the steps done in this round (a send-back starts the
 * next submission at 审核 again), the one under way, and once sent back or refused, the step at
 * which that happened. A draft has none done and none under way.
 */
export function reviewProgress(status: ApplicationStatus, reviews: readonly ApplicationReviewEntry[]): StepProgress[] {
  const stopped = status === 'returned' || status === 'refused' ? status : null;
  const done = stopped ? stepsDoneInLastRound(reviews) : (DONE_BY_STATUS[status] ?? 0);
  const atWork = stopped === null && status !== 'draft';
  return REVIEW_STEPS.map((step, index) => ({
    step,
    label: REVIEW_STEP_LABELS[step],
    state: index < done ? 'done' : index === done && stopped ? stopped : index === done && atWork ? 'current' : 'todo',
  }));
}

/** The steps recorded before the last send-back or refusal, since the send-back before it. */
function stepsDoneInLastRound(reviews: readonly ApplicationReviewEntry[]): number {
  const ending = reviews.length - 1;
  let start = ending - 1;
  while (start >= 0 && reviews[start].step !== 'returned') start -= 1;
  return reviews.slice(start + 1, Math.max(ending, 0)).filter((entry) => isReviewStep(entry.step)).length;
}

function isReviewStep(value: string): value is ReviewStep {
  return (REVIEW_STEPS as readonly string[]).includes(value);
}

/** The step the reviewer may take now, if any. */
export function nextReviewStep(commands: readonly ApplicationCommand[]): ReviewStep | undefined {
  return commands.find(isReviewStep);
}

export interface ReviewFormValues {
  opinion: string;
  documentNumber: string;
  recognisedOn: CalendarDate | '';
  /** As typed, in yuan. */
  subsidyYuan: string;
  subsidyReason: string;
  plaquedOn: CalendarDate | '';
}

export type ReviewField = keyof ReviewFormValues | 'attachments';

/** The form as it opens for a step taken `today`: the subsidy at the level's cap, the dates today. */
export function initialReviewValues(capFen: number, today: CalendarDate): ReviewFormValues {
  return {
    opinion: '',
    documentNumber: '',
    recognisedOn: today,
    subsidyYuan: String(capFen / 100),
    subsidyReason: '',
    plaquedOn: today,
  };
}

/** The subsidy typed, in fen, when it reads as an amount. */
export function subsidyFenOf(values: Pick<ReviewFormValues, 'subsidyYuan'>): number | null {
  return yuanToFen(values.subsidyYuan);
}

/** Below the cap the reviewer says why (择优), as the server requires. */
export function needsSubsidyReason(values: Pick<ReviewFormValues, 'subsidyYuan'>, capFen: number): boolean {
  const fen = subsidyFenOf(values);
  return fen !== null && fen < capFen;
}

/** Every problem of the step as filled in, at its field; empty when it may be sent. */
export function reviewProblems(
  step: ReviewStep,
  values: ReviewFormValues,
  attachments: readonly Attachment[],
  capFen: number,
): Problems<ReviewField> {
  const recognition = step === 'recognition';
  const plaque = step === 'plaque';
  const reason = textProblem('理由', values.subsidyReason, APPLICATION_LIMITS.subsidyReason);
  return onlyProblems({
    opinion: textProblem('意见', values.opinion, APPLICATION_LIMITS.reviewOpinion),
    documentNumber: recognition
      ? textProblem('认定文号', values.documentNumber, APPLICATION_LIMITS.documentNumber)
      : undefined,
    recognisedOn: recognition && !values.recognisedOn ? '请选择认定日期' : undefined,
    subsidyYuan: recognition ? subsidyProblem(values.subsidyYuan, capFen) : undefined,
    subsidyReason:
      recognition && needsSubsidyReason(values, capFen) && reason
        ? values.subsidyReason.trim() === ''
          ? `补助低于本级上限 ${formatYuan(capFen)} 元，请说明理由`
          : reason
        : undefined,
    plaquedOn: plaque && !values.plaquedOn ? '请选择挂牌日期' : undefined,
    attachments: plaque && !attachments.some((file) => file.kind === 'image') ? '请上传至少 1 张挂牌照片' : undefined,
  });
}

function subsidyProblem(typed: string, capFen: number): string | undefined {
  if (typed.trim() === '') return '请填写补助金额';
  const fen = yuanToFen(typed);
  if (fen === null) return '请按元填写金额，最多两位小数，如 80000 或 80000.50';
  if (fen > capFen) return `不能超过本级上限 ${formatYuan(capFen)} 元`;
  return undefined;
}

/** The request for the step, from a form without problems. */
export function reviewInput(
  applicationId: string,
  step: ReviewStep,
  values: ReviewFormValues,
  attachments: Attachment[],
  capFen: number,
): ApplicationReviewInput {
  const input: ApplicationReviewInput = { applicationId, step, opinion: values.opinion.trim(), attachments };
  if (step === 'recognition') {
    const subsidyFen = subsidyFenOf(values) ?? 0;
    return {
      ...input,
      documentNumber: values.documentNumber.trim(),
      recognisedOn: values.recognisedOn,
      subsidyFen,
      ...(subsidyFen < capFen && { subsidyReason: values.subsidyReason.trim() }),
    };
  }
  if (step === 'plaque') return { ...input, plaquedOn: values.plaquedOn };
  return input;
}
