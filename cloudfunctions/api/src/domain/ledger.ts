import type { ExpenseInput, GrantInput, LedgerTotals, RefundInput } from '../../../../types/actions';
import {
  EXPENSE_CATEGORIES,
  FORBIDDEN_EXPENSE_RULE,
  FORBIDDEN_EXPENSE_USE_LABELS,
  FORBIDDEN_EXPENSE_USES,
  STATION_STATUS_LABELS,
  type ExpenseCategory,
  type ForbiddenExpenseUse,
  type StationStatus,
} from '../../../../types/catalogue';
import { capitalYuan, formatYuan } from '../../../../types/catalogue/money';
import type { AssessmentVerdict, CalendarDate } from '../../../../types/domain';
import type { ErrorCode } from '../../../../types/errors';
import type { LedgerBalance, LedgerEntry } from '../../../../types/ledger';
import { forbiddenUse } from './application';
import { isFinal } from './stationStatus';

/*
 * A station's working funds (seed §四(四)), in integer fen: the city grants, the society spends on
 * the allowed categories only and never more than is left, and a station that stops returns the
 * rest (共同条款 3: 视情况部分或全部退还). Dates are calendar days in Asia/Shanghai.
 */

export interface LedgerRefusal {
  code: ErrorCode;
  /** In words the person can act on; a forbidden use quotes the rule. */
  message: string;
  /** The input field it is about, for the form to show it there. */
  field?: 'category' | 'amountFen' | 'date' | 'payee' | 'note' | 'reason' | 'assessmentYear' | 'grantKind' | 'receipts';
}

/** What a station's entries add up to: the balance document without its bookkeeping. */
export type LedgerSums = Pick<LedgerBalance, 'grantedFen' | 'spentFen' | 'refundedFen' | 'byCategory'>;

export const NO_MOVEMENT: LedgerSums = { grantedFen: 0, spentFen: 0, refundedFen: 0, byCategory: {} };

type Movement = Pick<LedgerEntry, 'kind' | 'amountFen' | 'category'>;

export function balanceFen(sums: LedgerSums): number {
  return sums.grantedFen - sums.spentFen - sums.refundedFen;
}

/** The sums after one more entry. */
export function withEntry(sums: LedgerSums, entry: Movement): LedgerSums {
  if (entry.kind === 'grant') return { ...sums, grantedFen: sums.grantedFen + entry.amountFen };
  if (entry.kind === 'refund') return { ...sums, refundedFen: sums.refundedFen + entry.amountFen };
  const category = entry.category ?? 'other';
  return {
    ...sums,
    spentFen: sums.spentFen + entry.amountFen,
    byCategory: { ...sums.byCategory, [category]: (sums.byCategory[category] ?? 0) + entry.amountFen },
  };
}

export function sumEntries(entries: readonly Movement[]): LedgerSums {
  return entries.reduce(withEntry, NO_MOVEMENT);
}

/** Several stations' sums together, for the overview's totals. */
export function addSums(all: readonly LedgerSums[]): LedgerSums {
  return all.reduce<LedgerSums>(
    (total, sums) => ({
      grantedFen: total.grantedFen + sums.grantedFen,
      spentFen: total.spentFen + sums.spentFen,
      refundedFen: total.refundedFen + sums.refundedFen,
      byCategory: Object.fromEntries(
        EXPENSE_CATEGORIES.map((category) => [
          category,
          (total.byCategory[category] ?? 0) + (sums.byCategory[category] ?? 0),
        ]).filter(([, fen]) => fen !== 0),
      ),
    }),
    NO_MOVEMENT,
  );
}

/** The sums as shown: with the balance, and the categories spent on in the catalogue's order. */
export function totalsOf(sums: LedgerSums): LedgerTotals {
  return {
    grantedFen: sums.grantedFen,
    spentFen: sums.spentFen,
    refundedFen: sums.refundedFen,
    balanceFen: balanceFen(sums),
    byCategory: EXPENSE_CATEGORIES.filter((category) => (sums.byCategory[category] ?? 0) > 0).map((category) => ({
      category,
      amountFen: sums.byCategory[category]!,
    })),
  };
}

/** A stopped station with money left owes it back: the whole balance, to be confirmed. */
export function refundDueFen(status: StationStatus, sums: LedgerSums): number | null {
  const balance = balanceFen(sums);
  return isFinal(status) && balance > 0 ? balance : null;
}

/** Money as written on the page and in a refusal: ￥1,200.50（壹仟贰佰元伍角）. */
export function yuanWords(fen: number): string {
  return `￥${formatYuan(fen)}（${capitalYuan(fen)}）`;
}

/** A category that names a forbidden use is refused with the rule rather than as a malformed value. */
export function forbiddenCategoryRefusal(category: string): LedgerRefusal | null {
  if (!(FORBIDDEN_EXPENSE_USES as readonly string[]).includes(category)) return null;
  const use = FORBIDDEN_EXPENSE_USE_LABELS[category as ForbiddenExpenseUse];
  return { code: 'EXPENSE_FORBIDDEN_USE', field: 'category', message: `不能列支${use}：${FORBIDDEN_EXPENSE_RULE}` };
}

/** Why this expense cannot be recorded against these sums on `today`, or null. */
export function expenseRefusal(
  input: Pick<ExpenseInput, 'category' | 'amountFen' | 'date' | 'payee' | 'note'>,
  sums: LedgerSums,
  today: CalendarDate,
): LedgerRefusal | null {
  const category = forbiddenCategoryRefusal(input.category);
  if (category) return category;
  if (!(EXPENSE_CATEGORIES as readonly string[]).includes(input.category)) {
    return { code: 'INVALID_INPUT', field: 'category', message: '提交的内容有误：请选择一个允许的支出类别' };
  }
  for (const field of ['payee', 'note'] as const) {
    const use = forbiddenUse(input.category as ExpenseCategory, input[field]);
    if (use) {
      const name = field === 'payee' ? '收款方' : '用途说明';
      const label = FORBIDDEN_EXPENSE_USE_LABELS[use];
      return {
        code: 'EXPENSE_FORBIDDEN_USE',
        field,
        message: `${name}写明用于「${label}」：${FORBIDDEN_EXPENSE_RULE}`,
      };
    }
  }
  return (
    amountRefusal(input.amountFen) ??
    dateRefusal(input.date, today) ??
    aboveBalance(input.amountFen, sums, '本笔支出', 'BALANCE_INSUFFICIENT')
  );
}

/** Why this grant cannot be recorded on `today` for a station whose level caps a grant at `capFen`, or null. */
export function grantRefusal(
  input: Pick<GrantInput, 'grantKind' | 'assessmentYear' | 'amountFen' | 'date' | 'reason'>,
  capFen: number,
  today: CalendarDate,
): LedgerRefusal | null {
  const thisYear = Number(today.slice(0, 4));
  if (input.grantKind === 'annual') {
    if (input.assessmentYear === undefined) {
      return {
        code: 'INVALID_INPUT',
        field: 'assessmentYear',
        message: '提交的内容有误：后续年度补助须写明所依据的考核年度',
      };
    }
    if (input.assessmentYear >= thisYear) {
      return {
        code: 'INVALID_INPUT',
        field: 'assessmentYear',
        message: `提交的内容有误：考核年度须是已结束的年度（${thisYear - 1} 年或以前）`,
      };
    }
  }
  const amount = amountRefusal(input.amountFen);
  if (amount) return amount;
  if (input.amountFen > capFen) {
    return {
      code: 'INVALID_INPUT',
      field: 'amountFen',
      message: `提交的内容有误：补助不能超过本级上限 ${yuanWords(capFen)}`,
    };
  }
  // 择优: a grant below the cap is a decision someone must be able to explain later.
  if (input.amountFen < capFen && !input.reason) {
    return { code: 'INVALID_INPUT', field: 'reason', message: `补助低于本级上限 ${yuanWords(capFen)} 时须说明理由` };
  }
  return dateRefusal(input.date, today);
}

/** What the station's past says about a grant: its assessment of the year an annual grant rewards, and the grants of that kind already made. */
export interface GrantHistory {
  /** The verdict of `assessmentYear`'s assessment; null when it has none. */
  verdict: AssessmentVerdict | null;
  /** Grants already recorded at recognition, or for the same assessment year. */
  sameGrants: number;
}

/**
 * A station is granted once at recognition, and a later year's subsidy only after that year's
 * assessment passed (§四(三)6), once per year.
 */
export function grantHistoryRefusal(
  input: Pick<GrantInput, 'grantKind' | 'assessmentYear'>,
  history: GrantHistory,
): LedgerRefusal | null {
  if (input.grantKind === 'recognition') {
    return history.sameGrants > 0
      ? { code: 'INVALID_INPUT', field: 'grantKind', message: '本站已记录认定建站补助，每站只拨付一次' }
      : null;
  }
  if (history.verdict !== 'passed') {
    const state = history.verdict === 'failed' ? '评定为不合格' : '尚未评定合格';
    return {
      code: 'INVALID_INPUT',
      field: 'assessmentYear',
      message: `本站 ${input.assessmentYear} 年度考核${state}，不能拨付后续年度补助`,
    };
  }
  return history.sameGrants > 0
    ? { code: 'INVALID_INPUT', field: 'assessmentYear', message: `本站已记录 ${input.assessmentYear} 年度的后续补助` }
    : null;
}

/** Why this refund cannot be confirmed for a station of `status` with these sums on `today`, or null. */
export function refundRefusal(
  input: Pick<RefundInput, 'amountFen' | 'date' | 'reason'>,
  status: StationStatus,
  sums: LedgerSums,
  today: CalendarDate,
): LedgerRefusal | null {
  if (!isFinal(status)) {
    return {
      code: 'STATION_WRONG_STATUS',
      message: `工作站${STATION_STATUS_LABELS[status]}：只有已撤销或已撤并的工作站才退还结余经费`,
    };
  }
  const refusal =
    amountRefusal(input.amountFen) ??
    dateRefusal(input.date, today) ??
    aboveBalance(input.amountFen, sums, '退还金额', 'BALANCE_INSUFFICIENT');
  if (refusal) return refusal;
  // 共同条款 3: 视情况部分或全部退还 — keeping part of it back is a decision with its reasons.
  if (input.amountFen < balanceFen(sums) && !input.reason) {
    return {
      code: 'INVALID_INPUT',
      field: 'reason',
      message: `退还金额少于结余 ${yuanWords(balanceFen(sums))}（部分退还）时须说明理由`,
    };
  }
  return null;
}

function amountRefusal(amountFen: number): LedgerRefusal | null {
  if (Number.isSafeInteger(amountFen) && amountFen > 0) return null;
  return { code: 'INVALID_INPUT', field: 'amountFen', message: '提交的内容有误：金额须大于零，精确到分' };
}

function dateRefusal(date: CalendarDate, today: CalendarDate): LedgerRefusal | null {
  if (date <= today) return null;
  return { code: 'INVALID_INPUT', field: 'date', message: `提交的内容有误：日期 ${date} 晚于今天（${today}）` };
}

function aboveBalance(amountFen: number, sums: LedgerSums, what: string, code: ErrorCode): LedgerRefusal | null {
  const balance = balanceFen(sums);
  if (amountFen <= balance) return null;
  return {
    code,
    field: 'amountFen',
    message: `${what} ${yuanWords(amountFen)} 超过本站经费结余 ${yuanWords(Math.max(balance, 0))}`,
  };
}
