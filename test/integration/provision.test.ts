import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { COLLECTIONS } from '../../cloudfunctions/api/src/store/collections';
import { INDEXES } from '../../cloudfunctions/api/src/store/indexes';
import { startTencentCloudStandIn, type StandInCollection } from '../support/tencentCloudStandIn';

/**
 * `npm run provision` as a person runs it (the script, in its own process) against a local
 * stand-in for the Tencent Cloud API. manager-node sends every `tcb` call to TCB_BASE_URL when it is
 * set (lib/utils/cloud-api-request.js), which is how the script is pointed at the stand-in here.
 */

const ROOT = path.resolve(__dirname, '../..');
const ENV_ID = 'zwt-test-1a2b3c';
const SECRET_ID = 'AKIDstandin';
const SECRET_KEY = 'standin-secret-key';
const WRITES = ['CreateTable', 'UpdateTable', 'ModifySafeRule'];
const DECLARED_INDEXES = Object.values(INDEXES).reduce((sum, indexes) => sum + indexes.length, 0);

type StandIn = Awaited<ReturnType<typeof startTencentCloudStandIn>>;
let standIn: StandIn;

afterEach(() => standIn?.close());

async function provision(args: string[], env: Record<string, string | undefined> = {}) {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    TCB_BASE_URL: standIn.url,
    TCB_SECRET_ID: SECRET_ID,
    TCB_SECRET_KEY: SECRET_KEY,
    ...env,
  };
  // Neither a proxy nor Tencent's internal endpoint may take the calls elsewhere.
  for (const name of ['http_proxy', 'USE_INTERNAL_ENDPOINT', 'TCB_TOKEN']) delete childEnv[name];
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name];
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/provision.ts', ...args],
      { cwd: ROOT, env: childEnv },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const actions = () => standIn.requests.map((request) => request.action);
const count = (action: string) => actions().filter((name) => name === action).length;

it('creates every declared collection, rule and index, signed; run again, it reads and changes nothing', async () => {
  const legacy: StandInCollection = {
    indexes: [{ Name: 'old', Keys: [{ Name: 'x', Direction: '-1' }], Unique: false }],
    aclTag: 'READONLY',
    rule: null,
  };
  standIn = await startTencentCloudStandIn({
    envId: ENV_ID,
    secretId: SECRET_ID,
    secretKey: SECRET_KEY,
    collections: { legacy: structuredClone(legacy) },
  });

  const first = await provision(['--env', ENV_ID]);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(count('CreateTable')).toBe(COLLECTIONS.length);
  expect(count('ModifySafeRule')).toBe(COLLECTIONS.length);
  expect(count('UpdateTable')).toBe(DECLARED_INDEXES);
  for (const request of standIn.requests) {
    expect(request.authorization).toMatch(
      /^TC3-HMAC-SHA256 Credential=AKIDstandin\/\d{4}-\d{2}-\d{2}\/tcb\/tc3_request, /,
    );
  }
  for (const collection of COLLECTIONS) {
    const created = standIn.collections.get(collection)!;
    expect({ aclTag: created.aclTag, rule: JSON.parse(created.rule!) }).toEqual({
      aclTag: 'CUSTOM',
      rule: { read: false, write: false },
    });
    expect(created.indexes).toEqual([
      expect.objectContaining({ Name: '_id_' }),
      ...INDEXES[collection].map((index) => ({
        Name: index.name,
        Keys: index.keys.map((key) => ({ Name: key.field, Direction: String(key.direction) })),
        Unique: index.unique,
      })),
    ]);
  }
  const visitIndex = standIn.requests.find(
    (request) => request.action === 'UpdateTable' && request.params.TableName === 'visits',
  )!;
  expect(visitIndex.params).toEqual({
    EnvId: ENV_ID,
    MongoConnector: { DatabaseName: 'tnt-standin', InstanceId: 'flexdb' },
    TableName: 'visits',
    CreateIndexes: [
      {
        IndexName: 'expertOpenid__checkIn_at',
        MgoKeySchema: {
          MgoIndexKeys: [
            { Name: 'expertOpenid', Direction: '1' },
            { Name: 'checkIn.at', Direction: '1' },
          ],
          MgoIsUnique: false,
        },
      },
    ],
  });
  expect(standIn.collections.get('legacy')).toEqual(legacy);

  standIn.requests.length = 0;
  const second = await provision(['--env', ENV_ID]);
  expect(second.code).toBe(0);
  expect(second.stdout).toContain('nothing to do');
  expect(actions().filter((action) => WRITES.includes(action))).toEqual([]);
  expect(count('DescribeTable')).toBe(COLLECTIONS.length);
}, 60_000);

it('previews a partly provisioned environment read-only: exactly what is missing, a conflict reported', async () => {
  const roles: StandInCollection = {
    indexes: [
      {
        Name: 'openid__revokedAt',
        Keys: [
          { Name: 'openid', Direction: '1' },
          { Name: 'revokedAt', Direction: '1' },
        ],
        Unique: false,
      },
      { Name: 'stationId__revokedAt__grantedAt', Keys: [{ Name: 'stationId', Direction: '1' }], Unique: false },
    ],
    aclTag: 'ADMINONLY',
    rule: null,
  };
  standIn = await startTencentCloudStandIn({
    envId: ENV_ID,
    secretId: SECRET_ID,
    secretKey: SECRET_KEY,
    collections: { roles },
  });

  const preview = await provision(['--env', ENV_ID, '--dry-run']);
  expect(preview.code).toBe(0);
  expect(actions().filter((action) => WRITES.includes(action))).toEqual([]);
  expect(preview.stdout).not.toContain('create collection   roles');
  expect(preview.stdout).not.toContain('roles.openid__revokedAt');
  expect(preview.stdout).toContain('roles.role__revokedAt__stationId');
  expect(preview.stdout).toContain('冲突 conflict: roles.stationId__revokedAt__grantedAt');
  expect(preview.stdout).toContain('create collection   visits');

  const run = await provision(['--env', ENV_ID]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('index conflicts left untouched');
  expect(standIn.collections.get('roles')!.indexes.map((index) => index.Name)).toEqual([
    'openid__revokedAt',
    'stationId__revokedAt__grantedAt',
    'role__revokedAt__stationId',
    'societyId__role__revokedAt',
  ]);
  expect(standIn.collections.get('roles')!.indexes[1].Keys).toEqual([{ Name: 'stationId', Direction: '1' }]);
  expect(standIn.collections.get('roles')!.aclTag).toBe('ADMINONLY');
}, 60_000);

it('without credentials: the dry run prints every item and calls nothing; the real run refuses in Chinese and English', async () => {
  standIn = await startTencentCloudStandIn({ envId: ENV_ID, secretId: SECRET_ID, secretKey: SECRET_KEY });
  const noCredentials = { TCB_SECRET_ID: undefined, TCB_SECRET_KEY: undefined };

  const preview = await provision(['--env', ENV_ID, '--dry-run'], noCredentials);
  expect(preview.code).toBe(0);
  for (const collection of COLLECTIONS) expect(preview.stdout).toContain(`create collection   ${collection}\n`);
  expect(preview.stdout).toContain('visits.year__status__stationId');

  const refused = await provision(['--env', ENV_ID], noCredentials);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('缺少腾讯云 API 密钥');
  expect(refused.stderr).toContain('Missing Tencent Cloud API credentials');
  expect(standIn.requests).toEqual([]);
}, 60_000);

it('stops at a request the API refuses (a wrong secret key fails the signature) and says why', async () => {
  standIn = await startTencentCloudStandIn({ envId: ENV_ID, secretId: SECRET_ID, secretKey: SECRET_KEY });
  const refused = await provision(['--env', ENV_ID], { TCB_SECRET_KEY: 'not-the-key' });
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('AuthFailure.SignatureFailure');
  expect(standIn.collections.size).toBe(0);
}, 60_000);
