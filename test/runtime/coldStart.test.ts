import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_FUNCTION_ENV } from '../../local/demo/seed';
import { identityEnv, instanceEnv } from '../../local/functions/pool';
import { insertApplication } from '../support/applications';
import { startLocalApi, type LocalApi } from '../support/localApi';

/**
 * A cold start loads the `api` bundle without exceljs or docx, and the first export loads exceljs from
 * node_modules, as an external dependency the cloud installs. Each case is a fresh Node process
 * requiring the built index.js, so nothing an earlier case loaded can hide what this one loads.
 */

const BUNDLE = path.resolve(__dirname, '../../cloudfunctions/api/index.js');
const PROBE = path.resolve(__dirname, '../support/coldStartProbe.js');
const run = promisify(execFile);

interface Probe {
  cold: string[];
  answered: string[];
  result: { ok: boolean };
}

let api: LocalApi;
// The local database and storage only: the function runs in the probe, not in the runtime's workers.
beforeAll(async () => {
  api = await startLocalApi({ functions: {} });
});
afterAll(() => api.stop());

async function coldStartThen(event: object): Promise<Probe> {
  const { envId, serviceUrl } = api.cloudbase;
  const { stdout } = await run(process.execPath, [PROBE, BUNDLE, JSON.stringify(event)], {
    cwd: path.dirname(BUNDLE),
    env: {
      ...process.env,
      ...instanceEnv(envId),
      ...DEMO_FUNCTION_ENV,
      LOCAL_CLOUDBASE_URL: serviceUrl,
      ...identityEnv({ openid: DEMO_USERS.cityAdmin }, envId),
    },
  });
  return JSON.parse(stdout) as Probe;
}

it('loads no exceljs or docx module on a cold start, nor for an action that renders nothing', async () => {
  const probe = await coldStartThen({ action: 'session.whoami', data: {} });
  expect(probe.result.ok).toBe(true);
  expect(probe.cold).toEqual([]);
  expect(probe.answered).toEqual([]);
});

it('loads exceljs from node_modules when an export runs', async () => {
  const probe = await coldStartThen({ action: 'quotas.exportDashboard', data: {} });
  expect(probe.result.ok).toBe(true);
  expect(probe.cold).toEqual([]);
  expect(probe.answered).toContainEqual(expect.stringMatching(/node_modules\/exceljs\/excel\.js$/));
});

it('loads docx from node_modules when a 申报书 is printed', async () => {
  const { _id } = await insertApplication(api, 'submitted');
  const probe = await coldStartThen({ action: 'applications.document', data: { applicationId: _id } });
  expect(probe.result.ok).toBe(true);
  expect(probe.cold).toEqual([]);
  expect(probe.answered).toContainEqual(expect.stringMatching(/node_modules\/docx\//));
});
