import type { ActionName, MakeUpInput } from '../../types/actions';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { insertNeed, needInput } from '../support/needs';
import { ALUMINIUM_LOCATION, checkOutReport, insertVisit, onSiteCheckIn, storePhoto } from '../support/visits';

/**
 * The news a station's people wait for, through the local runtime's record of open-API calls:
 * the head and staff hear of a need submitted and of a visit waiting for their review, the
 * demand unit of a need proposed resolved. Each once per event, never to the person who acted,
 * and nothing more when the same request comes again.
 */
const HEAD = DEMO_USERS.stationHead;
const STAFF = 'staff-aluminium';
const UNIT = DEMO_USERS.demandUnit;
const EXPERT = DEMO_USERS.expert;
const STATION_ALERT = 'demo-template-station-alert';
const NEED_DECIDED = 'demo-template-need-decided';
const NEED_PAGE = 'packages/needs/pages/detail/index';
const VISIT_PAGE = 'packages/visits/pages/detail/index';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const rid = requestIds('notifications');

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

type Sent = { touser: string; template_id: string; page: string; data: Record<string, { value: string }> };
const mark = () => api.cloudbase.openApiCalls().length;
const sentSince = (from: number) =>
  api.cloudbase
    .openApiCalls()
    .slice(from)
    .filter((call) => call.api === 'subscribeMessage.send')
    .map((call) => call.data as Sent);
/** Who was sent what, sorted, for one comparison. */
const deliveries = (sent: Sent[]) =>
  sent
    .map(({ touser, template_id, page }) => ({ touser, template_id, page }))
    .sort((a, b) => (a.touser < b.touser ? -1 : 1));

/** Calls once, then again with the same request id: the replay is answered from the record. */
async function twice(openid: string, action: ActionName, data: object) {
  const requestId = rid();
  const first = expectOk(await api.call(openid, action, data, requestId)) as { id: string };
  const afterFirst = mark();
  expectOk(await api.call(openid, action, data, requestId));
  expect(sentSince(afterFirst)).toEqual([]);
  return first;
}

describe('a need submitted to the station', () => {
  it('tells the head and the staff once, opening the need', async () => {
    const from = mark();
    const need = await twice(UNIT, 'needs.create', needInput({ title: '铝液除气工艺诊断' }));
    const sent = sentSince(from);
    const page = `${NEED_PAGE}?needId=${need.id}`;
    expect(deliveries(sent)).toEqual([
      { touser: HEAD, template_id: STATION_ALERT, page },
      { touser: STAFF, template_id: STATION_ALERT, page },
    ]);
    expect(sent[0].data).toMatchObject({ phrase2: { value: '新需求' }, thing3: { value: '待受理：铝液除气工艺诊断' } });
  });

  it('does not tell the staff member who recorded it for the unit', async () => {
    const from = mark();
    const need = await twice(STAFF, 'needs.create', needInput());
    expect(deliveries(sentSince(from))).toEqual([
      { touser: HEAD, template_id: STATION_ALERT, page: `${NEED_PAGE}?needId=${need.id}` },
    ]);
  });
});

describe('a visit waiting for review', () => {
  const reviewers = (visitId: string) =>
    [HEAD, STAFF].map((touser) => ({ touser, template_id: STATION_ALERT, page: `${VISIT_PAGE}?visitId=${visitId}` }));

  it('tells the head and the staff of an off-site visit once it is checked out, not the expert', async () => {
    const need = await insertNeed(api, 'accepted');
    const photo = await storePhoto(api, EXPERT, 'notify-off-site.png');
    const checkIn = onSiteCheckIn(need._id, {
      location: { latitude: ALUMINIUM_LOCATION.latitude + 3000 / 111_195, longitude: ALUMINIUM_LOCATION.longitude },
      offSiteReason: '在县里的分厂现场服务',
      photos: [photo],
    });
    const from = mark();
    const opened = expectOk(await api.call(EXPERT, 'visits.checkIn', checkIn, rid()));
    expect(sentSince(from)).toEqual([]);
    const visit = await twice(EXPERT, 'visits.checkOut', checkOutReport(opened.id, new Date().toISOString()));
    const sent = sentSince(from);
    expect(deliveries(sent)).toEqual(reviewers(visit.id));
    expect(sent[0].data).toMatchObject({ phrase2: { value: '待审核' }, thing3: { value: '陈静的异地服务记录' } });
  });

  it('tells them of a 补卡', async () => {
    const need = await insertNeed(api, 'accepted');
    const start = ago(3 * DAY);
    const input: MakeUpInput = {
      needId: need._id,
      serviceType: 'consulting',
      start,
      end: new Date(Date.parse(start) + 2 * HOUR).toISOString(),
      summary: '现场检查熔铸车间 2 号炉，调整除气工艺参数',
      outcomes: '气孔缺陷减少',
      reason: '到站时手机没电，未能签到',
      photos: [await storePhoto(api, EXPERT, 'notify-make-up.png')],
      attachments: [],
    };
    const from = mark();
    const visit = await twice(EXPERT, 'visits.makeUp', input);
    const sent = sentSince(from);
    expect(deliveries(sent)).toEqual(reviewers(visit.id));
    expect(sent[0].data.thing3).toEqual({ value: '陈静的补卡记录' });
  });

  it('tells them of a correction, opening the corrected record', async () => {
    const need = await insertNeed(api, 'accepted');
    const incomplete = await insertVisit(api, 'incomplete', need._id, { checkIn: { at: ago(5 * DAY) } });
    const from = mark();
    const correction = await twice(
      EXPERT,
      'visits.correct',
      checkOutReport(incomplete._id, new Date(Date.parse(incomplete.checkIn.at) + 2 * HOUR).toISOString()),
    );
    expect(correction.id).not.toBe(incomplete._id);
    const sent = sentSince(from);
    expect(deliveries(sent)).toEqual(reviewers(correction.id));
    expect(sent[0].data.thing3).toEqual({ value: '陈静的超时补录记录' });
  });

  it('tells nobody of an on-site visit, which needs no review', async () => {
    const need = await insertNeed(api, 'accepted');
    const opened = expectOk(await api.call(EXPERT, 'visits.checkIn', onSiteCheckIn(need._id), rid()));
    const from = mark();
    expectOk(await api.call(EXPERT, 'visits.checkOut', checkOutReport(opened.id, new Date().toISOString()), rid()));
    expect(sentSince(from).filter((message) => message.template_id === STATION_ALERT)).toEqual([]);
  });
});

describe('a need the head proposes resolved', () => {
  it('tells the demand unit once, opening the need to confirm it', async () => {
    const need = await insertNeed(api, 'in_service');
    const from = mark();
    await twice(HEAD, 'needs.proposeResolution', { needId: need._id, note: '方案已落地' });
    const sent = sentSince(from);
    expect(deliveries(sent)).toEqual([
      { touser: UNIT, template_id: NEED_DECIDED, page: `${NEED_PAGE}?needId=${need._id}` },
    ]);
    expect(sent[0].data).toMatchObject({ thing1: { value: need.title }, phrase2: { value: '待确认' } });
  });
});

describe('only to people who subscribed', () => {
  /** Whom WeChat delivered to (errcode 0) and whom it refused (43101), since `from`. */
  const outcomes = (from: number) =>
    api.cloudbase
      .openApiCalls()
      .slice(from)
      .filter((call) => call.api === 'subscribeMessage.send')
      .map((call) => `${(call.data as Sent).touser}:${call.errcode}`)
      .sort();

  it('reaches the head who allowed the message once, not the staff who did not, and the action stands', async () => {
    api.cloudbase.acceptSubscription(HEAD, STATION_ALERT);
    const from = mark();
    const need = expectOk(await api.call(UNIT, 'needs.create', needInput({ title: '压铸模具寿命评估' }), rid()));
    expect(outcomes(from)).toEqual([`${HEAD}:0`, `${STAFF}:43101`]);
    expect(await api.cloudbase.store.count('needs', { _id: need.id })).toBe(1);

    const next = mark();
    expectOk(await api.call(UNIT, 'needs.create', needInput({ title: '熔铸车间节能诊断' }), rid()));
    expect(outcomes(next)).toEqual([`${HEAD}:43101`, `${STAFF}:43101`]);
  });
});
