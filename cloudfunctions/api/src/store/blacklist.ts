import type { Application, BlacklistEntry } from '../../../../types/application';
import { BLACKLIST_HITS_SHOWN } from '../../../../types/catalogue/blacklist';
import { UNDECIDED_STATUSES } from '../domain/blacklist';
import type { PageWindow } from '../domain/paging';
import { db } from './db';
import { escapeRegExp } from './textMatch';

/** Keys one `in` query carries: a long import is looked up in a few requests, never one per entry. */
const KEYS_PER_QUERY = 100;

export async function findBlacklistEntry(id: string): Promise<BlacklistEntry | null> {
  const { data } = await db().collection<BlacklistEntry>('blacklist').doc(id).get();
  return data ?? null;
}

/** A page of the list (or of the entries taken off it), latest first; `search` is the start of a name or code. */
export async function pageBlacklist(
  query: { removed: boolean; search?: string },
  window: PageWindow,
): Promise<{ entries: BlacklistEntry[]; total: number }> {
  const _ = db().command;
  const state = { removedAt: _.exists(query.removed) };
  const prefix = query.search ? escapeRegExp(query.search) : '';
  const condition = prefix
    ? _.and(state, _.or([{ name: startsWith(prefix) }, { code: startsWith(prefix.toUpperCase()) }]))
    : state;
  const selection = db()
    .collection<BlacklistEntry>('blacklist')
    .where(condition as object);
  const [page, count] = await Promise.all([
    selection.orderBy('addedAt', 'desc').orderBy('_id', 'asc').skip(window.skip).limit(window.pageSize).get(),
    selection.count(),
  ]);
  return { entries: page.data, total: count.total };
}

/** The entries on the list that could be the same as these: by their codes, or by their names. */
export async function listedLike(names: readonly string[], codes: readonly string[]): Promise<BlacklistEntry[]> {
  const _ = db().command;
  const found: BlacklistEntry[] = [];
  for (const [field, values] of [
    ['name', names],
    ['code', codes],
  ] as const) {
    for (const chunk of chunks([...new Set(values)].filter(Boolean))) {
      const { data } = await db()
        .collection<BlacklistEntry>('blacklist')
        .where({ [field]: _.in(chunk), removedAt: _.exists(false) })
        .limit(chunk.length * 10)
        .get();
      found.push(...data);
    }
  }
  return found;
}

type HitCandidate = Pick<Application, '_id' | 'status' | 'content'>;

/**
 * The undecided applications whose parties carry any of these keys (`partyKeys`): by the indexed
 * key list, a bounded page per query, never a scan of every application.
 */
export async function undecidedApplicationsWith(keys: readonly string[]): Promise<HitCandidate[]> {
  const _ = db().command;
  const found = new Map<string, HitCandidate>();
  for (const chunk of chunks([...new Set(keys)])) {
    if (found.size >= BLACKLIST_HITS_SHOWN) break;
    const { data } = await db()
      .collection<HitCandidate>('applications')
      .where({ partyKeys: _.in(chunk), status: _.in([...UNDECIDED_STATUSES]) })
      // Only what names the parties and the hit: a full 申报书 is far larger.
      .field({
        status: true,
        'content.stationName': true,
        'content.society': true,
        'content.host': true,
        'content.experts': true,
      })
      .orderBy('updatedAt', 'desc')
      .limit(BLACKLIST_HITS_SHOWN)
      .get();
    data.forEach((application) => found.set(application._id, application));
  }
  return [...found.values()];
}

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < values.length; start += KEYS_PER_QUERY) {
    out.push(values.slice(start, start + KEYS_PER_QUERY));
  }
  return out;
}

function startsWith(prefix: string): unknown {
  return db().RegExp({ regexp: `^${prefix}`, options: '' });
}
