import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { AssessmentFile } from '../../../../types/actions';
import type { YearSpending } from '../../../../types/assessment';
import {
  EXPENSE_CATEGORIES,
  LEVEL_QUOTAS,
  type ExpenseCategory,
  type LedgerEntryKind,
} from '../../../../types/catalogue';
import type { QuotaCounter, RoleGrant, Station } from '../../../../types/domain';
import { PROGRAMME_TIMEZONE } from './calendar';
import { quotaStatuses } from './quota';

dayjs.extend(utc);
dayjs.extend(timezone);

/*
 * The parts of a station's assessment file that are reckoned rather than read: the year's final
 * quota verdict, the roster's changes and the year's money. Nobody types any of it (不得弄虚作假).
 */

type RosterRole = AssessmentFile['roster']['joined'][number]['role'];
const ROSTER_ROLES: readonly RosterRole[] = ['expert', 'station_head', 'station_staff'];

/** The year's figures from its frozen counter, judged as final: met or not met. */
export function finalQuota(station: Pick<Station, 'level'>, counter: QuotaCounter | null): AssessmentFile['quota'] {
  const quota = LEVEL_QUOTAS[station.level];
  const figures = {
    needsServed: counter?.needsServed ?? 0,
    experts: counter?.experts ?? 0,
    outOfProvinceExperts: counter?.outOfProvinceExperts ?? 0,
  };
  const { status, byFigure } = quotaStatuses(quota, figures, 1);
  return { quota, figures, figureStatus: byFigure, status, confirmedVisits: counter?.visits ?? 0 };
}

/** 00:00 Asia/Shanghai on 1 January of `year` and of the next: the year as instants. */
export function yearSpan(year: number): { start: string; end: string } {
  const at = (y: number) => dayjs.tz(`${y}-01-01 00:00`, PROGRAMME_TIMEZONE).toISOString();
  return { start: at(year), end: at(year + 1) };
}

/**
 * Who joined and left the station's roster during the year, every period counted (a person who
 * left and came back appears in both), and how many experts were on it when the year ended.
 */
export function rosterOfYear(
  grants: readonly RoleGrant[],
  names: ReadonlyMap<string, string>,
  year: number,
): AssessmentFile['roster'] {
  const { start, end } = yearSpan(year);
  const within = (at: string | undefined) => at !== undefined && at >= start && at < end;
  const joined: AssessmentFile['roster']['joined'] = [];
  const left: AssessmentFile['roster']['left'] = [];
  const expertsAtEnd = new Set<string>();
  for (const grant of grants) {
    const role = grant.role as RosterRole;
    if (!ROSTER_ROLES.includes(role)) continue;
    const name = names.get(grant.openid) ?? '';
    const periods = [
      ...(grant.earlierPeriods ?? []),
      { grantedAt: grant.grantedAt, revokedAt: grant.revokedAt as string | undefined },
    ];
    for (const period of periods) {
      if (within(period.grantedAt)) joined.push({ name, role, at: period.grantedAt });
      if (within(period.revokedAt)) left.push({ name, role, at: period.revokedAt! });
      const onAtEnd = period.grantedAt < end && (period.revokedAt === undefined || period.revokedAt >= end);
      if (role === 'expert' && onAtEnd) expertsAtEnd.add(grant.openid);
    }
  }
  const byTime = (a: { at: string }, b: { at: string }) => a.at.localeCompare(b.at);
  return { expertsAtYearEnd: expertsAtEnd.size, joined: joined.sort(byTime), left: left.sort(byTime) };
}

/** A sum of ledger entries, as one aggregation group answers it. */
export interface LedgerSum {
  kind: LedgerEntryKind;
  category?: ExpenseCategory;
  amountFen: number;
}

/**
 * The year's grants, expenses by category and refunds, and the balance at its end, from the sums
 * of the entries dated in the year and of all entries dated up to its end. Integer fen throughout.
 */
export function yearSpending(inYear: readonly LedgerSum[], toYearEnd: readonly LedgerSum[]): YearSpending {
  const total = (sums: readonly LedgerSum[], kind: LedgerEntryKind) =>
    sums.filter((sum) => sum.kind === kind).reduce((fen, sum) => fen + sum.amountFen, 0);
  const byCategory = EXPENSE_CATEGORIES.map((category) => ({
    category,
    amountFen: inYear
      .filter((sum) => sum.kind === 'expense' && sum.category === category)
      .reduce((fen, sum) => fen + sum.amountFen, 0),
  })).filter((row) => row.amountFen > 0);
  return {
    grantedFen: total(inYear, 'grant'),
    spentFen: total(inYear, 'expense'),
    refundedFen: total(inYear, 'refund'),
    byCategory,
    balanceAtYearEndFen: total(toYearEnd, 'grant') - total(toYearEnd, 'expense') - total(toYearEnd, 'refund'),
  };
}
