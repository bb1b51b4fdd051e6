import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Tencent Cloud API's `tcb` service (version 2018-06-08) as far as
 * provisioning uses it, keeping collections, indexes and access rules in memory. Like the real
 * endpoint it answers `{ Response: … }` with `Response.Error` on failure, refuses a request whose
 * TC3-HMAC-SHA256 signature does not verify with the one secret key it knows, and refuses an action
 * it does not know, so an unexpected call fails the test rather than passing unseen.
 */

export interface StandInIndex {
  Name: string;
  Keys: { Name: string; Direction: string }[];
  Unique: boolean;
}

export interface StandInCollection {
  indexes: StandInIndex[];
  aclTag: string;
  rule: string | null;
}

export interface StandInRequest {
  action: string;
  params: Record<string, unknown>;
  authorization: string;
}

const VERSION = '2018-06-08';
const SERVICE = 'tcb';
const ACL_TAGS = ['READONLY', 'PRIVATE', 'ADMINWRITE', 'ADMINONLY', 'CUSTOM'];
/** The `_id` index every collection has from the start. */
const ID_INDEX: StandInIndex = { Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: true };

class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const hex = (data: string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** The TC3-HMAC-SHA256 check the real endpoint makes (content-type and host signed, the body hashed). */
function verifySignature(request: IncomingMessage, body: string, secretId: string, secretKey: string): void {
  const authorization = String(request.headers.authorization ?? '');
  const match =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      authorization,
    );
  if (!match)
    throw new ApiError('AuthFailure.SignatureFailure', `not a TC3-HMAC-SHA256 authorization: ${authorization}`);
  const [, id, date, service, signedHeaders, signature] = match;
  if (id !== secretId) throw new ApiError('AuthFailure.SecretIdNotFound', `unknown SecretId ${id}`);
  if (service !== SERVICE || signedHeaders !== 'content-type;host') {
    throw new ApiError('AuthFailure.SignatureFailure', `signed for ${service} with ${signedHeaders}`);
  }
  const timestamp = String(request.headers['x-tc-timestamp'] ?? '');
  if (new Date(Number(timestamp) * 1000).toISOString().slice(0, 10) !== date) {
    throw new ApiError('AuthFailure.SignatureFailure', 'credential date is not the timestamp’s UTC date');
  }
  // The real host has no port; a signer that signs the host name signs what the real endpoint checks.
  const host = String(request.headers.host ?? '').replace(/:\d+$/, '');
  const canonical = `POST\n/\n\ncontent-type:${request.headers['content-type']}\nhost:${host}\n\n${signedHeaders}\n${hex(body)}`;
  const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/${service}/tc3_request\n${hex(canonical)}`;
  const key = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
  if (hmac(key, toSign).toString('hex') !== signature) {
    throw new ApiError('AuthFailure.SignatureFailure', 'the signature does not match');
  }
}

function requireString(params: Record<string, unknown>, name: string): string {
  const value = params[name];
  if (typeof value !== 'string' || value === '') throw new ApiError('MissingParameter', `${name} is required`);
  return value;
}

export async function startTencentCloudStandIn(options: {
  envId: string;
  secretId: string;
  secretKey: string;
  collections?: Record<string, StandInCollection>;
}) {
  const instanceId = 'tnt-standin';
  const collections = new Map(Object.entries(options.collections ?? {}));
  const requests: StandInRequest[] = [];

  const collectionOf = (params: Record<string, unknown>, field: 'TableName' | 'CollectionName') => {
    const name = requireString(params, field);
    const collection = collections.get(name);
    if (!collection) throw new ApiError('ResourceNotFound', `collection ${name} does not exist`);
    return collection;
  };
  /** The document database as manager-node names it: the environment's instance, through the flexdb connector. */
  const checkConnector = (params: Record<string, unknown>) => {
    const connector = params.MongoConnector as { DatabaseName?: string; InstanceId?: string } | undefined;
    if (connector?.DatabaseName !== instanceId || connector.InstanceId !== 'flexdb') {
      throw new ApiError('InvalidParameter.MongoConnector', `MongoConnector ${JSON.stringify(connector)}`);
    }
  };

  const actions: Record<string, (params: Record<string, unknown>) => Record<string, unknown>> = {
    DescribeEnvInfo: () => ({
      EnvInfo: { EnvBaseInfo: { EnvId: options.envId, Status: 'NORMAL', Databases: [{ InstanceId: instanceId }] } },
    }),
    ListTables: (params) => {
      checkConnector(params);
      const limit = Number(params.MgoLimit);
      const offset = Number(params.MgoOffset);
      if (!(limit >= 1 && limit <= 100) || !(offset >= 0)) throw new ApiError('InvalidParameter', 'MgoLimit/MgoOffset');
      const names = [...collections.keys()].sort();
      const page = names.slice(offset, offset + limit);
      return {
        Tables: page.length
          ? page.map((TableName) => ({ TableName, Count: 0, Size: 0, IndexCount: 1, IndexSize: 0 }))
          : null,
        Pager: { Offset: offset, Limit: limit, Total: names.length },
      };
    },
    DescribeTable: (params) => {
      checkConnector(params);
      const { indexes } = collectionOf(params, 'TableName');
      return {
        Indexes: indexes.map((index) => ({ ...index, Size: 0, Accesses: { Ops: 0, Since: '' } })),
        IndexNum: indexes.length,
      };
    },
    CreateTable: (params) => {
      checkConnector(params);
      const name = requireString(params, 'TableName');
      if (collections.has(name)) throw new ApiError('ResourceInUse', `collection ${name} exists`);
      collections.set(name, { indexes: [ID_INDEX], aclTag: 'PRIVATE', rule: null });
      return {};
    },
    UpdateTable: (params) => {
      checkConnector(params);
      const collection = collectionOf(params, 'TableName');
      if (params.DropIndexes !== undefined) throw new ApiError('UnauthorizedOperation', 'provisioning never drops');
      const creates = params.CreateIndexes as
        | {
            IndexName?: string;
            MgoKeySchema?: { MgoIndexKeys?: { Name?: string; Direction?: string }[]; MgoIsUnique?: boolean };
          }[]
        | undefined;
      if (!Array.isArray(creates) || creates.length === 0) throw new ApiError('MissingParameter', 'CreateIndexes');
      for (const create of creates) {
        const keys = create.MgoKeySchema?.MgoIndexKeys;
        if (
          !create.IndexName ||
          !Array.isArray(keys) ||
          keys.length === 0 ||
          typeof create.MgoKeySchema?.MgoIsUnique !== 'boolean'
        ) {
          throw new ApiError('InvalidParameter', `CreateIndexes entry ${JSON.stringify(create)}`);
        }
        if (keys.some((key) => !key.Name || (key.Direction !== '1' && key.Direction !== '-1'))) {
          throw new ApiError('InvalidParameter', `MgoIndexKeys ${JSON.stringify(keys)}`);
        }
        if (collection.indexes.some((index) => index.Name === create.IndexName)) {
          throw new ApiError('ResourceInUse', `index ${create.IndexName} exists`);
        }
        collection.indexes.push({
          Name: create.IndexName,
          Keys: keys.map((key) => ({ Name: key.Name!, Direction: key.Direction! })),
          Unique: create.MgoKeySchema.MgoIsUnique,
        });
      }
      return {};
    },
    DescribeSafeRule: (params) => {
      const { aclTag, rule } = collectionOf(params, 'CollectionName');
      return { AclTag: aclTag, Rule: rule };
    },
    ModifySafeRule: (params) => {
      const collection = collectionOf(params, 'CollectionName');
      const aclTag = requireString(params, 'AclTag');
      if (!ACL_TAGS.includes(aclTag)) throw new ApiError('InvalidParameter', `AclTag ${aclTag}`);
      if (aclTag === 'CUSTOM') JSON.parse(requireString(params, 'Rule'));
      collection.aclTag = aclTag;
      collection.rule = aclTag === 'CUSTOM' ? (params.Rule as string) : null;
      return {};
    },
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const action = String(request.headers['x-tc-action'] ?? '');
      const RequestId = `standin-${requests.length + 1}`;
      let result: Record<string, unknown>;
      try {
        const params = JSON.parse(body || '{}') as Record<string, unknown>;
        requests.push({ action, params, authorization: String(request.headers.authorization ?? '') });
        if (request.method !== 'POST' || request.headers['content-type'] !== 'application/json') {
          throw new ApiError('UnsupportedProtocol', `${request.method} ${request.headers['content-type']}`);
        }
        if (request.headers['x-tc-version'] !== VERSION) throw new ApiError('InvalidParameter', 'X-TC-Version');
        if (!request.headers['x-tc-region']) throw new ApiError('MissingParameter', 'X-TC-Region');
        verifySignature(request, body, options.secretId, options.secretKey);
        const handle = actions[action];
        if (!handle) throw new ApiError('InvalidAction', `the stand-in does not answer ${action}`);
        if (params.EnvId !== options.envId)
          throw new ApiError('ResourceNotFound', `environment ${String(params.EnvId)}`);
        result = { ...handle(params), RequestId };
      } catch (error) {
        const { code = 'InternalError', message } = error as { code?: string; message: string };
        result = { Error: { Code: code, Message: message }, RequestId };
      }
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ Response: result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    collections,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
