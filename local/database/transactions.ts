import { randomBytes } from 'node:crypto';
import type { Doc } from '../ejson';
import type { Change, DurableStore } from '../store/durableStore';
import { transactionConflict, transactionNotFound } from './errors';

/** CloudBase aborts a transaction that is neither committed nor aborted within 30 s. */
const TRANSACTION_TIMEOUT_MS = 30_000;

interface OpenTransaction {
  id: string;
  startSequence: number;
  /** Staged documents by key; null marks a removal. */
  writes: Map<string, { c: string; id: string; doc: Doc | null }>;
  timer: NodeJS.Timeout;
}

const keyOf = (collection: string, id: string) => `${collection}\u0000${id}`;

/**
 * Snapshot isolation as CloudBase has it: a transaction reads its own staged writes over the
 * committed data; a document written by one open transaction is locked, and a second writer
 * fails at once; a document changed by a commit after this transaction began also conflicts.
 */
export class Transactions {
  private readonly open = new Map<string, OpenTransaction>();
  private readonly locks = new Map<string, string>();

  constructor(private readonly store: DurableStore) {}

  start(): string {
    const id = randomBytes(12).toString('hex');
    const timer = setTimeout(() => this.abort(id), TRANSACTION_TIMEOUT_MS);
    timer.unref();
    this.open.set(id, { id, startSequence: this.store.currentSequence, writes: new Map(), timer });
    return id;
  }

  read(transactionId: string, collection: string, id: string): Doc | undefined {
    const staged = this.get(transactionId).writes.get(keyOf(collection, id));
    if (staged) return staged.doc ?? undefined;
    return this.store.documents(collection)?.get(id);
  }

  stage(transactionId: string, collection: string, id: string, doc: Doc | null): void {
    const transaction = this.get(transactionId);
    const key = keyOf(collection, id);
    const holder = this.locks.get(key);
    if (
      (holder !== undefined && holder !== transactionId) ||
      this.store.version(collection, id) > transaction.startSequence
    ) {
      throw transactionConflict();
    }
    this.locks.set(key, transactionId);
    transaction.writes.set(key, { c: collection, id, doc });
  }

  /** A plain write to a document that an open transaction holds fails like a second writer. */
  assertUnlocked(collection: string, id: string): void {
    if (this.locks.has(keyOf(collection, id))) throw transactionConflict();
  }

  commit(transactionId: string): void {
    const transaction = this.get(transactionId);
    const changes: Change[] = [...transaction.writes.values()].map(({ c, id, doc }) =>
      doc ? { op: 'put', c, doc } : { op: 'del', c, id },
    );
    this.release(transaction);
    this.store.commit(changes);
  }

  abort(transactionId: string): void {
    const transaction = this.open.get(transactionId);
    if (transaction) this.release(transaction);
  }

  private get(transactionId: string): OpenTransaction {
    const transaction = this.open.get(transactionId);
    if (!transaction) throw transactionNotFound();
    return transaction;
  }

  private release(transaction: OpenTransaction): void {
    clearTimeout(transaction.timer);
    for (const key of transaction.writes.keys()) this.locks.delete(key);
    this.open.delete(transaction.id);
  }
}
