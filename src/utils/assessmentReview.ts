import type { AssessmentReviewInput } from '../../types/actions';
import { ASSESSMENT_LIMITS, ASSESSMENT_TABLE_LIMITS, type AssessmentVerdict } from '../../types/catalogue/assessments';
import type { Attachment, CalendarDate } from '../../types/domain';
import { textProblem, type Problems } from './validation';

export type AssessmentStep = AssessmentReviewInput['step'];

/** The buttons that open each of the city's steps. */
export const ASSESSMENT_STEP_ACTIONS: Record<AssessmentStep, string> = {
  document_review: '书面审查',
  inspection: '现场考察',
  verdict: '评定结论',
};

/** The steps as the timeline names them. */
export const ASSESSMENT_STEP_LABELS: Record<AssessmentStep, string> = {
  document_review: '书面审查',
  inspection: '现场考察',
  verdict: '考核结论',
};

export const VERDICT_ACTIONS: Record<AssessmentVerdict, string> = { passed: '评定合格', failed: '评定不合格' };

export interface AssessmentReviewValues {
  opinion: string;
  inspectedOn: CalendarDate;
  verdict: AssessmentVerdict | '';
}

export type AssessmentReviewField = keyof AssessmentReviewValues | 'attachments';

/** What is wrong with a step before it is sent: the server refuses the same. */
export function assessmentReviewProblems(
  step: AssessmentStep,
  values: AssessmentReviewValues,
  attachments: readonly Attachment[],
  today: CalendarDate,
): Problems<AssessmentReviewField> {
  const problems: Problems<AssessmentReviewField> = {};
  const label = step === 'verdict' && values.verdict === 'failed' ? '不合格的理由' : '意见';
  const opinion = textProblem(label, values.opinion, ASSESSMENT_LIMITS.opinion);
  if (opinion) problems.opinion = opinion;
  if (step === 'inspection') {
    if (!values.inspectedOn) problems.inspectedOn = '请选择考察日期';
    else if (values.inspectedOn > today) problems.inspectedOn = '考察日期不能晚于今天';
    if (attachments.length === 0) problems.attachments = '请上传至少 1 张考察照片';
    else if (attachments.length > ASSESSMENT_TABLE_LIMITS.inspectionPhotos) {
      problems.attachments = `考察照片最多 ${ASSESSMENT_TABLE_LIMITS.inspectionPhotos} 张`;
    }
  } else if (attachments.length > ASSESSMENT_TABLE_LIMITS.reviewAttachments) {
    problems.attachments = `附件最多 ${ASSESSMENT_TABLE_LIMITS.reviewAttachments} 个`;
  }
  if (step === 'verdict' && !values.verdict) problems.verdict = '请选择合格或不合格';
  return problems;
}

/** The request of a step (call once assessmentReviewProblems found nothing). */
export function assessmentReviewInput(
  key: { year: number; stationId: string },
  step: AssessmentStep,
  values: AssessmentReviewValues,
  attachments: Attachment[],
): AssessmentReviewInput {
  return {
    ...key,
    step,
    opinion: values.opinion.trim(),
    attachments,
    ...(step === 'inspection' && { inspectedOn: values.inspectedOn }),
    ...(step === 'verdict' && values.verdict && { verdict: values.verdict }),
  };
}

export function commentProblem(text: string): string | undefined {
  return textProblem('意见', text, ASSESSMENT_LIMITS.comment);
}
