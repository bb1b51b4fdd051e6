import type { CollectionName } from '../../../../types/collections';
import type { AuditEntry } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { AppError } from '../errors';
import { db } from './db';
import type { RequestRecord } from './requests';

/** The single-document operations CloudBase allows inside a transaction. */
export interface TxDocument<T> {
  get(): Promise<{ data: T | null }>;
  set(options: { data: Omit<T, '_id'> }): Promise<unknown>;
  update(options: { data: Partial<T> | Record<string, unknown> }): Promise<unknown>;
  remove(): Promise<unknown>;
}
export interface TxCollection<T> {
  doc(id: string): TxDocument<T>;
  add(options: { data: T | Omit<T, '_id'> }): Promise<unknown>;
}
export interface Tx {
  collection<T>(name: CollectionName): TxCollection<T>;
}
interface OpenTransaction extends Tx {
  commit(): Promise<unknown>;
  rollback(): Promise<unknown>;
}

/**
 * Runs a write and records its outcome under the caller's request id, claimed by the router, in
 * the same transaction: a replay or a twin waiting on the claim is answered from it. Domain
 * refusals (AppError) abort and record nothing.
 */
export async function transact<T>(
  caller: CallerContext,
  work: (tx: Tx) => Promise<T>,
  /** Runs only when this call committed: a twin answered from the record does not repeat it. */
  afterCommit?: (result: T) => Promise<void>,
): Promise<T> {
  const request = caller.request;
  if (!request) throw new Error('transact() needs a write request');
  const { key, action } = request;
  const transaction = (await db().startTransaction()) as OpenTransaction;
  let result: T;
  try {
    result = await work(transaction);
    await transaction
      .collection<RequestRecord>('requests')
      .doc(key)
      .set({ data: { action, state: 'done', result, at: new Date().toISOString() } });
    await transaction.commit();
  } catch (error) {
    await transaction.rollback().catch(() => undefined);
    if (error instanceof AppError) throw error;
    throw isConflict(error) ? new AppError('CONFLICT') : error;
  }
  request.recorded = true;
  if (afterCommit) await afterCommit(result);
  return result;
}

/** A transaction with no caller and no request record: for the scheduled jobs. */
export async function runTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const transaction = (await db().startTransaction()) as OpenTransaction;
  try {
    const result = await work(transaction);
    await transaction.commit();
    return result;
  } catch (error) {
    await transaction.rollback().catch(() => undefined);
    throw error;
  }
}

export function audit(tx: Tx, entry: Omit<AuditEntry, '_id'>): Promise<unknown> {
  return tx.collection<AuditEntry>('audit').add({ data: entry });
}

export function isConflict(error: unknown): boolean {
  const text = String((error as { errMsg?: unknown; message?: unknown })?.errMsg ?? (error as Error)?.message ?? error);
  return /conflict|-501001|duplicate/i.test(text);
}
