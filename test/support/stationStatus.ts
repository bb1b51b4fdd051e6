import type { Attachment, Station, StationClosure } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import type { LocalApi } from './localApi';
import { PNG } from './images';

let counter = 0;

/** A scanned paper (an image) uploaded by `openid` into their own `stations/` folder, as the forms do. */
export async function storeStationPaper(api: LocalApi, openid: string, name = 'paper.png'): Promise<Attachment> {
  const cloudPath = `stations/${openid}/${++counter}-${name}`;
  const { origin, envId } = api.cloudbase;
  const response = await fetch(`${origin}/__storage/upload/${encodeURIComponent(cloudPath)}`, {
    method: 'PUT',
    body: new Uint8Array(PNG),
  });
  if (!response.ok) throw new Error(`paper upload failed: ${response.status}`);
  return { fileId: `cloud://${envId}.local/${cloudPath}`, name, size: PNG.length, kind: 'image' };
}

/** A station of the aluminium station's society (soc-nonferrous), written straight to the database. */
export async function insertStatusStation(api: LocalApi, fields: Partial<Station> = {}): Promise<Station> {
  const id = `st-status-${++counter}-${Date.now().toString(36)}`;
  const station: Station = {
    _id: id,
    name: `状态测试工作站${id}`,
    societyId: 'soc-nonferrous',
    societyName: '中国有色金属学会',
    level: 'national',
    industry: 'aluminium',
    demandUnit: { name: '贵州华铝新材料有限公司', type: 'enterprise', address: '贵阳市白云区铝城大道 88 号' },
    location: { latitude: 26.6785, longitude: 106.6328 },
    radiusM: 500,
    cooperationStart: '2025-03-01',
    cooperationEnd: '2028-02-29',
    headOpenid: '',
    status: 'operating',
    createdAt: '2025-03-01T02:00:00.000Z',
    ...fields,
  };
  await api.cloudbase.store.insertMany('stations', [station]);
  return station;
}

/** A station with the society's request to withdraw it, waiting for the city. */
export async function insertPendingClosure(
  api: LocalApi,
  fields: Partial<StationClosure> = {},
): Promise<{ station: Station; closureId: string }> {
  const closureId = `closure-${++counter}-${Date.now().toString(36)}`;
  const station = await insertStatusStation(api, { pendingClosureId: closureId });
  const paper = await storeStationPaper(api, DEMO_USERS.societyAdmin, 'request.png');
  const closure: StationClosure = {
    _id: closureId,
    stationId: station._id,
    societyId: station.societyId,
    stationName: station.name,
    kind: 'withdraw',
    reason: '需求单位停产，工作站无法继续运行',
    attachments: [paper],
    requestedBy: DEMO_USERS.societyAdmin,
    requestedByName: '李学会',
    requestedAt: new Date().toISOString(),
    status: 'pending',
    ...fields,
  };
  await api.cloudbase.store.insertMany('stationClosures', [closure]);
  return { station, closureId };
}
