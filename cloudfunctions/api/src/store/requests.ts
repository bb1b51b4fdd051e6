import { db } from './db';
import { isConflict } from './transaction';

/**
 * A write's request id, claimed before the write runs and holding its outcome once it has:
 * `running` while the first call works, `done` with the result after. A refusal removes the
 * claim, so the same id may be sent again once the person has fixed what was refused.
 */
export interface RequestRecord {
  _id: string;
  action: string;
  /** Records from before claims were kept have no state: they are done. */
  state?: 'running' | 'done';
  result?: unknown;
  at: string;
}

/** The function's timeout is 20 s (config.json): a claim older than this belongs to a call that died. */
const ABANDONED_AFTER_MS = 30_000;
/** How long a twin waits for the first call's outcome before telling the person it is still running. */
const WAIT_FOR_TWIN_MS = 10_000;
const POLL_MS = 100;

export function requestKey(openid: string, requestId: string): string {
  return `${openid}:${requestId}`;
}

export type Claim = { kind: 'claimed' } | { kind: 'settled'; record: RequestRecord } | { kind: 'running' };

/**
 * Claims the request for this call, or finds what an earlier or concurrent call with the same id
 * did: the claim is an insert of the id itself, so of any number of twins exactly one wins.
 */
export async function claimRequest(key: string, action: string, now: Date): Promise<Claim> {
  const requests = db().collection<RequestRecord>('requests');
  const deadline = Date.now() + WAIT_FOR_TWIN_MS;
  for (;;) {
    try {
      await requests.add({ data: { _id: key, action, state: 'running', at: now.toISOString() } });
      return { kind: 'claimed' };
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
    const { data: record } = await requests.doc(key).get();
    if (!record) continue;
    if (record.action !== action || record.state !== 'running') return { kind: 'settled', record };
    if (Date.now() - new Date(record.at).getTime() > ABANDONED_AFTER_MS) {
      // Only the claim that was read is removed: a twin that took it over meanwhile keeps its own.
      await requests.where({ _id: key, at: record.at, state: 'running' }).remove();
      continue;
    }
    if (Date.now() >= deadline) return { kind: 'running' };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The outcome of a write that recorded none in its own transaction. */
export async function recordOutcome(key: string, action: string, result: unknown, now: Date): Promise<void> {
  await db()
    .collection<RequestRecord>('requests')
    .doc(key)
    .set({ data: { action, state: 'done', result, at: now.toISOString() } });
}

/** A refused or failed write leaves nothing behind, its claim included. */
export async function releaseRequest(key: string): Promise<void> {
  await db().collection<RequestRecord>('requests').where({ _id: key, state: 'running' }).remove();
}
