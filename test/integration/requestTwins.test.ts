import type { ActionName, ApiResult } from '../../types/actions';
import { actions } from '../../cloudfunctions/api/src/actions';
import { COLLECTIONS } from '../../cloudfunctions/api/src/store/collections';
import { MATRIX, PERSONAS, type Entry } from '../support/actionMatrix';
import { startLocalApi, type LocalApi } from '../support/localApi';

/**
 * A write sent five times at once with one request id (a double tap, a weak network's retry, the
 * offline queue resending) has one effect, and all five get the first call's answer. Run against
 * every write of the router, with the inputs of the authorisation matrix.
 */
let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

/** Documents per collection and messages sent: what one call adds is its effect. */
async function footprint(): Promise<Record<string, number>> {
  const counts = await Promise.all(COLLECTIONS.map(async (name) => [name, await api.cloudbase.store.count(name)]));
  return { ...Object.fromEntries(counts), openApiCalls: api.cloudbase.openApiCalls().length };
}

function added(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.keys(after)
      .map((key) => [key, after[key] - (before[key] ?? 0)])
      .filter(([, delta]) => delta !== 0),
  );
}

const writes = (Object.keys(actions) as ActionName[]).filter((action) => actions[action].write);
let counter = 0;

describe('five concurrent copies of one write', () => {
  it.each(writes)('%s: one effect, five identical answers', async (action) => {
    const entry = MATRIX[action] as Entry<ActionName>;
    const persona = entry.allowed[0];
    const call = async (requestId: string, copies: number) => {
      const input = await entry.input(api, persona);
      const before = await footprint();
      const answers = (await Promise.all(
        Array.from({ length: copies }, () => api.call(PERSONAS[persona], action, input as never, requestId)),
      )) as ApiResult<unknown>[];
      return { answers, effect: added(before, await footprint()) };
    };

    // The same write sent once first: five copies may do no more than it did. (Some writes do
    // less a second time, such as a profile that now exists, or are refused, such as the unit's
    // second evaluation of a year; none may do more.)
    const single = await call(`single-${action}-${++counter}`, 1);
    expect(single.answers[0]).toMatchObject({ ok: true });

    const twins = await call(`twins-${action}-${++counter}`, 5);
    for (const answer of twins.answers) expect(answer).toEqual(twins.answers[0]);
    expect(twins.effect.requests ?? 0).toBe(twins.answers[0].ok ? 1 : 0);
    for (const [collection, count] of Object.entries(twins.effect)) {
      expect([collection, count]).toEqual([collection, Math.min(count, single.effect[collection] ?? 0)]);
    }
  });
});
