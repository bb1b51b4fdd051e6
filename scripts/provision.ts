import { parseArgs } from 'node:util';
import { INDEXES } from '../cloudfunctions/api/src/store/indexes';
import type { Credentials } from './provision/cloudbase';
import { describeAlias, describeConflict, describeStep, planProvisioning, type Plan } from './provision/plan';

const USAGE = '用法 usage: npm run provision -- --env <envId> [--dry-run]';

function credentialsFromEnv(): Credentials | undefined {
  const secretId = process.env.TCB_SECRET_ID?.trim();
  const secretKey = process.env.TCB_SECRET_KEY?.trim();
  if (!secretId || !secretKey) return undefined;
  return { secretId, secretKey, token: process.env.TCB_TOKEN?.trim() || undefined };
}

function printPlan(plan: Plan, heading: string): void {
  console.log(heading);
  for (const step of plan.steps) console.log(`  ${describeStep(step)}`);
  for (const alias of plan.aliases) console.log(`  ${describeAlias(alias)}`);
  for (const conflict of plan.conflicts) console.log(`  ${describeConflict(conflict)}`);
  if (plan.steps.length === 0) console.log('  无需改动 nothing to do: the environment matches store/indexes.ts');
}

/** What an error from manager-node says: the API action, its code and message. */
function explain(error: unknown): string {
  const { action, code, message } = error as { action?: string; code?: string; message?: string };
  return [action, code, message ?? String(error)].filter(Boolean).join(' ');
}

/**
 * `npm run provision -- --env <envId> [--dry-run]`: brings a CloudBase environment up to the
 * collections and indexes declared in cloudfunctions/api/src/store/indexes.ts. It only adds
 * (collections, the cloud-functions-only rule, indexes) and is safe to run again.
 */
async function provision(): Promise<number> {
  const { values } = parseArgs({ options: { env: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
  const envId = values.env?.trim();
  const dryRun = values['dry-run'] === true;
  if (!envId) {
    console.error(`缺少环境 ID missing --env <envId>\n${USAGE}`);
    return 2;
  }
  const credentials = credentialsFromEnv();
  const collections = Object.keys(INDEXES);

  if (!credentials) {
    if (!dryRun) {
      console.error(
        '缺少腾讯云 API 密钥：请设置 TCB_SECRET_ID 和 TCB_SECRET_KEY（临时密钥另设 TCB_TOKEN），或加 --dry-run 只看计划。\n' +
          'Missing Tencent Cloud API credentials: set TCB_SECRET_ID and TCB_SECRET_KEY (and TCB_TOKEN for a temporary key), or add --dry-run to print the plan only.',
      );
      return 1;
    }
    printPlan(
      planProvisioning(INDEXES, {}),
      `预演 dry run（${envId}）：无密钥，未读取环境；以下每项将被确保（已存在的不动）\n` +
        'No credentials, the environment was not read: each item below will be ensured (what exists is left as it is).',
    );
    return 0;
  }

  // Loaded only now: manager-node is heavy, and a dry run without a key never needs it.
  const { applyStep, connect, readEnvironment } = await import('./provision/cloudbase');
  const app = connect(envId, credentials);
  const plan = planProvisioning(INDEXES, await readEnvironment(app, envId, collections));
  if (dryRun) {
    printPlan(plan, `预演 dry run（${envId}）：已读取环境，未作任何改动 read only, nothing changed`);
    return 0;
  }
  printPlan(plan, `计划 plan（${envId}）`);
  for (const step of plan.steps) {
    await applyStep(app, envId, step);
    console.log(`  ✓ ${describeStep(step)}`);
  }
  console.log(`完成 done: ${plan.steps.length} 项改动 changes`);
  if (plan.conflicts.length > 0) {
    console.error(
      `${plan.conflicts.length} 个索引与声明冲突，未改动，请在控制台核对 index conflicts left untouched: check them in the console`,
    );
    return 1;
  }
  return 0;
}

provision().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `失败 failed: ${explain(error)}\n已完成的步骤无需撤销，修正后重新运行即可 steps already done stay; fix and run again.`,
    );
    process.exitCode = 1;
  },
);
