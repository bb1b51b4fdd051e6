import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { idKey } from '../database/ids';
import { IndexSet, type IndexSpec } from '../database/indexes';
import { fromDisk, toDisk, type Doc } from '../ejson';

/** One log line: every line is one atomic, fsynced change (a transaction commit is one line). */
/** `del` names the document by its key (`idKey`). */
export type Change =
  { op: 'create'; c: string } | { op: 'put'; c: string; doc: Doc } | { op: 'del'; c: string; id: string };

type Record_ = { changes: Change[] };

/**
 * A JavaScript string holds at most about 512 Mi characters, so neither the log nor a line may
 * need to be one string: a thousand 16 MiB documents cannot share a compacted line.
 */
const LINE_BUDGET_CHARS = 64 * 1024 * 1024;
const DOCUMENTS_PER_LINE = 1000;

/** A `Record_` line built from changes serialised one by one, so its length is known before it exists. */
const lineOf = (serialised: string[]) => `{"changes":[${serialised.join(',')}]}\n`;

/**
 * All collections in memory, every change appended to one JSON-lines log and fsynced
 * before it is acknowledged. Startup replays the log and rewrites it compacted.
 */
export class DurableStore {
  private readonly collections = new Map<string, Map<string, Doc>>();
  /** Kept in step with every change, so queries can find documents without reading every one. */
  readonly indexes = new IndexSet();
  /** Commit sequence of the last write per document, for transaction conflict detection. */
  private readonly versions = new Map<string, number>();
  private sequence = 0;
  private fd: number;
  private readonly logFile: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.logFile = path.join(dataDir, 'database.log');
    if (existsSync(this.logFile)) this.replay(readFileSync(this.logFile));
    this.compact();
    this.fd = openSync(this.logFile, 'a');
  }

  get currentSequence(): number {
    return this.sequence;
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  /** A collection's documents by key (`idKey`). */
  documents(name: string): Map<string, Doc> | undefined {
    return this.collections.get(name);
  }

  /** Builds declared indexes over what is stored, and keeps them from now on. */
  defineIndexes(declared: Readonly<Record<string, readonly IndexSpec[]>>): void {
    for (const [collection, specs] of Object.entries(declared)) {
      this.indexes.define(collection, specs, this.collections.get(collection));
    }
  }

  version(collection: string, key: string): number {
    return this.versions.get(`${collection}\u0000${key}`) ?? 0;
  }

  /** Applies the changes in memory only after they are on disk. */
  commit(changes: Change[]): void {
    if (changes.length === 0) return;
    writeSync(this.fd, lineOf(changes.map(toDisk)));
    fsyncSync(this.fd);
    this.sequence += 1;
    for (const change of changes) this.apply(change, this.sequence);
  }

  close(): void {
    closeSync(this.fd);
  }

  private apply(change: Change, sequence: number): void {
    if (change.op === 'create') {
      if (!this.collections.has(change.c)) {
        this.collections.set(change.c, new Map());
        this.indexes.created(change.c, undefined);
      }
      return;
    }
    const docs = this.collections.get(change.c);
    if (!docs) return;
    const id = change.op === 'put' ? idKey(change.doc._id) : change.id;
    const previous = docs.get(id);
    if (change.op === 'put') docs.set(id, change.doc);
    else docs.delete(id);
    this.indexes.changed(change.c, id, previous, change.op === 'put' ? change.doc : undefined);
    this.versions.set(`${change.c}\u0000${id}`, sequence);
  }

  private replay(log: Buffer): void {
    for (let start = 0; start < log.length;) {
      const newline = log.indexOf(0x0a, start);
      const end = newline === -1 ? log.length : newline;
      const line = log.toString('utf8', start, end);
      start = end + 1;
      if (line === '') continue;
      let record: Record_;
      try {
        record = fromDisk<Record_>(line);
      } catch {
        // Only the last line can be torn (a crash mid-append); it was never acknowledged.
        break;
      }
      for (const change of record.changes) this.apply(change, 0);
    }
  }

  /** Rewrites the log as one line per collection chunk: replay cost then follows the data, not its history. */
  private compact(): void {
    const temporary = `${this.logFile}.compacting`;
    const fd = openSync(temporary, 'w');
    const chunk: string[] = [];
    let chunkChars = 0;
    const flush = () => {
      if (chunk.length > 0) writeSync(fd, lineOf(chunk.splice(0)));
      chunkChars = 0;
    };
    const add = (change: Change) => {
      const text = toDisk(change);
      if (chunk.length >= DOCUMENTS_PER_LINE || chunkChars + text.length > LINE_BUDGET_CHARS) flush();
      chunk.push(text);
      chunkChars += text.length;
    };
    for (const [name, docs] of this.collections) {
      add({ op: 'create', c: name });
      for (const doc of docs.values()) add({ op: 'put', c: name, doc });
    }
    flush();
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, this.logFile);
  }
}
