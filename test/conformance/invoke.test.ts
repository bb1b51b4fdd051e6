import path from 'node:path';
import { startSdkTarget, type SdkTarget } from '../support/sdkTarget';

let target: SdkTarget;
beforeAll(async () => {
  target = await startSdkTarget({
    functions: { whoami: path.join(__dirname, 'fixtures/whoami-function.js') },
    workers: 2,
  });
});
afterAll(() => target.stop());

const local = () => target.local!;
const skipInReal = process.env.CLOUDBASE_ENV_ID ? it.skip : it;

describe('function invocation as the platform does it (local only)', () => {
  skipInReal("gives getWXContext() the caller's OPENID, per invocation", async () => {
    const [a, b] = await Promise.all([
      local().invoke('whoami', {}, { openid: 'alice' }),
      local().invoke('whoami', {}, { openid: 'bob' }),
    ]);
    expect(a).toMatchObject({ OPENID: 'alice', ENV: 'local' });
    expect(b).toMatchObject({ OPENID: 'bob' });
  });

  skipInReal('runs one invocation at a time per worker, on several workers', async () => {
    const started = Date.now();
    const results = (await Promise.all(
      ['u1', 'u2', 'u3', 'u4'].map((openid) => local().invoke('whoami', { delayMs: 300 }, { openid })),
    )) as { OPENID: string; pid: number }[];
    const elapsed = Date.now() - started;
    expect(results.map((r) => r.OPENID)).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(new Set(results.map((r) => r.pid)).size).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(600);
  });

  skipInReal('refuses an unknown function', async () => {
    await expect(local().invoke('nope', {}, { openid: 'x' })).rejects.toThrow('nope');
  });
});
