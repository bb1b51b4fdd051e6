import { COLLECTIONS } from '../../cloudfunctions/api/src/store/collections';
import { INDEXES } from '../../cloudfunctions/api/src/store/indexes';
import {
  isCloudFunctionsOnly,
  planProvisioning,
  type EnvironmentState,
  type ExistingCollection,
  type Step,
} from '../../scripts/provision/plan';

/** What an environment looks like once a plan's steps ran on it, as the API would report it. */
function applied(environment: EnvironmentState, steps: readonly Step[]): EnvironmentState {
  const next: Record<string, ExistingCollection> = structuredClone(environment) as Record<string, ExistingCollection>;
  for (const step of steps) {
    if (step.kind === 'createCollection') next[step.collection] = { indexes: [], cloudFunctionsOnly: false };
    if (step.kind === 'restrictAccess') next[step.collection] = { ...next[step.collection], cloudFunctionsOnly: true };
    if (step.kind === 'createIndex') {
      const { name, keys, unique } = step.index;
      next[step.collection] = {
        ...next[step.collection],
        indexes: [...next[step.collection].indexes, { name, keys, unique }],
      };
    }
  }
  return next;
}

const fresh = planProvisioning(INDEXES, {});
const complete = applied({}, fresh.steps);

describe('the provisioning plan', () => {
  it('for a fresh environment: every declared collection, its access rule and every index', () => {
    expect(fresh.conflicts).toEqual([]);
    expect(fresh.aliases).toEqual([]);
    for (const collection of COLLECTIONS) {
      expect(fresh.steps).toContainEqual({ kind: 'createCollection', collection });
      expect(fresh.steps).toContainEqual({ kind: 'restrictAccess', collection });
      for (const index of INDEXES[collection])
        expect(fresh.steps).toContainEqual({ kind: 'createIndex', collection, index });
    }
    const indexCount = Object.values(INDEXES).reduce((sum, indexes) => sum + indexes.length, 0);
    expect(fresh.steps).toHaveLength(2 * COLLECTIONS.length + indexCount);
    expect(Object.keys(INDEXES).sort()).toEqual([...COLLECTIONS].sort());
  });

  it('creates a collection before setting its rule and building its indexes', () => {
    const visits = fresh.steps.filter((step) => step.collection === 'visits').map((step) => step.kind);
    expect(visits.slice(0, 2)).toEqual(['createCollection', 'restrictAccess']);
    expect(new Set(visits.slice(2))).toEqual(new Set(['createIndex']));
  });

  it('for a complete environment, and so on a second run: nothing', () => {
    expect(planProvisioning(INDEXES, complete)).toEqual({ steps: [], conflicts: [], aliases: [] });
  });

  it('for a partly provisioned environment: exactly the missing steps, whatever else it has left alone', () => {
    const partial: EnvironmentState = {
      ...complete,
      roles: {
        cloudFunctionsOnly: true,
        indexes: complete.roles.indexes.filter((index) => index.name !== 'role__revokedAt__stationId'),
      },
      stations: { ...complete.stations, cloudFunctionsOnly: false },
      legacy: {
        cloudFunctionsOnly: false,
        indexes: [{ name: 'old', keys: [{ field: 'x', direction: -1 }], unique: false }],
      },
    };
    delete (partial as Record<string, ExistingCollection>).ledger;
    expect(planProvisioning(INDEXES, partial)).toEqual({
      steps: [
        { kind: 'createIndex', collection: 'roles', index: INDEXES.roles[2] },
        { kind: 'restrictAccess', collection: 'stations' },
        { kind: 'createCollection', collection: 'ledger' },
        { kind: 'restrictAccess', collection: 'ledger' },
        ...INDEXES.ledger.map((index) => ({ kind: 'createIndex', collection: 'ledger', index })),
      ],
      conflicts: [],
      aliases: [],
    });
  });

  it('reports an index whose name is taken by other keys, or other uniqueness, and leaves it alone', () => {
    const byOtherKeys = {
      name: 'openid__revokedAt',
      keys: [{ field: 'openid', direction: -1 as const }],
      unique: false,
    };
    const uniquely = { ...complete.visits.indexes[0], unique: true };
    const plan = planProvisioning(INDEXES, {
      ...complete,
      roles: { ...complete.roles, indexes: [byOtherKeys, ...complete.roles.indexes.slice(1)] },
      visits: { ...complete.visits, indexes: [uniquely, ...complete.visits.indexes.slice(1)] },
    });
    expect(plan.steps).toEqual([]);
    expect(plan.conflicts).toEqual([
      { collection: 'roles', declared: INDEXES.roles[0], existing: byOtherKeys },
      { collection: 'visits', declared: INDEXES.visits[0], existing: uniquely },
    ]);
  });

  it('does not build again an index made by hand under another name', () => {
    const byHand = { ...complete.audit.indexes[0], name: 'stationId_1_at_1' };
    const plan = planProvisioning(INDEXES, {
      ...complete,
      audit: { ...complete.audit, indexes: [byHand, ...complete.audit.indexes.slice(1)] },
    });
    expect(plan.steps).toEqual([]);
    expect(plan.aliases).toEqual([
      { collection: 'audit', declared: INDEXES.audit[0].name, existing: 'stationId_1_at_1' },
    ]);
  });
});

describe('cloud-functions-only access', () => {
  it.each([
    ['ADMINONLY', null, true],
    ['CUSTOM', '{"read":false,"write":false}', true],
    ['CUSTOM', '{ "read": false, "write": "auth.openid != null" }', false],
    ['CUSTOM', 'not json', false],
    ['CUSTOM', null, false],
    ['PRIVATE', null, false],
    ['READONLY', null, false],
    [undefined, undefined, false],
  ])('%s %s → %s', (aclTag, rule, expected) => {
    expect(isCloudFunctionsOnly(aclTag, rule)).toBe(expected);
  });
});
