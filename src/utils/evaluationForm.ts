import type { CooperationIntent } from '../../types/domain';
import { STATION_EVALUATION_LIMITS } from '../../types/catalogue';
import { onlyProblems, textProblem, type Problems } from './validation';

/** The demand unit's yearly evaluation as filled in: nothing chosen at first. */
export interface YearlyEvaluationValues {
  overall: number;
  intent: CooperationIntent | null;
  comment: string;
}

/** Every problem of a yearly evaluation; empty when it may be filed. */
export function yearlyEvaluationProblems(values: YearlyEvaluationValues): Problems<keyof YearlyEvaluationValues> {
  return onlyProblems({
    overall: values.overall >= 1 ? undefined : '请选择总体满意度（1–5 星）',
    intent: values.intent ? undefined : '请选择是否继续合作',
    comment: textProblem('评价意见', values.comment, STATION_EVALUATION_LIMITS.comment),
  });
}
