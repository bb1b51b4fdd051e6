import type { ExpenseCategory, GrantKind } from '../../../../types/catalogue';
import type { Station } from '../../../../types/domain';
import type { LedgerBalance, LedgerEntry } from '../../../../types/ledger';
import { NO_MOVEMENT, sumEntries, withEntry, type LedgerSums } from '../domain/ledger';
import type { PageWindow } from '../domain/paging';
import { allPages, db, MAX_GET } from './db';
import type { Tx } from './transaction';

/** A station's entries, newest first, and how many it has (index `stationId` + `recordedAt`). */
export async function pageLedgerEntries(
  stationId: string,
  window: PageWindow,
): Promise<{ entries: LedgerEntry[]; total: number }> {
  const query = db().collection<LedgerEntry>('ledger').where({ stationId });
  const [page, count] = await Promise.all([
    query.orderBy('recordedAt', 'desc').orderBy('_id', 'desc').skip(window.skip).limit(window.pageSize).get(),
    query.count(),
  ]);
  return { entries: page.data, total: count.total };
}

/** Every entry of the stations of one society, or of all, for the export. */
export function ledgerEntriesOf(societyId: string | undefined): Promise<LedgerEntry[]> {
  const entries = db().collection<LedgerEntry>('ledger');
  return allPages(societyId ? entries.where({ societyId }) : entries);
}

/** The stations of one society, or all: the overview's rows. */
export function stationsOf(societyId: string | undefined): Promise<Station[]> {
  const stations = db().collection<Station>('stations');
  return allPages(societyId ? stations.where({ societyId }) : stations);
}

/**
 * The sums of these stations, one request per 1000 balance documents; a station recognised before
 * the balance documents were kept has its entries summed by the database, in one more request.
 */
export async function ledgerSumsOf(
  stations: readonly Station[],
  societyId: string | undefined,
): Promise<Map<string, LedgerSums>> {
  const balances = db().collection<LedgerBalance>('ledgerBalances');
  const kept = await allPages(societyId ? balances.where({ societyId }) : balances);
  const sums = new Map<string, LedgerSums>(kept.map((balance) => [balance._id, balance]));
  const missing = stations.filter((station) => !sums.has(station._id)).map((station) => station._id);
  if (missing.length > 0) {
    for (const [stationId, computed] of await summedByDatabase(missing)) sums.set(stationId, computed);
  }
  return sums;
}

async function summedByDatabase(stationIds: string[]): Promise<Map<string, LedgerSums>> {
  const _ = db().command;
  const { list } = await db()
    .collection<LedgerEntry>('ledger')
    .aggregate()
    .match({ stationId: _.in(stationIds) })
    .group({
      _id: { stationId: '$stationId', kind: '$kind', category: '$category' },
      amountFen: _.aggregate.sum('$amountFen'),
    })
    .limit(MAX_GET)
    .end();
  const sums = new Map<string, LedgerSums>();
  for (const row of list) {
    const key = row._id as Pick<LedgerEntry, 'stationId' | 'kind'> & { category?: ExpenseCategory | null };
    const movement = { kind: key.kind, amountFen: Number(row.amountFen), category: key.category ?? undefined };
    sums.set(key.stationId, withEntry(sums.get(key.stationId) ?? NO_MOVEMENT, movement));
  }
  return sums;
}

/** A station's sums as they are now, outside a transaction: for reading. */
export async function ledgerSumsOfStation(stationId: string): Promise<LedgerSums> {
  const { data } = await db().collection<LedgerBalance>('ledgerBalances').doc(stationId).get();
  return data ?? sumEntries(await allPages(db().collection<LedgerEntry>('ledger').where({ stationId })));
}

/**
 * The station's balance document as the transaction reads it, so the check and the write see the
 * same balance and a concurrent entry fails the commit. A station without one yet has it computed
 * from its entries; writing it then conflicts with any other first writer.
 */
export async function readBalanceForChange(tx: Tx, stationId: string): Promise<{ sums: LedgerSums; kept: boolean }> {
  const { data } = await tx.collection<LedgerBalance>('ledgerBalances').doc(stationId).get();
  if (data) return { sums: data, kept: true };
  const entries = await allPages(db().collection<LedgerEntry>('ledger').where({ stationId }));
  return { sums: sumEntries(entries), kept: false };
}

/** Adds the entry and the balance it leaves, in one transaction; returns the entry with its id and the new sums. */
export async function addLedgerEntry(
  tx: Tx,
  entry: Omit<LedgerEntry, '_id'>,
  before: { sums: LedgerSums; kept: boolean },
): Promise<{ entry: LedgerEntry; sums: LedgerSums }> {
  const { _id } = (await tx.collection<LedgerEntry>('ledger').add({ data: entry })) as { _id: string };
  const sums = withEntry(before.sums, entry);
  await writeBalance(tx, entry.stationId, entry.societyId, sums, before.kept, entry.recordedAt);
  return { entry: { _id, ...entry }, sums };
}

/** The balance document with these sums: set when new, otherwise replaced field by field. */
export async function writeBalance(
  tx: Tx,
  stationId: string,
  societyId: string,
  sums: LedgerSums,
  kept: boolean,
  at: string,
): Promise<void> {
  const balance: Omit<LedgerBalance, '_id'> = {
    societyId,
    grantedFen: sums.grantedFen,
    spentFen: sums.spentFen,
    refundedFen: sums.refundedFen,
    byCategory: sums.byCategory,
    updatedAt: at,
  };
  const doc = tx.collection<LedgerBalance>('ledgerBalances').doc(stationId);
  // An update merges nested objects key by key; byCategory only grows, so a merge is the same as a replace.
  await (kept ? doc.update({ data: balance }) : doc.set({ data: balance }));
}

/** Grants of the same kind already recorded for the station: at recognition, or for one assessment year. */
export async function sameGrantCount(
  stationId: string,
  grantKind: GrantKind,
  assessmentYear?: number,
): Promise<number> {
  const { total } = await db()
    .collection<LedgerEntry>('ledger')
    .where({ stationId, kind: 'grant', grantKind, ...(grantKind === 'annual' && { assessmentYear }) })
    .count();
  return total;
}
