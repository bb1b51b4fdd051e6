import type { Industry, NeedUrgency, ServiceType } from '../../types/domain';
import { NEED_LIMITS } from '../../types/catalogue';
import { onlyProblems, textProblem, type Problems } from './validation';

export interface NeedFormValues {
  title: string;
  description: string;
  expectedOutcome: string;
  industry: Industry | '';
  serviceType: ServiceType | '';
  urgency: NeedUrgency;
  desiredDate: string;
}

export type NeedField = keyof NeedFormValues;

/** The fields as the form and the server's refusals name them. */
export const NEED_FIELD_LABELS: Record<NeedField, string> = {
  title: '需求标题',
  description: '需求描述',
  expectedOutcome: '预期成果',
  industry: '所属产业',
  serviceType: '服务类型',
  urgency: '紧急程度',
  desiredDate: '期望完成日期',
};

/** Every problem of a need as filled in (`today` as YYYY-MM-DD in Asia/Shanghai); empty when it may be sent. */
export function needProblems(values: NeedFormValues, today: string): Problems<NeedField> {
  const labels = NEED_FIELD_LABELS;
  return onlyProblems({
    title: textProblem(labels.title, values.title, NEED_LIMITS.title),
    description: textProblem(labels.description, values.description, NEED_LIMITS.description),
    expectedOutcome: textProblem(labels.expectedOutcome, values.expectedOutcome, NEED_LIMITS.expectedOutcome),
    serviceType: values.serviceType ? undefined : '请选择服务类型',
    industry: values.industry ? undefined : '请选择所属产业',
    desiredDate: values.desiredDate && values.desiredDate < today ? '期望完成日期不能早于今天' : undefined,
  });
}
