import type { ApiResult } from '../../types/actions';
import { createQueryStore } from '../../src/utils/queryStore';

/** A fetch answered by hand, so a test decides when each answer arrives. */
function deferred<T>() {
  let answer!: (result: ApiResult<T>) => void;
  const promise = new Promise<ApiResult<T>>((resolve) => (answer = resolve));
  return { fetch: () => promise, answer };
}

const ok = <T>(data: T): ApiResult<T> => ({ ok: true, data });
const failed: ApiResult<never> = { ok: false, code: 'NETWORK', message: '网络不可用' };

describe('a query store', () => {
  it('resolves a load only once its answer is shown, success or failure', async () => {
    const store = createQueryStore<string>();
    const first = deferred<string>();
    let done = false;
    const loading = store.load(first.fetch).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(store.getState()).toMatchObject({ loading: true, settled: false });

    first.answer(ok('one'));
    await loading;
    expect(store.getState()).toEqual({ loading: false, error: null, data: 'one', settled: true });

    const second = deferred<string>();
    const failing = store.load(second.fetch);
    second.answer(failed);
    await failing;
    expect(store.getState()).toEqual({
      loading: false,
      error: { code: 'NETWORK', message: '网络不可用' },
      data: 'one',
      settled: true,
    });
  });

  it('shows the latest load, and an earlier one resolves with it', async () => {
    const store = createQueryStore<string>();
    const older = deferred<string>();
    const newer = deferred<string>();
    let olderDone = false;
    const first = store.load(older.fetch).then(() => (olderDone = true));
    const second = store.load(newer.fetch);

    older.answer(ok('stale'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(olderDone).toBe(false);
    expect(store.getState().data).toBeNull();

    newer.answer(ok('fresh'));
    await Promise.all([first, second]);
    expect(store.getState().data).toBe('fresh');
  });

  it('asks once for every page that ensures it, and again when told to', async () => {
    const store = createQueryStore<string>({ loading: true });
    let asked = 0;
    const fetch = async () => ok(`answer ${++asked}`);

    await Promise.all([store.ensure(fetch), store.ensure(fetch)]);
    await store.ensure(fetch);
    expect(asked).toBe(1);
    expect(store.getState().data).toBe('answer 1');

    await store.load(fetch);
    expect(asked).toBe(2);
    expect(store.getState().data).toBe('answer 2');
  });

  it('asks again on ensure after a failure with nothing held', async () => {
    const store = createQueryStore<string>({ loading: true });
    const answers = [failed, ok('after all')];
    const fetch = async () => answers.shift()!;
    await store.ensure(fetch);
    expect(store.getState().error?.code).toBe('NETWORK');
    await store.ensure(fetch);
    expect(store.getState()).toMatchObject({ error: null, data: 'after all' });
  });

  it('forgets the answer on reset and drops a load under way', async () => {
    const store = createQueryStore<string>({ loading: true });
    await store.load(async () => ok('first person'));
    const late = deferred<string>();
    const dropped = store.load(late.fetch);
    store.reset();
    late.answer(ok('first person again'));
    await dropped;
    expect(store.getState()).toEqual({ loading: true, error: null, data: null, settled: false });

    await store.ensure(async () => ok('second person'));
    expect(store.getState().data).toBe('second person');
  });

  it('tells its subscribers of each change until they leave', async () => {
    const store = createQueryStore<string>();
    const seen: Array<string | null> = [];
    const leave = store.subscribe(() => seen.push(store.getState().data));
    await store.load(async () => ok('a'));
    store.replace('b');
    leave();
    store.replace('c');
    expect(seen).toEqual([null, 'a', 'b']);
  });
});
