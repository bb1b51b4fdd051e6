import type { ProfileInput } from '../../types/actions';
import { PROFILE_LIMITS } from '../../types/catalogue';
import { isMobile, onlyProblems, textProblem, type Problems } from './validation';

export type ProfileField = keyof ProfileInput;

/** The fields as the form and the server's refusals name them. */
export const PROFILE_FIELD_LABELS: Record<ProfileField, string> = {
  name: '姓名',
  mobile: '手机号',
  workUnit: '工作单位',
  title: '职称或职务',
  province: '所在省份',
  city: '所在城市',
  expertise: '专业特长',
  industries: '熟悉的产业领域',
};

/** Every problem of one's profile as filled in; empty when it may be saved. */
export function profileProblems(values: ProfileInput): Problems<ProfileField> {
  const labels = PROFILE_FIELD_LABELS;
  return onlyProblems({
    name: textProblem(labels.name, values.name, PROFILE_LIMITS.name),
    mobile: isMobile(values.mobile) ? undefined : '请填写 11 位手机号',
    workUnit: textProblem(labels.workUnit, values.workUnit, PROFILE_LIMITS.workUnit),
    title: textProblem(labels.title, values.title, PROFILE_LIMITS.title),
    province: values.province ? undefined : '请选择工作单位所在省份',
    city: textProblem(labels.city, values.city, PROFILE_LIMITS.city),
  });
}

/** The request body: texts trimmed (call once profileProblems found nothing). */
export function trimmedProfile(values: ProfileInput): ProfileInput {
  return {
    ...values,
    name: values.name.trim(),
    mobile: values.mobile.trim(),
    workUnit: values.workUnit.trim(),
    title: values.title.trim(),
    city: values.city.trim(),
  };
}
