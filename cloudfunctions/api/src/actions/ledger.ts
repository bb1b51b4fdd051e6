import type {
  ExpenseInput,
  GrantInput,
  LedgerEntryView,
  LedgerOverview,
  RefundInput,
  StationLedger,
} from '../../../../types/actions';
import {
  EXPENSE_CATEGORIES,
  GRANT_KIND_LABELS,
  GRANT_KINDS,
  EXPENSE_CATEGORY_LABELS,
  LEDGER_LIMITS,
  LEDGER_MAX_FEN,
  LEDGER_TABLE_LIMITS,
  LEVEL_SUBSIDY_CAP_FEN,
  type ExpenseCategory,
} from '../../../../types/catalogue';
import type { RoleGrant, Society, Station } from '../../../../types/domain';
import type { LedgerEntry } from '../../../../types/ledger';
import { activeGrants } from '../domain/access';
import { assessmentId } from '../domain/assessments';
import { calendarMoment } from '../domain/calendar';
import {
  addSums,
  expenseRefusal,
  forbiddenCategoryRefusal,
  grantHistoryRefusal,
  grantRefusal,
  NO_MOVEMENT,
  refundDueFen,
  refundRefusal,
  totalsOf,
  yuanWords,
  type LedgerRefusal,
  type LedgerSums,
} from '../domain/ledger';
import { transition } from '../domain/audit';
import { MAX_PAGE_SIZE, pageWindow, type PageWindow } from '../domain/paging';
import { allowingRole } from '../domain/policy';
import { isFinal } from '../domain/stationStatus';
import { AppError } from '../errors';
import { checkTexts } from '../store/contentCheck';
import { temporaryUrls } from '../store/files';
import {
  addLedgerEntry,
  ledgerSumsOf,
  ledgerSumsOfStation,
  pageLedgerEntries,
  readBalanceForChange,
  sameGrantCount,
  stationsOf,
} from '../store/ledger';
import { findAssessment } from '../store/assessments';
import { audit, transact, type Tx } from '../store/transaction';
import { calendarDate, documentId, integer, list, object, oneOf, optional, text, type Parser } from '../validate';
import { actingAs, authorize, requireSociety, requireStation, requireUploaded, stationTarget } from './guard';
import { parseAttachment } from './parsers';
import type { ActionDefinition } from './types';

/** CloudBase answers temporary URLs for at most this many files a request. */
const URL_BATCH = 50;

const amount = integer(1, LEDGER_MAX_FEN);
const note = text(...LEDGER_LIMITS.note);
const reason = optional(text(...LEDGER_LIMITS.reason));
const receipts = list(parseAttachment, LEDGER_TABLE_LIMITS.receipts);

/** A forbidden use chosen as the category is refused with the rule, not as a malformed value. */
const expenseCategory: Parser<ExpenseCategory> = (value, field) => {
  const refusal = typeof value === 'string' ? forbiddenCategoryRefusal(value) : null;
  if (refusal) throw refused(refusal);
  return oneOf(EXPENSE_CATEGORIES)(value, field);
};

const pageFields = { page: optional(integer(1, 10_000)), pageSize: optional(integer(1, MAX_PAGE_SIZE)) };

/** One station's entries, newest first, with its totals: its head, its society, the city. */
export const stationLedger: ActionDefinition<'ledger.station'> = {
  parse: object({ stationId: documentId, ...pageFields }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'ledger.view', stationTarget(station));
    const window = pageWindow(input.page, input.pageSize);
    const [sums, grants] = await Promise.all([ledgerSumsOfStation(station._id), caller.grants()]);
    return ledgerView(station, sums, grants, window);
  },
};

/** Every station's balance and spending, one society's or all: balance documents, not entries, are read. */
export const ledgerOverview: ActionDefinition<'ledger.overview'> = {
  parse: object({ societyId: optional(documentId) }),
  handle: async (input, caller) => readOverview((await overviewScope(input.societyId, caller))?._id),
};

/** The city grants a station money: its recognition subsidy, or a later year's after a passing assessment. */
export const recordGrant: ActionDefinition<'ledger.grant'> = {
  parse: object<GrantInput>({
    stationId: documentId,
    grantKind: oneOf(GRANT_KINDS),
    assessmentYear: optional(integer(2000, 2100)),
    amountFen: amount,
    date: calendarDate,
    documentNumber: text(...LEDGER_LIMITS.documentNumber),
    note,
    reason,
  }),
  write: true,
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    const role = await authorize(caller, 'ledger.grant', stationTarget(station));
    refuseIfStopped(station, '拨付补助');
    const today = calendarMoment(caller.now).date;
    const refusal = grantRefusal(input, LEVEL_SUBSIDY_CAP_FEN[station.level], today);
    if (refusal) throw refused(refusal);
    const [assessment, sameGrants] = await Promise.all([
      input.grantKind === 'annual' ? findAssessment(assessmentId(input.assessmentYear!, station._id)) : null,
      sameGrantCount(station._id, input.grantKind, input.assessmentYear),
    ]);
    const history = grantHistoryRefusal(input, { verdict: assessment?.verdict ?? null, sameGrants });
    if (history) throw refused(history);
    await checkTexts(caller.openid, [
      { label: '说明', text: input.note },
      { label: '理由', text: input.reason ?? '' },
    ]);
    const entry = await newEntry(caller, station, {
      kind: 'grant',
      amountFen: input.amountFen,
      date: input.date,
      note: input.note,
      grantKind: input.grantKind,
      ...(input.grantKind === 'annual' && { assessmentYear: input.assessmentYear }),
      documentNumber: input.documentNumber,
      ...(input.reason && { reason: input.reason }),
    });
    return record(caller, station, role, entry, () => null, `${GRANT_KIND_LABELS[input.grantKind]}`);
  },
};

/** The society records what it paid from the station's funds, with the receipts: allowed uses, within the balance. */
export const recordExpense: ActionDefinition<'ledger.expense'> = {
  parse: object<ExpenseInput>({
    stationId: documentId,
    category: expenseCategory,
    amountFen: amount,
    date: calendarDate,
    payee: text(...LEDGER_LIMITS.payee),
    note,
    receipts,
  }),
  write: true,
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    const role = await authorize(caller, 'ledger.expense', stationTarget(station));
    refuseIfStopped(station, '记录支出');
    const today = calendarMoment(caller.now).date;
    // Checked first on the balance as it is now, so a plain mistake is told before the upload check.
    const early = expenseRefusal(input, await ledgerSumsOfStation(station._id), today);
    if (early) throw refused(early);
    if (input.receipts.length === 0)
      throw refused({ code: 'INVALID_INPUT', field: 'receipts', message: '请上传至少 1 张票据照片或文件' });
    await requireUploaded(input.receipts);
    await checkTexts(caller.openid, [
      { label: '收款方', text: input.payee },
      { label: '用途说明', text: input.note },
    ]);
    const entry = await newEntry(caller, station, {
      kind: 'expense',
      amountFen: input.amountFen,
      date: input.date,
      note: input.note,
      category: input.category,
      payee: input.payee,
      receipts: input.receipts,
    });
    return record(
      caller,
      station,
      role,
      entry,
      (sums) => expenseRefusal(input, sums, today),
      EXPENSE_CATEGORY_LABELS[input.category],
    );
  },
};

/** The city confirms what a stopped station's society returned: at most the balance, less only with a reason. */
export const recordRefund: ActionDefinition<'ledger.refund'> = {
  parse: object<RefundInput>({ stationId: documentId, amountFen: amount, date: calendarDate, note, reason, receipts }),
  write: true,
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    const role = await authorize(caller, 'ledger.refund', stationTarget(station));
    const today = calendarMoment(caller.now).date;
    const early = refundRefusal(input, station.status, await ledgerSumsOfStation(station._id), today);
    if (early) throw refused(early);
    if (input.receipts.length > 0) await requireUploaded(input.receipts);
    await checkTexts(caller.openid, [
      { label: '说明', text: input.note },
      { label: '理由', text: input.reason ?? '' },
    ]);
    const entry = await newEntry(caller, station, {
      kind: 'refund',
      amountFen: input.amountFen,
      date: input.date,
      note: input.note,
      receipts: input.receipts,
      ...(input.reason && { reason: input.reason }),
    });
    return record(
      caller,
      station,
      role,
      entry,
      (sums) => refundRefusal(input, station.status, sums, today),
      '退还结余',
    );
  },
};

/** The society a caller's overview or export covers: the one named, their own, or (the city, null) all. */
export async function overviewScope(
  societyId: string | undefined,
  caller: Parameters<ActionDefinition<'ledger.overview'>['handle']>[1],
): Promise<Society | null> {
  const grants = await caller.grants();
  const scope = societyId ?? ownSociety(grants);
  await actingAs(caller, allowingRole(grants, 'ledger.overview', { societyId: scope ?? '' }));
  return scope ? requireSociety(scope) : null;
}

/** The overview's rows, from the stations and their balance documents: a few requests, whatever the entries. */
export async function readOverview(societyId: string | undefined): Promise<LedgerOverview> {
  const stations = (await stationsOf(societyId)).sort(
    (a, b) => a.societyName.localeCompare(b.societyName, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'),
  );
  const sums = await ledgerSumsOf(stations, societyId);
  const rows = stations.map((station) => ({
    stationId: station._id,
    stationName: station.name,
    societyId: station.societyId,
    societyName: station.societyName,
    level: station.level,
    stationStatus: station.status,
    ...totalsOf(sums.get(station._id) ?? NO_MOVEMENT),
  }));
  return { rows, totals: totalsOf(addSums(stations.map((station) => sums.get(station._id) ?? NO_MOVEMENT))) };
}

function ownSociety(grants: readonly RoleGrant[]): string | undefined {
  const active = activeGrants(grants);
  if (active.some((grant) => grant.role === 'city_admin')) return undefined;
  return active.find((grant) => grant.role === 'society_admin')?.societyId;
}

type EntryFields = Omit<
  LedgerEntry,
  '_id' | 'stationId' | 'societyId' | 'recordedAt' | 'recordedBy' | 'recordedByName'
>;

async function newEntry(
  caller: { openid: string; now: Date; profile: () => Promise<{ name?: string } | null> },
  station: Station,
  fields: EntryFields,
): Promise<Omit<LedgerEntry, '_id'>> {
  const person = await caller.profile();
  return {
    stationId: station._id,
    societyId: station.societyId,
    ...fields,
    recordedAt: caller.now.toISOString(),
    recordedBy: caller.openid,
    recordedByName: person?.name || '',
  };
}

/**
 * The entry and its balance in one transaction, checked again on the balance the transaction
 * reads: of two expenses at once that together overspend, one commits and the other is refused.
 */
function record(
  caller: Parameters<ActionDefinition<'ledger.grant'>['handle']>[1],
  station: Station,
  role: RoleGrant['role'],
  entry: Omit<LedgerEntry, '_id'>,
  recheck: (sums: LedgerSums) => LedgerRefusal | null,
  what: string,
): Promise<StationLedger> {
  return transact(caller, async (tx: Tx) => {
    const before = await readBalanceForChange(tx, station._id);
    const refusal = recheck(before.sums);
    if (refusal) throw refused(refusal);
    const added = await addLedgerEntry(tx, entry, before);
    await audit(tx, {
      at: entry.recordedAt,
      actor: caller.openid,
      role,
      action: `ledger.${entry.kind}` as const,
      societyId: station.societyId,
      stationId: station._id,
      subject: added.entry._id,
      detail: `${what} ${yuanWords(entry.amountFen)}：${entry.note}`,
      ...transition('balanceFen', totalsOf(before.sums).balanceFen, totalsOf(added.sums).balanceFen),
    });
    return ledgerView(station, added.sums, await caller.grants(), pageWindow(), added.entry);
  });
}

/**
 * A page of the station's entries with their receipts' URLs. In a transaction the entry just
 * added is not yet visible to a read, so it is put first by hand.
 */
async function ledgerView(
  station: Station,
  sums: LedgerSums,
  grants: readonly RoleGrant[],
  window: PageWindow,
  added?: LedgerEntry,
): Promise<StationLedger> {
  const page = await pageLedgerEntries(station._id, window);
  const entries = added ? [added, ...page.entries].slice(0, window.pageSize) : page.entries;
  const urls = await receiptUrls(entries);
  const target = stationTarget(station);
  const may = (permission: Parameters<typeof allowingRole>[1]) => allowingRole(grants, permission, target) !== null;
  const due = refundDueFen(station.status, sums);
  return {
    items: entries.map((entry) => entryView(entry, urls)),
    page: window.page,
    pageSize: window.pageSize,
    total: page.total + (added ? 1 : 0),
    stationId: station._id,
    stationName: station.name,
    stationStatus: station.status,
    level: station.level,
    totals: totalsOf(sums),
    refundDueFen: due,
    can: {
      grant: may('ledger.grant') && !isFinal(station.status),
      expense: may('ledger.expense') && !isFinal(station.status),
      refund: may('ledger.refund') && due !== null,
      export: may('ledger.overview'),
    },
  };
}

async function receiptUrls(entries: readonly LedgerEntry[]): Promise<Map<string, string>> {
  const fileIds = entries.flatMap((entry) => (entry.receipts ?? []).map((file) => file.fileId));
  const batches = Array.from({ length: Math.ceil(fileIds.length / URL_BATCH) }, (_, index) =>
    fileIds.slice(index * URL_BATCH, (index + 1) * URL_BATCH),
  );
  const maps = await Promise.all(batches.map((batch) => temporaryUrls(batch)));
  return new Map(maps.flatMap((map) => [...map]));
}

function entryView(entry: LedgerEntry, urls: Map<string, string>): LedgerEntryView {
  return {
    id: entry._id,
    kind: entry.kind,
    amountFen: entry.amountFen,
    date: entry.date,
    note: entry.note,
    ...(entry.grantKind && { grantKind: entry.grantKind }),
    ...(entry.assessmentYear !== undefined && { assessmentYear: entry.assessmentYear }),
    ...(entry.category && { category: entry.category }),
    ...(entry.payee && { payee: entry.payee }),
    receipts: (entry.receipts ?? []).map((file) => ({ ...file, url: urls.get(file.fileId) ?? null })),
    ...(entry.reason && { reason: entry.reason }),
    ...(entry.documentNumber && { documentNumber: entry.documentNumber }),
    recordedAt: entry.recordedAt,
    recordedByName: entry.recordedByName || (entry.kind === 'expense' ? '学会管理员' : '市科协'),
  };
}

/** A stopped station takes no more money in or out but its refund. */
function refuseIfStopped(station: Station, what: string): void {
  if (!isFinal(station.status)) return;
  throw new AppError('STATION_WRONG_STATUS', `${station.name}已停止运行，不能再${what}；结余经费请按退还处理`);
}

function refused(refusal: LedgerRefusal): AppError {
  return new AppError(refusal.code, refusal.message);
}
