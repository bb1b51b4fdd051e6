import { dispatch } from '../../cloudfunctions/api/src/router';

// These requests are all refused before any handler runs, so no database is needed.
describe('router envelope', () => {
  it('refuses an unknown action with UNKNOWN_ACTION naming it', async () => {
    const result = await dispatch({ action: 'stations.delete', data: {} }, 'u1');
    expect(result).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(!result.ok && result.message).toContain('stations.delete');
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
