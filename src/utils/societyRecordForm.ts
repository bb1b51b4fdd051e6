import type { SocietyUpdate, SocietyView } from '../../types/actions';
import type { SocietyDetails } from '../../types/domain';
import {
  BANK_ACCOUNT_PATTERN,
  CREDIT_CODE_PATTERN,
  POSTCODE_PATTERN,
  SOCIETY_FIELD_LABELS,
  SOCIETY_LIMITS,
  type TextLimit,
} from '../../types/catalogue';
import { isPhone, onlyProblems, textLength, textProblem, refusalAtField, type Problems } from './validation';

/** What a society admin keeps on their society's record: its contact and the 申报书's particulars. */
export type SocietyRecordValues = Pick<SocietyUpdate, 'supervisor' | 'contactName' | 'contactPhone'> & SocietyDetails;

export type SocietyRecordField = keyof SocietyRecordValues;

export const SOCIETY_RECORD_LABELS: Record<SocietyRecordField, string> = {
  supervisor: SOCIETY_FIELD_LABELS.supervisor,
  contactName: SOCIETY_FIELD_LABELS.contactName,
  contactPhone: SOCIETY_FIELD_LABELS.contactPhone,
  creditCode: SOCIETY_FIELD_LABELS.creditCode,
  headName: SOCIETY_FIELD_LABELS.headName,
  headTitle: SOCIETY_FIELD_LABELS.headTitle,
  address: SOCIETY_FIELD_LABELS.address,
  postcode: SOCIETY_FIELD_LABELS.postcode,
  bankAccountName: SOCIETY_FIELD_LABELS.bankAccountName,
  bankName: SOCIETY_FIELD_LABELS.bankName,
  bankAccount: SOCIETY_FIELD_LABELS.bankAccount,
  financeOfficer: SOCIETY_FIELD_LABELS.financeOfficer,
};

export function societyRecordValues(society: SocietyView): SocietyRecordValues {
  return {
    supervisor: society.supervisor,
    contactName: society.contactName,
    contactPhone: society.contactPhone,
    ...society.details,
  };
}

/**
 * Contact and supervisor are required; each particular may stay blank until the society applies
 * (the 申报书's submit asks for them), but what is typed must have the right shape.
 */
export function societyRecordProblems(values: SocietyRecordValues): Problems<SocietyRecordField> {
  const labels = SOCIETY_RECORD_LABELS;
  const optional = (field: SocietyRecordField, limit: TextLimit) =>
    textLength(values[field]) === 0 ? undefined : textProblem(labels[field], values[field], limit);
  const shaped = (field: SocietyRecordField, pattern: RegExp, message: string) =>
    values[field].trim() === '' || pattern.test(values[field].trim().toUpperCase()) ? undefined : message;
  return onlyProblems({
    supervisor: textProblem(labels.supervisor, values.supervisor, SOCIETY_LIMITS.supervisor),
    contactName: textProblem(labels.contactName, values.contactName, SOCIETY_LIMITS.contactName),
    contactPhone: isPhone(values.contactPhone) ? undefined : '请填写正确的联系电话',
    creditCode: shaped('creditCode', CREDIT_CODE_PATTERN, '统一社会信用代码应为 18 位（不含 I、O、S、V、Z）'),
    headName: optional('headName', SOCIETY_LIMITS.headName),
    headTitle: optional('headTitle', SOCIETY_LIMITS.headTitle),
    address: optional('address', SOCIETY_LIMITS.address),
    postcode: shaped('postcode', POSTCODE_PATTERN, '邮编应为 6 位数字'),
    bankAccountName: optional('bankAccountName', SOCIETY_LIMITS.bankAccountName),
    bankName: optional('bankName', SOCIETY_LIMITS.bankName),
    bankAccount: shaped('bankAccount', BANK_ACCOUNT_PATTERN, '银行账号应为数字，可用空格分组'),
    financeOfficer: optional('financeOfficer', SOCIETY_LIMITS.financeOfficer),
  });
}

/** The request: texts trimmed, a credit code in capitals (call once societyRecordProblems found nothing). */
export function societyUpdate(societyId: string, values: SocietyRecordValues): SocietyUpdate {
  const trim = (field: SocietyRecordField) => values[field].trim();
  return {
    societyId,
    supervisor: trim('supervisor'),
    contactName: trim('contactName'),
    contactPhone: trim('contactPhone'),
    details: {
      creditCode: trim('creditCode').toUpperCase(),
      headName: trim('headName'),
      headTitle: trim('headTitle'),
      address: trim('address'),
      postcode: trim('postcode'),
      bankAccountName: trim('bankAccountName'),
      bankName: trim('bankName'),
      bankAccount: trim('bankAccount'),
      financeOfficer: trim('financeOfficer'),
    },
  };
}

/** A refusal at its field: the server names a particular as `details.<field>`. */
export function societyRefusalAtField(message: string) {
  return refusalAtField(message.replace('：details.', '：'), SOCIETY_RECORD_LABELS);
}
