import {
  FORBIDDEN_EXPENSE_RULE,
  FORBIDDEN_EXPENSE_USE_LABELS,
  FORBIDDEN_EXPENSE_USES,
  LEDGER_LIMITS,
  yuanToFen,
  formatYuan,
  capitalYuan,
  type ExpenseCategory,
  type GrantKind,
} from '../../types/catalogue';
import { onlyProblems, textProblem, type Problems } from './validation';

/*
 * The ledger's forms as typed: amounts in yuan (converted to fen by yuanToFen, never a float), the
 * forbidden uses caught in the words before the server refuses them, the same rule quoted.
 */

export interface ExpenseValues {
  category: ExpenseCategory | '';
  amount: string;
  date: string;
  payee: string;
  note: string;
}

export interface GrantValues {
  grantKind: GrantKind;
  assessmentYear: string;
  amount: string;
  date: string;
  documentNumber: string;
  note: string;
  reason: string;
}

export interface RefundValues {
  amount: string;
  date: string;
  note: string;
  reason: string;
}

/** The rule, when the words name a forbidden use. */
export function forbiddenWordsProblem(label: string, value: string): string | undefined {
  const use = FORBIDDEN_EXPENSE_USES.find((candidate) => value.includes(FORBIDDEN_EXPENSE_USE_LABELS[candidate]));
  return use ? `${label}写明用于「${FORBIDDEN_EXPENSE_USE_LABELS[use]}」：${FORBIDDEN_EXPENSE_RULE}` : undefined;
}

/** What is wrong with an amount typed in yuan, against the most it may be (in fen). */
export function amountProblem(value: string, maxFen: number | null, maxWords: string): string | undefined {
  if (value.trim() === '') return '请填写金额';
  const fen = yuanToFen(value);
  if (fen === null) return '金额须是数字，最多两位小数，如 1200 或 1200.50';
  if (fen === 0) return '金额须大于零';
  if (maxFen !== null && fen > maxFen) return `${maxWords} ￥${formatYuan(maxFen)}`;
  return undefined;
}

export function expenseProblems(values: ExpenseValues, balanceFen: number): Problems<keyof ExpenseValues> {
  return onlyProblems({
    category: values.category ? undefined : '请选择支出类别',
    amount: amountProblem(values.amount, balanceFen, '超过本站经费结余'),
    date: values.date ? undefined : '请选择支出日期',
    payee: forbiddenWordsProblem('收款方', values.payee) ?? textProblem('收款方', values.payee, LEDGER_LIMITS.payee),
    note: forbiddenWordsProblem('用途说明', values.note) ?? textProblem('用途说明', values.note, LEDGER_LIMITS.note),
  });
}

export function grantProblems(values: GrantValues, capFen: number): Problems<keyof GrantValues> {
  const fen = yuanToFen(values.amount);
  return onlyProblems({
    assessmentYear:
      values.grantKind === 'annual' && !/^\d{4}$/.test(values.assessmentYear) ? '请填写所依据的考核年度' : undefined,
    amount: amountProblem(values.amount, capFen, '超过本级补助上限'),
    date: values.date ? undefined : '请选择拨付日期',
    documentNumber: textProblem('文号', values.documentNumber, LEDGER_LIMITS.documentNumber),
    note: textProblem('说明', values.note, LEDGER_LIMITS.note),
    reason:
      fen !== null && fen < capFen && values.reason.trim() === ''
        ? '低于本级补助上限时须说明理由（择优）'
        : values.reason.trim() === ''
          ? undefined
          : textProblem('理由', values.reason, LEDGER_LIMITS.reason),
  });
}

export function refundProblems(values: RefundValues, balanceFen: number): Problems<keyof RefundValues> {
  const fen = yuanToFen(values.amount);
  return onlyProblems({
    amount: amountProblem(values.amount, balanceFen, '退还金额超过结余'),
    date: values.date ? undefined : '请选择退还日期',
    note: textProblem('说明', values.note, LEDGER_LIMITS.note),
    reason:
      fen !== null && fen < balanceFen && values.reason.trim() === ''
        ? '部分退还时须说明理由'
        : values.reason.trim() === ''
          ? undefined
          : textProblem('理由', values.reason, LEDGER_LIMITS.reason),
  });
}

/** The amount typed, in capital numerals as a receipt writes it, to check against the paper. */
export function amountInWords(value: string): string {
  const fen = yuanToFen(value);
  return fen === null || fen === 0 ? '以元为单位，最多两位小数' : `大写：${capitalYuan(fen)}`;
}
