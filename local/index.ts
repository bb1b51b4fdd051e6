import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DatabaseEngine, type DatabaseRequest, type ScanRecord } from './database/engine';
import type { IndexSpec } from './database/indexes';
import { CloudBaseError, requestFailed } from './database/errors';
import { LocalClock } from './clock';
import { FunctionPool, identityEnv, instanceEnv, type Identity } from './functions/pool';
import { BodyTooLargeError, cookie, readBody, sendJson } from './http';
import { LocalOpenApi, parseMultipart, type OpenApiCall } from './openapi';
import { serveStatic } from './static';
import { FILES_PATH, LocalStorage, UPLOAD_PATH } from './storage';
import { DurableStore } from './store/durableStore';
import { matches } from './database/query';
import { cloneDocument, type Doc } from './ejson';

export type { IndexSpec } from './database/indexes';
export type { ScanRecord } from './database/engine';

export type StoredRecord = Record<string, unknown> & { _id: string };

export interface DemoUser {
  openid: string;
  label: string;
  description?: string;
}

export interface StartOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  dataDir: string;
  envId?: string;
  /** Function name to the path of its bundled index.js (the file that is deployed). */
  functions?: Record<string, string>;
  workers?: number;
  functionEnv?: Record<string, string>;
  staticDir?: string;
  users?: DemoUser[];
  /** Secondary indexes by collection, built over what is stored and kept from then on (`_id` always is). */
  indexes?: Readonly<Record<string, readonly IndexSpec[]>>;
}

export interface LocalCloudBase {
  serviceUrl: string;
  origin: string;
  port: number;
  envId: string;
  /** Direct access for seeding and for tests that assert database state; not counted in stats. */
  store: {
    createCollection(name: string): Promise<void>;
    listCollections(): Promise<string[]>;
    insertMany(collection: string, docs: object[]): Promise<void>;
    removeMany(collection: string, ids: string[]): Promise<void>;
    /** The product's records all have string ids (a peer test's numeric or ObjectId ids are not read here). */
    find(collection: string, query?: object): Promise<StoredRecord[]>;
    count(collection: string, query?: object): Promise<number>;
  };
  /** Open-API calls (content checks, subscribe messages, mini-program codes) in the order received. */
  openApiCalls(): OpenApiCall[];
  /** Content containing any of these words fails `security.msgSecCheck` with suggest 'risky'. */
  setRejectWords(words: string[]): void;
  /**
   * The person allowed this template on WeChat's prompt (`times` taps). A subscribe message to
   * anyone without one left is answered 43101, as WeChat does, and recorded with that errcode.
   */
  acceptSubscription(openid: string, templateId: string, times?: number): void;
  /** Database requests received from SDK clients, in total and by action. */
  stats(): { requests: number; byAction: Record<string, number> };
  resetStats(): void;
  /** The queries no index bounded since the last reset: what would be a full scan in production. */
  scans(): ScanRecord[];
  resetScans(): void;
  invoke(name: string, event: unknown, identity: Identity): Promise<unknown>;
  /** Moves the clock that functions and `serverDate()` read to `at`, from where it runs on; `null` is real time. */
  setClock(at: Date | string | null): void;
  close(): Promise<void>;
}

/**
 * For any wx-server-sdk program outside a function (tests, scripts): tells the SDK it is on
 * Tencent Cloud so it skips the metadata-host probe it otherwise makes before every call.
 */
export const LOCAL_CLIENT_ENV = { TENCENTCLOUD: 'true' } as const;

const SESSION_COOKIE = 'zwt_local_openid';
const SERVICE_PATH = '/__tcb';
/** Above every attachment limit the app states, so the app's own checks are what refuse a file. */
const UPLOAD_LIMIT_BYTES = 25 * 1024 * 1024;

export async function startCloudBase(options: StartOptions): Promise<LocalCloudBase> {
  const envId = options.envId ?? 'local';
  const store = new DurableStore(options.dataDir);
  if (options.indexes) store.defineIndexes(options.indexes);
  const clock = new LocalClock();
  const engine = new DatabaseEngine(store, () => clock.now());
  const byAction: Record<string, number> = {};
  const users = options.users ?? [];
  const pools = new Map<string, FunctionPool>();
  let origin = '';
  const openApi = new LocalOpenApi();
  const storage = new LocalStorage(options.dataDir, envId, () => origin);

  const invoke = (name: string, event: unknown, identity: Identity): Promise<unknown> => {
    const pool = pools.get(name);
    if (!pool) return Promise.reject(new Error(`FunctionName parameter could not be found: ${name}`));
    return pool.invoke(event, identityEnv(identity, envId), clock.offset());
  };

  const handleService = async (request: IncomingMessage, response: ServerResponse) => {
    let raw: Buffer;
    try {
      raw = await readBody(request);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      // CloudBase's documented code for a request over its size limit.
      return sendJson(response, 200, { code: 'EXCEED_REQUEST_SIZE_LIMIT', message: error.message });
    }
    const contentType = request.headers['content-type'] ?? '';
    if (contentType.startsWith('multipart/form-data')) {
      const fields = parseMultipart(raw, contentType);
      const action = fields.get('action')?.toString('utf8') ?? '';
      byAction[action] = (byAction[action] ?? 0) + 1;
      if (action !== 'wx.openApi')
        return sendJson(response, 200, { code: 'INVALID_PARAM', message: `${action} is not supported locally` });
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(
        openApi.answer(fields.get('apiName')!.toString('utf8'), fields.get('requestData') ?? Buffer.alloc(0)),
      );
      return;
    }
    const body = JSON.parse(raw.toString('utf8')) as DatabaseRequest;
    byAction[body.action] = (byAction[body.action] ?? 0) + 1;
    const requestId = `local-${Date.now().toString(36)}`;
    try {
      const answer = body.action.startsWith('storage.')
        ? storage.handle(body as unknown as Record<string, unknown>)
        : engine.handle(body);
      sendJson(response, 200, { ...answer, requestId });
    } catch (error) {
      const answer = error instanceof CloudBaseError ? error : requestFailed(error, body.action.startsWith('storage.'));
      sendJson(response, 200, { code: answer.code, message: answer.message, requestId });
    }
  };

  const handleLocal = async (request: IncomingMessage, response: ServerResponse, route: string) => {
    if (request.method === 'GET' && route === '/__local/users') return sendJson(response, 200, users);
    if (request.method === 'POST' && route === '/__local/signin') {
      const { openid } = JSON.parse((await readBody(request)).toString('utf8') || '{}') as { openid?: string };
      if (!users.some((user) => user.openid === openid))
        return sendJson(response, 400, { message: '没有这个演示用户' });
      return sendJson(
        response,
        200,
        { openid },
        { 'set-cookie': `${SESSION_COOKIE}=${encodeURIComponent(openid!)}; Path=/; HttpOnly; SameSite=Lax` },
      );
    }
    if (request.method === 'POST' && route === '/__local/signout') {
      return sendJson(response, 200, {}, { 'set-cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; Max-Age=0` });
    }
    if (request.method === 'POST' && route === '/__local/upload') {
      if (!cookie(request, SESSION_COOKIE)) return sendJson(response, 401, { message: '请先登录' });
      const cloudPath = new URL(request.url ?? '/', origin).searchParams.get('cloudPath') ?? '';
      const bytes = await readBody(request);
      if (!cloudPath || bytes.length === 0) return sendJson(response, 400, { message: '缺少文件或存储路径' });
      if (bytes.length > UPLOAD_LIMIT_BYTES) return sendJson(response, 413, { message: '文件超过 25 MB' });
      try {
        return sendJson(response, 200, { fileID: storage.upload(cloudPath, bytes) });
      } catch {
        return sendJson(response, 400, { message: '存储路径不正确' });
      }
    }
    const functionCall = /^\/__local\/functions\/([\w-]+)$/.exec(route);
    if (request.method === 'POST' && functionCall) {
      const event = JSON.parse((await readBody(request)).toString('utf8') || '{}') as unknown;
      const result = await invoke(functionCall[1], event, { openid: cookie(request, SESSION_COOKIE) ?? '' });
      return sendJson(response, 200, result);
    }
    sendJson(response, 404, { message: 'not found' });
  };

  const server = createServer((request, response) => {
    const route = (request.url ?? '/').split('?')[0];
    const handled =
      route === SERVICE_PATH && request.method === 'POST'
        ? handleService(request, response)
        : route.startsWith(UPLOAD_PATH) && request.method === 'PUT'
          ? storage.receive(request, response, route.slice(UPLOAD_PATH.length))
          : route.startsWith(FILES_PATH)
            ? Promise.resolve(storage.serve(response, route.slice(FILES_PATH.length)))
            : route.startsWith('/__local/')
              ? handleLocal(request, response, route)
              : Promise.resolve(
                  options.staticDir
                    ? serveStatic(options.staticDir, route, response)
                    : sendJson(response, 404, { message: 'no static directory' }),
                );
    handled.catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        if (!response.headersSent) sendJson(response, 413, { message: error.message });
        return;
      }
      console.error('local cloudbase:', error);
      if (!response.headersSent) sendJson(response, 500, { code: 'INTERNAL', message: String(error) });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const serviceUrl = `${origin}${SERVICE_PATH}`;

  for (const [name, file] of Object.entries(options.functions ?? {})) {
    pools.set(
      name,
      new FunctionPool(file, options.workers ?? 2, {
        ...instanceEnv(envId),
        LOCAL_CLOUDBASE_URL: serviceUrl,
        ...options.functionEnv,
      }),
    );
  }

  const collection = (name: string) => {
    const docs = store.documents(name);
    if (!docs) throw new Error(`collection ${name} does not exist`);
    return docs;
  };

  return {
    serviceUrl,
    origin,
    port,
    envId,
    store: {
      createCollection: async (name) => {
        if (!store.hasCollection(name)) store.commit([{ op: 'create', c: name }]);
      },
      listCollections: async () => store.collectionNames(),
      insertMany: async (name, docs) => {
        collection(name);
        store.commit(docs.map((doc) => ({ op: 'put', c: name, doc: doc as Doc })));
      },
      removeMany: async (name, ids) => {
        collection(name);
        store.commit(ids.map((id) => ({ op: 'del', c: name, id })));
      },
      find: async (name, query = {}) =>
        [...collection(name).values()]
          .filter(matches(query as Record<string, unknown>))
          .map((doc) => cloneDocument(doc) as StoredRecord),
      count: async (name, query = {}) =>
        [...collection(name).values()].filter(matches(query as Record<string, unknown>)).length,
    },
    openApiCalls: () => openApi.recorded(),
    setRejectWords: (words) => openApi.setRejectWords(words),
    acceptSubscription: (openid, templateId, times) => openApi.acceptSubscription(openid, templateId, times),
    stats: () => ({ requests: Object.values(byAction).reduce((sum, n) => sum + n, 0), byAction: { ...byAction } }),
    resetStats: () => {
      for (const key of Object.keys(byAction)) delete byAction[key];
    },
    scans: () => engine.scans(),
    resetScans: () => engine.resetScans(),
    invoke,
    setClock: (at) => clock.set(at),
    async close() {
      await Promise.all([...pools.values()].map((pool) => pool.close()));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // SDK clients keep connections alive; close() alone would wait for them to time out.
      server.closeAllConnections();
      await closed;
      store.close();
    },
  };
}
