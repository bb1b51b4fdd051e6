import { randomBytes } from 'node:crypto';
import { calculateObjectSize } from 'bson';
import { parseWire, toWire, type Doc } from '../ejson';
import type { DurableStore } from '../store/durableStore';
import { collectionMissing, documentTooLarge, dollarFieldName, invalidParam } from './errors';
import { idKey, idOnWire, isDocumentId, type DocumentId } from './ids';
import { valuesAt } from './indexes';
import { planQuery, type Order, type Plan } from './planner';
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

/** A query no index bounded: it read every document of its collection (or of its transaction's view). */
export interface ScanRecord {
  collection: string;
  action: string;
  /** The query's top-level fields and its order: enough to name the index it lacks. */
  fields: string[];
  order: string[];
}

/** The documents of these keys that still exist, in the keys' order. */
function* lookUp(keys: Iterable<string>, docs: ReadonlyMap<string, Doc>): Generator<Doc> {
  for (const key of keys) {
    const doc = docs.get(key);
    if (doc) yield doc;
  }
}

/**
 * From an index walked in the query's order, the matching documents up to the `needed`th and any
 * that tie with it on the order's fields: the sort that follows then picks exactly what a sort of
 * every match would.
 */
function firstInOrder(
  keys: Iterable<string>,
  docs: ReadonlyMap<string, Doc>,
  accept: (doc: Doc) => boolean,
  orderFields: readonly string[],
  needed: number,
): Doc[] {
  const found: Doc[] = [];
  let last: string | null = null;
  for (const doc of lookUp(keys, docs)) {
    if (!accept(doc)) continue;
    const position = JSON.stringify(orderFields.map((field) => valuesAt(doc, field)));
    if (found.length >= needed && position !== last) break;
    found.push(doc);
    last = position;
  }
  return found;
}

export class DatabaseEngine {
  readonly transactions: Transactions;
  private scanLog: ScanRecord[] = [];

  constructor(
    private readonly store: DurableStore,
    private readonly clock: () => number = Date.now,
  ) {
    this.transactions = new Transactions(store);
  }

  /** The queries that scanned since the last reset, oldest first. */
  scans(): ScanRecord[] {
    return [...this.scanLog];
  }

  resetScans(): void {
    this.scanLog = [];
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
        return { data: { insertedIds: this.insert(request).map(idOnWire) } };
      case 'database.modifyDocument':
        return { data: this.modify(request) };
      case 'database.modifyAndReturnDoc':
        return { data: this.modifyAndReturn(request) };
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

  /** The collection as the request sees it: inside a transaction, its snapshot with its own writes. */
  private visible(request: DatabaseRequest): Map<string, Doc> {
    const docs = this.docs(request.collectionName);
    return request.transactionId ? this.transactions.view(request.transactionId, request.collectionName!, docs) : docs;
  }

  /** The one document a `doc(id)` request names, or undefined for a query. */
  private documentKey(request: DatabaseRequest): string | undefined {
    if (request.queryType !== 'DOC') return undefined;
    return idKey(parseWire<{ _id?: unknown }>(request.query)._id);
  }

  private get(request: DatabaseRequest): Doc[] {
    const key = this.documentKey(request);
    if (request.transactionId && key !== undefined) {
      this.docs(request.collectionName);
      const doc = this.transactions.read(request.transactionId, request.collectionName!, key);
      return doc ? [doc] : [];
    }
    const criteria = parseWire<Criteria>(request.query);
    const order = request.order ? parseWire<Order>(request.order) : undefined;
    const offset = request.offset;
    const limit = Math.min(request.limit ?? GET_DEFAULT_LIMIT, GET_MAX_LIMIT);
    return findDocuments(this.candidates(request, criteria, order, (offset ?? 0) + limit), criteria, {
      order,
      offset,
      limit,
      projection: request.projection ? parseWire(request.projection) : undefined,
    });
  }

  private matching(request: DatabaseRequest): Doc[] {
    const criteria = parseWire<Criteria>(request.query);
    return [...this.candidates(request, criteria)].filter(matches(criteria));
  }

  /**
   * The documents a query must look at: through the index that bounds it most, as the server's
   * planner would pick; every document when none does (recorded as a scan). Walking an index in
   * the query's order stops once `needed` documents match and their order is settled.
   */
  private candidates(request: DatabaseRequest, criteria: Criteria, order?: Order, needed?: number): Iterable<Doc> {
    const collection = request.collectionName!;
    const docs = this.visible(request);
    if (isDocumentId(criteria._id)) {
      const doc = docs.get(idKey(criteria._id));
      return doc ? [doc] : [];
    }
    const plan: Plan = request.transactionId
      ? { kind: 'scan' }
      : planQuery(this.store.indexes.of(collection), criteria, order);
    const hasConditions = Object.keys(criteria).length > 0;
    // Counting everything, or taking the first few in no order, reads no more than it answers.
    const readsAll = hasConditions || Object.keys(order ?? {}).length > 0;
    if ((plan.kind === 'scan' && readsAll) || (plan.kind === 'index' && !plan.bounded && hasConditions)) {
      this.scanLog.push({
        collection,
        action: request.action,
        fields: Object.keys(criteria),
        order: Object.keys(order ?? {}),
      });
    }
    if (plan.kind === 'scan') return docs.values();
    const keys = this.keysOf(plan);
    if (plan.kind === 'index' && plan.servesOrder && needed !== undefined) {
      return firstInOrder(keys, docs, matches(criteria), Object.keys(order ?? {}), needed);
    }
    return lookUp(keys, docs);
  }

  private *keysOf(plan: Exclude<Plan, { kind: 'scan' }>): Generator<string> {
    if (plan.kind === 'index') {
      yield* plan.index.keysIn(plan.ranges, plan.reversed);
      return;
    }
    const seen = new Set<string>();
    for (const branch of plan.plans) {
      for (const key of this.keysOf(branch as Exclude<Plan, { kind: 'scan' }>)) {
        if (seen.has(key)) continue;
        seen.add(key);
        yield key;
      }
    }
  }

  private insert(request: DatabaseRequest): DocumentId[] {
    const collection = request.collectionName!;
    const docs = this.visible(request);
    const now = this.clock();
    const incoming = (Array.isArray(request.data) ? request.data : [request.data ?? '{}']).map((text) => {
      const doc = parseWire<Partial<Doc>>(text, now);
      const dollar = Object.keys(doc).find((name) => name.startsWith('$'));
      if (dollar) throw dollarFieldName(dollar);
      const id = doc._id === undefined ? newDocumentId() : doc._id;
      idKey(id);
      return withinLimit({ ...doc, _id: id } as Doc, 'insert');
    });
    const keys = new Set<string>();
    for (const doc of incoming) {
      const key = idKey(doc._id);
      if (docs.has(key) || keys.has(key))
        throw invalidParam(`duplicate key: _id ${String(idOnWire(doc._id))} already exists`);
      keys.add(key);
    }
    if (request.transactionId) {
      for (const doc of incoming) this.transactions.stage(request.transactionId, collection, doc);
    } else {
      this.transactions.commitOutside(incoming.map((doc) => ({ op: 'put', c: collection, doc })));
    }
    return incoming.map((doc) => doc._id);
  }

  private changed(request: DatabaseRequest, doc: Doc | undefined, id: DocumentId): Doc {
    const data = parseWire<Record<string, unknown>>(request.data as string | undefined);
    return withinLimit(
      request.merge === false ? { ...data, _id: id } : applyUpdate(doc ?? { _id: id }, data),
      'update',
    );
  }

  private modify(request: DatabaseRequest): { updated: number; upsert_id?: string | number } {
    const key = this.documentKey(request);
    if (request.upsert && key !== undefined) {
      const id = parseWire<{ _id: DocumentId }>(request.query)._id;
      if (!this.visible(request).has(key)) {
        this.write(request, [this.changed(request, undefined, id)]);
        return { updated: 0, upsert_id: idOnWire(id) };
      }
    }
    const targets = this.matching(request);
    const selected = request.multi ? targets : targets.slice(0, 1);
    this.write(
      request,
      selected.map((doc) => this.changed(request, doc, doc._id)),
    );
    return { updated: selected.length };
  }

  /** `updateAndReturn`: the first match changed, answered with the document after the change. */
  private modifyAndReturn(request: DatabaseRequest): { updated: number; doc: string | null } {
    const [target] = this.matching(request);
    if (!target) return { updated: 0, doc: null };
    const next = this.changed(request, target, target._id);
    this.write(request, [next]);
    return { updated: 1, doc: toWire(next) };
  }

  /** Writes whole documents: staged in the request's transaction, or committed at once. */
  private write(request: DatabaseRequest, docs: Doc[]): void {
    const collection = request.collectionName!;
    if (request.transactionId) {
      for (const doc of docs) this.transactions.stage(request.transactionId, collection, doc);
      return;
    }
    for (const doc of docs) this.transactions.assertUnlocked(collection, idKey(doc._id));
    this.transactions.commitOutside(docs.map((doc) => ({ op: 'put', c: collection, doc })));
  }

  private remove(request: DatabaseRequest): number {
    const collection = request.collectionName!;
    const targets = this.matching(request);
    const selected = (request.multi ? targets : targets.slice(0, 1)).map((doc) => idKey(doc._id));
    if (request.transactionId) {
      for (const key of selected) this.transactions.stage(request.transactionId, collection, null, key);
      return selected.length;
    }
    for (const key of selected) this.transactions.assertUnlocked(collection, key);
    this.transactions.commitOutside(selected.map((key) => ({ op: 'del', c: collection, id: key })));
    return selected.length;
  }

  private aggregate(request: DatabaseRequest): Record<string, unknown>[] {
    const pipeline = (request.stages ?? []).map(({ stageKey, stageValue }) => ({ [stageKey]: parseWire(stageValue) }));
    if (!pipeline.some((stage) => '$limit' in stage)) pipeline.push({ $limit: AGGREGATE_DEFAULT_LIMIT });
    // A leading $match finds its documents as a query would; the stage itself still runs over them.
    const first = pipeline[0] as { $match?: Criteria };
    const source = first.$match ? this.candidates(request, first.$match) : this.scanned(request, pipeline);
    return runPipeline(source, pipeline, (name) => [...this.docs(name).values()]);
  }

  /** A pipeline that does not start with $match reads the whole collection. */
  private scanned(request: DatabaseRequest, pipeline: Record<string, unknown>[]): Iterable<Doc> {
    this.scanLog.push({
      collection: request.collectionName!,
      action: request.action,
      fields: [Object.keys(pipeline[0] ?? {})[0] ?? ''],
      order: [],
    });
    return this.visible(request).values();
  }
}
