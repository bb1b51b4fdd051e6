import type { NeedInput } from '../../types/actions';
import type { Need, NeedStatus } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import type { LocalApi } from './localApi';

export const ALUMINIUM = 'st-aluminium';

let counter = 0;

/** What a demand unit types into the form, for the aluminium station. */
export function needInput(overrides: Partial<NeedInput> = {}): NeedInput {
  return {
    stationId: ALUMINIUM,
    title: `熔铸车间除气工艺改进 ${++counter}`,
    description: '熔铸车间铝液含氢量偏高，铸锭气孔率超标，希望专家诊断除气工艺并提出改进方案。',
    industry: 'aluminium',
    serviceType: 'joint_tackling',
    expectedOutcome: '铸锭气孔率降到 0.5% 以下',
    urgency: 'urgent',
    attachments: [],
    ...overrides,
  };
}

/**
 * A need of the aluminium station already in `status`, written straight to the database: for
 * tests of one step, and for the steps the visits issue takes (in service).
 */
export async function insertNeed(api: LocalApi, status: NeedStatus, overrides: Partial<Need> = {}): Promise<Need> {
  const at = new Date().toISOString();
  const assigned = ['accepted', 'in_service', 'resolved', 'closed'].includes(status) ? [DEMO_USERS.expert] : [];
  const need: Need = {
    _id: `need-fixture-${++counter}-${Date.now().toString(36)}`,
    stationId: ALUMINIUM,
    societyId: 'soc-nonferrous',
    stationName: '中国有色金属学会产业科技服务工作站（华铝新材料）',
    demandUnitName: '贵州华铝新材料有限公司',
    title: `预置需求 ${counter}`,
    description: '用于测试的一条技术需求，状态已预置。',
    industry: 'aluminium',
    serviceType: 'consulting',
    expectedOutcome: '给出方案',
    urgency: 'normal',
    desiredDate: '',
    attachments: [],
    status,
    submittedBy: DEMO_USERS.demandUnit,
    onBehalf: false,
    year: calendarMoment(at).year,
    assignedExperts: assigned,
    history: [{ kind: 'submitted', at, by: DEMO_USERS.demandUnit, role: 'demand_unit' }],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
  await api.cloudbase.store.insertMany('needs', [need]);
  return need;
}

/** Uploads as the signed-in `openid` through the H5 build's upload endpoint; answers the file ID. */
export async function uploadAs(api: LocalApi, openid: string, cloudPath: string, bytes: Buffer): Promise<string> {
  const { origin } = api.cloudbase;
  const signIn = await fetch(`${origin}/__local/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  const response = await fetch(`${origin}/__local/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { cookie },
    body: new Uint8Array(bytes),
  });
  const body = (await response.json()) as { fileID?: string; message?: string };
  if (!body.fileID) throw new Error(`upload failed: ${response.status} ${body.message}`);
  return body.fileID;
}
