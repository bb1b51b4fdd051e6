import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface Identity {
  openid: string;
  appid?: string;
  unionid?: string;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Worker {
  process: ChildProcess;
  busy: boolean;
}

/** The environment wx-server-sdk's getWXContext() reads, set per invocation. */
export function identityEnv(identity: Identity, envId: string): Record<string, string> {
  return {
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_SOURCE',
    WX_OPENID: identity.openid,
    WX_APPID: identity.appid ?? 'wx-local-appid',
    WX_UNIONID: identity.unionid ?? '',
    WX_SOURCE: 'wx_client',
    TCB_ENV: envId,
    SCF_NAMESPACE: envId,
  };
}

/**
 * What the platform sets for every function instance. Besides fidelity it matters for speed:
 * outside SCF the SDK probes a cloud metadata host before each call (about 60 ms here).
 */
export function instanceEnv(envId: string): Record<string, string> {
  return { TENCENTCLOUD_RUNENV: 'SCF', TENCENTCLOUD_REGION: 'ap-shanghai', SCF_NAMESPACE: envId, TCB_ENV: envId };
}

/**
 * Child processes rather than threads: each has its own process.env, which is where the
 * platform puts the caller's identity; a worker runs one invocation at a time.
 */
export class FunctionPool {
  private readonly workers: Worker[] = [];
  private readonly queue: { event: unknown; env: Record<string, string>; clockOffsetMs: number; pending: Pending }[] =
    [];
  private readonly pending = new Map<number, { worker: Worker } & Pending>();
  private nextId = 1;

  constructor(file: string, size: number, baseEnv: Record<string, string>) {
    for (let i = 0; i < size; i += 1) {
      const child = fork(path.join(__dirname, 'worker.ts'), [file], {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, ...baseEnv },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const worker: Worker = { process: child, busy: false };
      child.on('message', (message: { id: number; result?: unknown; error?: string }) => this.settle(message));
      this.workers.push(worker);
    }
  }

  invoke(event: unknown, env: Record<string, string>, clockOffsetMs = 0): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ event, env, clockOffsetMs, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.process.exitCode !== null) return resolve();
            worker.process.once('exit', () => resolve());
            worker.process.kill();
          }),
      ),
    );
  }

  private dispatch(): void {
    const worker = this.workers.find((candidate) => !candidate.busy);
    const next = worker && this.queue.shift();
    if (!worker || !next) return;
    worker.busy = true;
    const id = this.nextId++;
    this.pending.set(id, { worker, ...next.pending });
    worker.process.send({ id, event: next.event, env: next.env, clockOffsetMs: next.clockOffsetMs });
  }

  private settle(message: { id: number; result?: unknown; error?: string }): void {
    const entry = this.pending.get(message.id);
    if (!entry) return;
    this.pending.delete(message.id);
    entry.worker.busy = false;
    if (message.error !== undefined) entry.reject(new Error(message.error));
    else entry.resolve(message.result);
    this.dispatch();
  }
}
