import type { IndexDeclaration, IndexKey } from '../../cloudfunctions/api/src/store/indexes';

/** A key as the environment reports it: ascending, descending, or another kind ("2dsphere"). */
export interface ExistingKey {
  field: string;
  direction: 1 | -1 | string;
}

/** An index as the environment reports it. */
export interface ExistingIndex {
  name: string;
  keys: readonly ExistingKey[];
  unique: boolean;
}

/** What the environment has for one collection. */
export interface ExistingCollection {
  indexes: readonly ExistingIndex[];
  /** Only cloud functions (and the console) read and write it: the mini-program never touches the database. */
  cloudFunctionsOnly: boolean;
}

/** The environment's collections by name; a collection it lacks is absent. */
export type EnvironmentState = Readonly<Record<string, ExistingCollection>>;

export type Step =
  | { kind: 'createCollection'; collection: string }
  | { kind: 'restrictAccess'; collection: string }
  | { kind: 'createIndex'; collection: string; index: IndexDeclaration };

/** A declared index whose name the environment already uses for other keys: left alone, for a person to decide. */
export interface Conflict {
  collection: string;
  declared: IndexDeclaration;
  existing: ExistingIndex;
}

/** A declared index the environment already has under another name (made by hand in the console): not made twice. */
export interface Alias {
  collection: string;
  declared: string;
  existing: string;
}

export interface Plan {
  steps: Step[];
  conflicts: Conflict[];
  aliases: Alias[];
}

const sameKeys = (a: readonly IndexKey[], b: readonly ExistingKey[]) =>
  a.length === b.length && a.every((key, i) => key.field === b[i].field && key.direction === b[i].direction);

const sameIndex = (declared: IndexDeclaration, existing: ExistingIndex) =>
  sameKeys(declared.keys, existing.keys) && declared.unique === existing.unique;

/**
 * The steps that bring the environment up to the declaration: each missing collection, the
 * access rule where it is not yet cloud-functions-only, each missing index. It only adds: an
 * index or collection the declaration does not name is left as it is, and so is a declared
 * index whose name is taken by other keys (a conflict). Planned again after its steps ran, the
 * plan is empty.
 */
export function planProvisioning(
  declaration: Readonly<Record<string, readonly IndexDeclaration[]>>,
  environment: EnvironmentState,
): Plan {
  const plan: Plan = { steps: [], conflicts: [], aliases: [] };
  for (const [collection, indexes] of Object.entries(declaration)) {
    const existing = environment[collection];
    if (!existing) plan.steps.push({ kind: 'createCollection', collection });
    if (!existing?.cloudFunctionsOnly) plan.steps.push({ kind: 'restrictAccess', collection });
    for (const index of indexes) {
      const named = existing?.indexes.find((candidate) => candidate.name === index.name);
      if (named) {
        if (!sameIndex(index, named)) plan.conflicts.push({ collection, declared: index, existing: named });
        continue;
      }
      const alias = existing?.indexes.find((candidate) => sameIndex(index, candidate));
      if (alias) plan.aliases.push({ collection, declared: index.name, existing: alias.name });
      else plan.steps.push({ kind: 'createIndex', collection, index });
    }
  }
  return plan;
}

/** The rule that the README's console route sets: nobody reads or writes from the client. */
export const CLOUD_FUNCTIONS_ONLY_RULE = { read: false, write: false } as const;

/**
 * Whether a collection's access setting keeps the client out: the simple permission ADMINONLY
 * (仅管理员可读写) or a custom rule that refuses both reading and writing.
 */
export function isCloudFunctionsOnly(aclTag: string | undefined, rule: string | null | undefined): boolean {
  if (aclTag === 'ADMINONLY') return true;
  if (aclTag !== 'CUSTOM' || !rule) return false;
  try {
    const parsed = JSON.parse(rule) as { read?: unknown; write?: unknown };
    return parsed.read === false && parsed.write === false;
  } catch {
    return false;
  }
}

const keyList = (keys: readonly ExistingKey[]) =>
  keys.map((key) => (key.direction === 1 ? key.field : `${key.field} ${key.direction}`)).join(' + ');

/** One line per step, in Chinese and English, for the printed plan. */
export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'createCollection':
      return `集合 create collection   ${step.collection}`;
    case 'restrictAccess':
      return `权限 access: cloud only   ${step.collection}（仅云函数可读写 {"read": false, "write": false}）`;
    case 'createIndex':
      return `索引 create index        ${step.collection}.${step.index.name}（${keyList(step.index.keys)}${step.index.unique ? '，唯一 unique' : ''}）`;
  }
}

export function describeConflict(conflict: Conflict): string {
  return (
    `冲突 conflict: ${conflict.collection}.${conflict.declared.name} 已存在但键不同 exists with other keys ` +
    `（现有 existing: ${keyList(conflict.existing.keys)}${conflict.existing.unique ? ' unique' : ''}；` +
    `声明 declared: ${keyList(conflict.declared.keys)}${conflict.declared.unique ? ' unique' : ''}）——未改动 left untouched`
  );
}

export function describeAlias(alias: Alias): string {
  return `已有 present: ${alias.collection}.${alias.declared} 以另一名称存在 exists as ${alias.existing}`;
}
