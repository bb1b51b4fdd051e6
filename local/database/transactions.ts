import { randomBytes } from 'node:crypto';
import type { Doc } from '../ejson';
import type { Change, DurableStore } from '../store/durableStore';
import { transactionConflict, transactionNotFound } from './errors';
import { idKey } from './ids';

/** CloudBase aborts a transaction that is neither committed nor aborted within 30 s. */
const TRANSACTION_TIMEOUT_MS = 30_000;

interface OpenTransaction {
  id: string;
  /** The commit sequence its snapshot was taken at: its first operation, as MongoDB takes it. */
  snapshot: number | null;
  /** Staged documents by collection and key; null marks a removal. */
  writes: Map<string, { c: string; key: string; doc: Doc | null }>;
  /** Documents as they were at the snapshot, kept when a commit outside changed them; null: absent. */
  preImages: Map<string, Doc | null>;
  timer: NodeJS.Timeout;
}

const slot = (collection: string, key: string) => `${collection}\u0000${key}`;

/**
 * Snapshot isolation as CloudBase has it: from its first operation a transaction reads the data
 * as it was then, with its own staged writes over it; a document written by one open transaction
 * is locked, and a second writer fails at once; a document changed by a commit after the snapshot
 * conflicts when the transaction writes it.
 */
export class Transactions {
  private readonly open = new Map<string, OpenTransaction>();
  private readonly locks = new Map<string, string>();

  constructor(private readonly store: DurableStore) {}

  start(): string {
    const id = randomBytes(12).toString('hex');
    const timer = setTimeout(() => this.abort(id), TRANSACTION_TIMEOUT_MS);
    timer.unref();
    this.open.set(id, { id, snapshot: null, writes: new Map(), preImages: new Map(), timer });
    return id;
  }

  /** One document as the transaction sees it. */
  read(transactionId: string, collection: string, key: string): Doc | undefined {
    const transaction = this.begun(transactionId);
    const at = slot(collection, key);
    const staged = transaction.writes.get(at);
    if (staged) return staged.doc ?? undefined;
    if (transaction.preImages.has(at)) return transaction.preImages.get(at) ?? undefined;
    return this.store.documents(collection)?.get(key);
  }

  /** A collection as the transaction sees it, for queries inside it. */
  view(transactionId: string, collection: string, committed: Map<string, Doc>): Map<string, Doc> {
    const transaction = this.begun(transactionId);
    const docs = new Map(committed);
    const overlay = (at: string, doc: Doc | null) => {
      const key = at.slice(collection.length + 1);
      if (doc) docs.set(key, doc);
      else docs.delete(key);
    };
    const prefix = `${collection}\u0000`;
    for (const [at, doc] of transaction.preImages) if (at.startsWith(prefix)) overlay(at, doc);
    for (const [at, write] of transaction.writes) if (write.c === collection) overlay(at, write.doc);
    return docs;
  }

  stage(transactionId: string, collection: string, doc: Doc | null, key = idKey(doc?._id)): void {
    const transaction = this.begun(transactionId);
    const at = slot(collection, key);
    const holder = this.locks.get(at);
    if (
      (holder !== undefined && holder !== transactionId) ||
      this.store.version(collection, key) > transaction.snapshot!
    ) {
      throw transactionConflict();
    }
    this.locks.set(at, transactionId);
    transaction.writes.set(at, { c: collection, key, doc });
  }

  /** A plain write to a document that an open transaction holds fails like a second writer. */
  assertUnlocked(collection: string, key: string): void {
    if (this.locks.has(slot(collection, key))) throw transactionConflict();
  }

  /** Commits a write made outside any transaction, keeping what open snapshots still need. */
  commitOutside(changes: Change[]): void {
    this.keepPreImages(changes, null);
    this.store.commit(changes);
  }

  commit(transactionId: string): void {
    const transaction = this.get(transactionId);
    const changes: Change[] = [...transaction.writes.values()].map(({ c, key, doc }) =>
      doc ? { op: 'put', c, doc } : { op: 'del', c, id: key },
    );
    this.release(transaction);
    this.keepPreImages(changes, transactionId);
    this.store.commit(changes);
  }

  abort(transactionId: string): void {
    const transaction = this.open.get(transactionId);
    if (transaction) this.release(transaction);
  }

  private keepPreImages(changes: Change[], committing: string | null): void {
    for (const transaction of this.open.values()) {
      if (transaction.id === committing || transaction.snapshot === null) continue;
      for (const change of changes) {
        if (change.op === 'create') continue;
        const key = change.op === 'put' ? idKey(change.doc._id) : change.id;
        const at = slot(change.c, key);
        if (!transaction.preImages.has(at)) {
          transaction.preImages.set(at, this.store.documents(change.c)?.get(key) ?? null);
        }
      }
    }
  }

  /** The transaction, its snapshot taken if this is its first operation. */
  private begun(transactionId: string): OpenTransaction {
    const transaction = this.get(transactionId);
    transaction.snapshot ??= this.store.currentSequence;
    return transaction;
  }

  private get(transactionId: string): OpenTransaction {
    const transaction = this.open.get(transactionId);
    if (!transaction) throw transactionNotFound();
    return transaction;
  }

  private release(transaction: OpenTransaction): void {
    clearTimeout(transaction.timer);
    for (const at of transaction.writes.keys()) this.locks.delete(at);
    this.open.delete(transaction.id);
  }
}
