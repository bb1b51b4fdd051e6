import type { ActionName, ApiResult } from '../../types/actions';
import { actions } from '../../cloudfunctions/api/src/actions';
import { COLLECTIONS } from '../../cloudfunctions/api/src/store/collections';
import { EVERYONE, MATRIX, PERSONAS, type Entry } from '../support/actionMatrix';
import { startLocalApi, type LocalApi } from '../support/localApi';

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

async function snapshot(): Promise<string> {
  const parts = await Promise.all(COLLECTIONS.map(async (name) => [name, await api.cloudbase.store.find(name)]));
  return JSON.stringify(parts);
}

describe('the authorisation matrix', () => {
  it('has an entry for every action of the router, and none for actions that do not exist', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(actions).sort());
  });

  const cases = (Object.keys(actions) as ActionName[]).flatMap((action) =>
    EVERYONE.map((persona) => [action, persona] as const),
  );

  it.each(cases)('%s as %s', async (action, persona) => {
    const entry = MATRIX[action] as Entry<ActionName> | undefined;
    if (!entry) throw new Error(`no matrix entry for ${action}`);
    const input = await entry.input(api, persona);
    const before = await snapshot();
    const requestId = actions[action].write ? `matrix-request-${action}-${persona}` : undefined;
    const result = (await api.call(PERSONAS[persona], action, input as never, requestId)) as ApiResult<unknown>;
    if (entry.allowed.includes(persona)) {
      expect(result).toMatchObject({ ok: true });
    } else {
      expect(result).toMatchObject({ ok: false, code: entry.refusal });
      expect(await snapshot()).toBe(before);
    }
  });
});
