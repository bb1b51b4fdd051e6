import type { CheckInInput, CheckOutInput } from '../../types/actions';
import type { Visit, VisitCheckIn, VisitCheckOut, VisitStatus } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import type { LocalApi } from './localApi';
import { PNG } from './images';
import { ALUMINIUM } from './needs';

export const ALUMINIUM_LOCATION = { latitude: 26.6785, longitude: 106.6328 };

let counter = 0;

/** A visit of the demo expert at the aluminium station, written straight to the database in `status`. */
export async function insertVisit(
  api: LocalApi,
  status: VisitStatus,
  needId: string,
  { checkIn, ...overrides }: Partial<Omit<Visit, 'checkIn'>> & { checkIn?: Partial<VisitCheckIn> } = {},
): Promise<Visit> {
  // Two minutes apart: an expert's visits never overlap, so neither may the fixtures' moments.
  const at = checkIn?.at ?? new Date(Date.now() - 2 * 3_600_000 - ++counter * 120_000).toISOString();
  const { year, month } = calendarMoment(at);
  const visit: Visit = {
    _id: `visit-fixture-${++counter}-${Date.now().toString(36)}`,
    stationId: ALUMINIUM,
    societyId: 'soc-nonferrous',
    stationName: '中国有色金属学会产业科技服务工作站（华铝新材料）',
    needId,
    needTitle: '预置需求',
    expertOpenid: DEMO_USERS.expert,
    expertName: '陈静',
    serviceType: 'consulting',
    status,
    checkIn: {
      at,
      receivedAt: at,
      late: false,
      proof: status === 'pending' ? 'off_site' : 'location',
      location: ALUMINIUM_LOCATION,
      accuracyM: 20,
      distanceM: 10,
      photos: [],
      ...checkIn,
    },
    year,
    month,
    outOfProvince: true,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
  await api.cloudbase.store.insertMany('visits', [visit]);
  return visit;
}

/** What the expert's phone sends to check in on site at the aluminium station, now unless told. */
export function onSiteCheckIn(needId: string, overrides: Partial<CheckInInput> = {}): CheckInInput {
  return {
    stationId: ALUMINIUM,
    needId,
    serviceType: 'consulting',
    at: new Date().toISOString(),
    location: ALUMINIUM_LOCATION,
    accuracyM: 20,
    photos: [],
    ...overrides,
  };
}

/** What the expert sends to check out of (or to correct) a visit, ending at `at`. */
export function checkOutReport(visitId: string, at: string): CheckOutInput {
  return {
    visitId,
    at,
    summary: '现场诊断了熔铸车间的除气工艺并给出改进建议',
    outcomes: '',
    photos: [],
    attachments: [],
  };
}

/** The check-out of a fixture visit that ended at `at`. */
export function fixtureCheckOut(at: string): VisitCheckOut {
  return { at, receivedAt: at, late: false, summary: '已签退', outcomes: '', photos: [], attachments: [] };
}

/**
 * A photo in `openid`'s own visits folder, put where the SDK's upload puts its bytes (the URL
 * `storage.getUploadMetadata` answers): no sign-in needed, so any persona's folder will do.
 */
export async function storePhoto(api: LocalApi, openid: string, name: string): Promise<string> {
  const cloudPath = `visits/${openid}/${name}`;
  const { origin, envId } = api.cloudbase;
  const response = await fetch(`${origin}/__storage/upload/${encodeURIComponent(cloudPath)}`, {
    method: 'PUT',
    body: new Uint8Array(PNG),
  });
  if (!response.ok) throw new Error(`photo upload failed: ${response.status}`);
  return `cloud://${envId}.local/${cloudPath}`;
}
