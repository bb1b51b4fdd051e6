import CloudBase from '@cloudbase/manager-node';
import {
  CLOUD_FUNCTIONS_ONLY_RULE,
  isCloudFunctionsOnly,
  type EnvironmentState,
  type ExistingCollection,
  type ExistingIndex,
  type Step,
} from './plan';

/**
 * The environment read and changed through @cloudbase/manager-node 5.6.5. Every call goes to the
 * Tencent Cloud API `tcb` (2018-06-08), TC3-HMAC-SHA256-signed by manager-node
 * (lib/utils/cloud-api-request.js); the action each method sends is named beside it.
 */

export interface Credentials {
  secretId: string;
  secretKey: string;
  token?: string;
}

export type Manager = InstanceType<typeof CloudBase>;

export const connect = (envId: string, credentials: Credentials): Manager => new CloudBase({ envId, ...credentials });

/** manager-node's default page size for `listCollections` (DEFAULT_MGO_LIMIT); the API allows no more. */
const PAGE = 100;

/** `database.listCollections` → ListTables, page by page. Not `checkCollectionExists`: it reads any failure as "absent". */
async function collectionNames(app: Manager): Promise<Set<string>> {
  const names = new Set<string>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await app.database.listCollections({ MgoLimit: PAGE, MgoOffset: offset });
    for (const collection of page.Collections) names.add(collection.CollectionName);
    if (page.Collections.length < PAGE) return names;
  }
}

/** Index keys come back as `{ Name, Direction: "1" | "-1" }`; another direction ("2dsphere") is kept as it is. */
const toKeys = (keys: readonly { Name?: string; Direction?: string }[] = []): ExistingIndex['keys'] =>
  keys.map((key) => {
    const direction = key.Direction === '1' ? 1 : key.Direction === '-1' ? -1 : String(key.Direction);
    return { field: key.Name ?? '', direction };
  });

/** `database.describeCollection` → DescribeTable (its indexes); `commonService().call` → DescribeSafeRule (docs/access.md). */
async function describe(app: Manager, envId: string, collection: string): Promise<ExistingCollection> {
  const table = await app.database.describeCollection(collection);
  const access = (await app.commonService('tcb').call({
    Action: 'DescribeSafeRule',
    Param: { EnvId: envId, CollectionName: collection },
  })) as { AclTag?: string; Rule?: string | null };
  return {
    indexes: (table.Indexes ?? []).map((index) => ({
      name: index.Name,
      keys: toKeys(index.Keys),
      unique: Boolean(index.Unique),
    })),
    cloudFunctionsOnly: isCloudFunctionsOnly(access.AclTag, access.Rule),
  };
}

/** What the environment has of the declared collections: read only, nothing changes. */
export async function readEnvironment(
  app: Manager,
  envId: string,
  declared: readonly string[],
): Promise<EnvironmentState> {
  const present = await collectionNames(app);
  const state: Record<string, ExistingCollection> = {};
  for (const collection of declared) {
    if (present.has(collection)) state[collection] = await describe(app, envId, collection);
  }
  return state;
}

/** One step, one call. */
export async function applyStep(app: Manager, envId: string, step: Step): Promise<void> {
  switch (step.kind) {
    case 'createCollection':
      // `database.createCollection` → CreateTable
      await app.database.createCollection(step.collection);
      return;
    case 'restrictAccess':
      // `commonService().call` → ModifySafeRule with AclTag CUSTOM: the rule the README's console route sets
      await app.commonService('tcb').call({
        Action: 'ModifySafeRule',
        Param: {
          EnvId: envId,
          CollectionName: step.collection,
          AclTag: 'CUSTOM',
          Rule: JSON.stringify(CLOUD_FUNCTIONS_ONLY_RULE),
        },
      });
      return;
    case 'createIndex':
      // `database.updateCollection` → UpdateTable with CreateIndexes (never DropIndexes)
      await app.database.updateCollection(step.collection, {
        CreateIndexes: [
          {
            IndexName: step.index.name,
            MgoKeySchema: {
              MgoIndexKeys: step.index.keys.map((key) => ({ Name: key.field, Direction: String(key.direction) })),
              MgoIsUnique: step.index.unique,
            },
          },
        ],
      });
      return;
  }
}
