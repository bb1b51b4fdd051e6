import type { SocietyInput } from '../../types/actions';
import { SOCIETY_LIMITS } from '../../types/catalogue';
import { isPhone, onlyProblems, textProblem, type Problems } from './validation';

export type SocietyField = keyof SocietyInput;

/** The fields as the form and the server's refusals name them. */
export const SOCIETY_FIELD_LABELS: Record<SocietyField, string> = {
  name: '学会名称',
  level: '学会级别',
  supervisor: '业务主管单位',
  contactName: '联系人',
  contactPhone: '联系电话',
};

/** Every problem of a society as filled in; empty when it may be registered. */
export function societyProblems(values: SocietyInput): Problems<SocietyField> {
  const labels = SOCIETY_FIELD_LABELS;
  return onlyProblems({
    name: textProblem(labels.name, values.name, SOCIETY_LIMITS.name),
    supervisor: textProblem(labels.supervisor, values.supervisor, SOCIETY_LIMITS.supervisor),
    contactName: textProblem(labels.contactName, values.contactName, SOCIETY_LIMITS.contactName),
    contactPhone: isPhone(values.contactPhone) ? undefined : '请填写正确的联系电话',
  });
}

/** The request body: texts trimmed (call once societyProblems found nothing). */
export function trimmedSociety(values: SocietyInput): SocietyInput {
  return {
    ...values,
    name: values.name.trim(),
    supervisor: values.supervisor.trim(),
    contactName: values.contactName.trim(),
    contactPhone: values.contactPhone.trim(),
  };
}
