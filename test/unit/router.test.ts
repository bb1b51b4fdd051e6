import { dispatch } from '../../cloudfunctions/api/src/router';

// These requests are all refused before any handler runs, so no database is needed.
describe('router envelope', () => {
  it('refuses an unknown action with UNKNOWN_ACTION naming it', async () => {
    const result = await dispatch({ action: 'stations.delete', data: {} }, 'u1');
    expect(result).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(!result.ok && result.message).toContain('stations.delete');
  });

  it.each([
    ['an object that says it is a name', { toString: () => 'stations.list' }],
    ['an object that cannot be made a string', { toString: () => ({}) }],
    ['a number', 42],
    ['an array', ['stations.list']],
    ['null', null],
  ])('answers an action name that is %s with UNKNOWN_ACTION', async (_label, action) => {
    const result = await dispatch({ action, data: {} }, 'u1');
    expect(result).toEqual({ ok: false, code: 'UNKNOWN_ACTION', message: expect.any(String) });
  });

  it('does not echo a megabyte action name back', async () => {
    const result = await dispatch({ action: 'x'.repeat(1024 * 1024), data: {} }, 'u1');
    expect(result).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(!result.ok && result.message.length).toBeLessThan(200);
  });

  it('refuses an event that is not an object', async () => {
    expect(await dispatch('stations.list', 'u1')).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('refuses a call without a platform identity', async () => {
    expect(await dispatch({ action: 'session.whoami', data: {} }, '')).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
  });

  it.each([
    [{ pageSize: 0 }, 'pageSize'],
    [{ pageSize: 101 }, 'pageSize'],
    [{ page: 1.5 }, 'page'],
    [{ page: '2' }, 'page'],
    [{ size: 10 }, 'size'],
  ])('refuses stations.list with %j, naming %s', async (data, field) => {
    const result = await dispatch({ action: 'stations.list', data }, 'u1');
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(!result.ok && result.message).toContain(field);
  });

  it('refuses whoami with any field, since it takes none', async () => {
    expect(await dispatch({ action: 'session.whoami', data: { openid: 'someone-else' } }, 'u1')).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});
