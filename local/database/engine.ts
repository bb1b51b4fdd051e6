import { randomBytes } from 'node:crypto';
import { calculateObjectSize } from 'bson';
import { parseWire, toWire, type Doc } from '../ejson';
import type { DurableStore } from '../store/durableStore';
import { collectionMissing, documentTooLarge, invalidParam } from './errors';
import { applyUpdate, findDocuments, matches, runPipeline, type Criteria } from './query';
import { Transactions } from './transactions';

/** The request body of a `database.*` action as wx-server-sdk sends it. */
export interface DatabaseRequest {
  action: string;
  collectionName?: string;
  queryType?: 'WHERE' | 'DOC';
  query?: string;
  order?: string;
  offset?: number;
  limit?: number;
  projection?: string;
  data?: string | string[];
  multi?: boolean;
  merge?: boolean;
  upsert?: boolean;
  stages?: { stageKey: string; stageValue: string }[];
  transactionId?: string;
}

/** CloudBase's own defaults and caps, which production code can trip on. */
export const GET_DEFAULT_LIMIT = 100;
export const GET_MAX_LIMIT = 1000;
export const AGGREGATE_DEFAULT_LIMIT = 20;
/** MongoDB's document limit, which CloudBase inherits: BSON size, not the size on the wire. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

const withinLimit = (doc: Doc, write: 'insert' | 'update'): Doc => {
  const size = calculateObjectSize(doc);
  if (size > MAX_DOCUMENT_BYTES) throw documentTooLarge(write, size, MAX_DOCUMENT_BYTES);
  return doc;
};

export const newDocumentId = () => randomBytes(16).toString('hex');

export class DatabaseEngine {
  readonly transactions: Transactions;

  constructor(
    private readonly store: DurableStore,
    private readonly clock: () => number = Date.now,
  ) {
    this.transactions = new Transactions(store);
  }

  handle(request: DatabaseRequest): Record<string, unknown> {
    switch (request.action) {
      case 'database.addCollection':
        if (!this.store.hasCollection(request.collectionName!))
          this.store.commit([{ op: 'create', c: request.collectionName! }]);
        return {};
      case 'database.startTransaction':
        return { transactionId: this.transactions.start() };
      case 'database.commitTransaction':
        this.transactions.commit(request.transactionId!);
        return {};
      case 'database.abortTransaction':
        this.transactions.abort(request.transactionId!);
        return {};
      case 'database.getDocument':
        return { data: { list: this.get(request).map(toWire) } };
      case 'database.calculateDocument':
        return { data: { total: this.matching(request).length } };
      case 'database.insertDocument':
        return { data: { insertedIds: this.insert(request) } };
      case 'database.modifyDocument':
        return { data: this.modify(request) };
      case 'database.removeDocument':
        return { data: { deleted: this.remove(request) } };
      case 'database.aggregateDocuments':
        return { data: { list: this.aggregate(request).map(toWire) } };
      default:
        throw invalidParam(`action ${request.action} is not supported by the local runtime`);
    }
  }

  private docs(name: string | undefined): Map<string, Doc> {
    const docs = name === undefined ? undefined : this.store.documents(name);
    if (!docs) throw collectionMissing(String(name));
    return docs;
  }

  /** Transactions accept single-document operations only, as CloudBase does. */
  private documentIdInTransaction(request: DatabaseRequest): string {
    const id = request.queryType === 'DOC' ? parseWire<{ _id?: unknown }>(request.query)._id : undefined;
    if (typeof id !== 'string')
      throw invalidParam('transactions only support single-document operations (doc().get/set/update/remove) and add');
    return id;
  }

  private get(request: DatabaseRequest): Doc[] {
    const docs = this.docs(request.collectionName);
    if (request.transactionId) {
      const doc = this.transactions.read(
        request.transactionId,
        request.collectionName!,
        this.documentIdInTransaction(request),
      );
      return doc ? [doc] : [];
    }
    const criteria = parseWire<Criteria>(request.query);
    return findDocuments(this.candidates(docs, criteria), criteria, {
      order: request.order ? parseWire(request.order) : undefined,
      offset: request.offset,
      limit: Math.min(request.limit ?? GET_DEFAULT_LIMIT, GET_MAX_LIMIT),
      projection: request.projection ? parseWire(request.projection) : undefined,
    });
  }

  private matching(request: DatabaseRequest): Doc[] {
    const criteria = parseWire<Criteria>(request.query);
    return [...this.candidates(this.docs(request.collectionName), criteria)].filter(matches(criteria));
  }

  /** A query on a plain _id reads one document instead of scanning, as the primary index would. */
  private candidates(docs: Map<string, Doc>, criteria: Criteria): Iterable<Doc> {
    if (typeof criteria._id !== 'string') return docs.values();
    const doc = docs.get(criteria._id);
    return doc ? [doc] : [];
  }

  private insert(request: DatabaseRequest): string[] {
    const collection = request.collectionName!;
    const docs = this.docs(collection);
    const now = this.clock();
    const incoming = (Array.isArray(request.data) ? request.data : [request.data ?? '{}']).map((text) => {
      const doc = parseWire<Partial<Doc>>(text, now);
      return withinLimit({ ...doc, _id: typeof doc._id === 'string' ? doc._id : newDocumentId() } as Doc, 'insert');
    });
    for (const doc of incoming) {
      if (docs.has(doc._id)) throw invalidParam(`duplicate key: _id ${doc._id} already exists`);
    }
    if (request.transactionId) {
      for (const doc of incoming) this.transactions.stage(request.transactionId, collection, doc._id, doc);
    } else {
      this.store.commit(incoming.map((doc) => ({ op: 'put', c: collection, doc })));
    }
    return incoming.map((doc) => doc._id);
  }

  private modify(request: DatabaseRequest): { updated: number; upsert_id?: string } {
    const collection = request.collectionName!;
    const docs = this.docs(collection);
    const data = parseWire<Record<string, unknown>>(request.data as string | undefined);
    const change = (doc: Doc | undefined, id: string): Doc =>
      withinLimit(request.merge === false ? { ...data, _id: id } : applyUpdate(doc ?? { _id: id }, data), 'update');

    if (request.transactionId) {
      const id = this.documentIdInTransaction(request);
      const current = this.transactions.read(request.transactionId, collection, id);
      if (!current && !request.upsert) return { updated: 0 };
      this.transactions.stage(request.transactionId, collection, id, change(current, id));
      return current ? { updated: 1 } : { updated: 0, upsert_id: id };
    }

    const targets = this.matching(request);
    const selected = request.multi ? targets : targets.slice(0, 1);
    if (selected.length === 0 && request.upsert && request.queryType === 'DOC') {
      const id = parseWire<{ _id: string }>(request.query)._id;
      this.transactions.assertUnlocked(collection, id);
      this.store.commit([{ op: 'put', c: collection, doc: change(undefined, id) }]);
      return { updated: 0, upsert_id: id };
    }
    for (const doc of selected) this.transactions.assertUnlocked(collection, doc._id);
    this.store.commit(selected.map((doc) => ({ op: 'put', c: collection, doc: change(docs.get(doc._id), doc._id) })));
    return { updated: selected.length };
  }

  private remove(request: DatabaseRequest): number {
    const collection = request.collectionName!;
    if (request.transactionId) {
      const id = this.documentIdInTransaction(request);
      const current = this.transactions.read(request.transactionId, collection, id);
      if (!current) return 0;
      this.transactions.stage(request.transactionId, collection, id, null);
      return 1;
    }
    const targets = this.matching(request);
    const selected = request.multi ? targets : targets.slice(0, 1);
    for (const doc of selected) this.transactions.assertUnlocked(collection, doc._id);
    this.store.commit(selected.map((doc) => ({ op: 'del', c: collection, id: doc._id })));
    return selected.length;
  }

  private aggregate(request: DatabaseRequest): Record<string, unknown>[] {
    const docs = this.docs(request.collectionName);
    const pipeline = (request.stages ?? []).map(({ stageKey, stageValue }) => ({ [stageKey]: parseWire(stageValue) }));
    if (!pipeline.some((stage) => '$limit' in stage)) pipeline.push({ $limit: AGGREGATE_DEFAULT_LIMIT });
    return runPipeline(docs.values(), pipeline, (name) => [...this.docs(name).values()]);
  }
}
