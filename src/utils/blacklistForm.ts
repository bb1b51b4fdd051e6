import type { BlacklistEntryInput } from '../../types/actions';
import { CREDIT_CODE_PATTERN, ID_NUMBER_PATTERN } from '../../types/catalogue';
import { BLACKLIST_LIMITS } from '../../types/catalogue/blacklist';
import { onlyProblems, textProblem, type Problems } from './validation';

export type BlacklistField = keyof BlacklistEntryInput;

/** The fields as the form and the server's refusals name them. */
export const BLACKLIST_FIELD_LABELS: Record<BlacklistField, string> = {
  name: '名称',
  code: '统一社会信用代码/身份证号',
  kind: '类别',
  note: '备注',
};

export const EMPTY_BLACKLIST_ENTRY: BlacklistEntryInput = { name: '', code: '', kind: 'dishonest', note: '' };

/** A credit code or ID number as the server compares it: an ID number's x is X. */
function normalisedCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Every problem of an entry as typed; empty when it may be added. */
export function blacklistEntryProblems(values: BlacklistEntryInput): Problems<BlacklistField> {
  const code = normalisedCode(values.code);
  return onlyProblems({
    name: textProblem('单位名称或姓名', values.name, BLACKLIST_LIMITS.name),
    code:
      code === '' || CREDIT_CODE_PATTERN.test(code) || ID_NUMBER_PATTERN.test(code)
        ? undefined
        : '应为 18 位统一社会信用代码或身份证号；不知道可以不填',
    note: textProblem('备注', values.note, BLACKLIST_LIMITS.note),
  });
}

/** The request body (call once blacklistEntryProblems found nothing). */
export function trimmedBlacklistEntry(values: BlacklistEntryInput): BlacklistEntryInput {
  return { ...values, name: values.name.trim(), code: normalisedCode(values.code), note: values.note.trim() };
}
