import type { NeedDetail, ServiceConfirmation } from '../../types/actions';
import type { RoleGrant } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { CONFIRMATION_STATEMENT } from '../../cloudfunctions/api/src/documents/serviceConfirmation';
import { localDateTime } from '../../cloudfunctions/api/src/domain/calendar';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { insertNeed, needInput } from '../support/needs';
import { checkOutReport, insertVisit, onSiteCheckIn } from '../support/visits';
import { readWord, tableStarting } from '../support/wordReadBack';

/**
 * The 技术服务确认单 through the built function: a need driven to resolved by its steps (accepted,
 * two experts' visits checked in and out, one rated, proposed, confirmed), its confirmation for the
 * people allowed and no one else, the Word file read back, and the reads it takes.
 */
const UNIT = DEMO_USERS.demandUnit;
const HEAD = DEMO_USERS.stationHead;
const EXPERT = DEMO_USERS.expert;
const SECOND_EXPERT = 'expert-02';
const OTHER_UNIT = 'unit-electronics';
const PROPOSAL = '除气工艺调整后铸锭气孔率降到 0.4%，已连续两周稳定。';
const CONFIRMATION = '车间复核无误，确认已解决。';
const HOUR = 3_600_000;
const rid = requestIds('confirmation');

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
  const grant: RoleGrant = {
    _id: 'grant-unit-electronics',
    openid: OTHER_UNIT,
    role: 'demand_unit',
    societyId: 'soc-electronics',
    stationId: 'st-electronics',
    grantedAt: new Date().toISOString(),
    grantedBy: 'head-electronics',
  };
  await api.cloudbase.store.insertMany('roles', [grant]);
});
afterAll(() => api.stop());

const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

/** A visit checked in and out through the actions, on site: confirmed at check-out. */
async function serve(openid: string, needId: string, from: number, to: number): Promise<string> {
  const visit = expectOk(await api.call(openid, 'visits.checkIn', onSiteCheckIn(needId, { at: ago(from) }), rid()));
  const report = { ...checkOutReport(visit.id, ago(to)), summary: `${openid} 现场调整除气转速与氩气流量` };
  expect(expectOk(await api.call(openid, 'visits.checkOut', report, rid()))).toMatchObject({ status: 'confirmed' });
  return visit.id;
}

describe('the service confirmation of a need', () => {
  let need: NeedDetail;
  let firstVisit: string;

  beforeAll(async () => {
    need = expectOk(await api.call(UNIT, 'needs.create', needInput({ title: '熔铸气孔问题（确认单测试）' }), rid()));
    expectOk(await api.call(HEAD, 'needs.accept', { needId: need.id, expertOpenids: [EXPERT, SECOND_EXPERT] }, rid()));
    firstVisit = await serve(EXPERT, need.id, 5, 3.5);
    await serve(SECOND_EXPERT, need.id, 3, 2);
    expectOk(
      await api.call(
        UNIT,
        'visits.rate',
        { visitId: firstVisit, responsiveness: 5, professionalism: 4, effect: 5, comment: '指导细致' },
        rid(),
      ),
    );
  });

  it('is refused until the unit confirms the need resolved, with a message saying why', async () => {
    expectOk(await api.call(HEAD, 'needs.proposeResolution', { needId: need.id, note: PROPOSAL }, rid()));
    const early = await api.call(UNIT, 'reports.serviceConfirmation', { needId: need.id });
    expect(early).toMatchObject({ ok: false, code: 'NEED_NOT_RESOLVED' });
    expect(!early.ok && early.message).toContain('确认已解决');
    expect(await api.call(UNIT, 'reports.serviceConfirmationDocument', { needId: need.id })).toMatchObject({
      ok: false,
      code: 'NEED_NOT_RESOLVED',
    });
    expect(expectOk(await api.call(UNIT, 'needs.get', { needId: need.id })).confirmation).toBe(false);

    const resolved = expectOk(await api.call(UNIT, 'needs.resolve', { needId: need.id, note: CONFIRMATION }, rid()));
    expect(resolved).toMatchObject({ status: 'resolved', confirmation: true });
  });

  it('lists the need, both visits, the experts, the outcome and the rating, for the unit as for the city', async () => {
    const confirmation = expectOk(await api.call(UNIT, 'reports.serviceConfirmation', { needId: need.id }));
    expect(confirmation).toMatchObject({
      needId: need.id,
      title: '熔铸气孔问题（确认单测试）',
      status: 'resolved',
      stationName: '中国有色金属学会产业科技服务工作站（华铝新材料）',
      societyName: '中国有色金属学会',
      demandUnitName: '贵州华铝新材料有限公司',
      submittedByName: '刘洋',
      stationHeadName: '张伟',
      outcome: { proposal: PROPOSAL, proposedByName: '张伟', confirmation: CONFIRMATION, confirmedByName: '刘洋' },
      totalMinutes: 150,
      evaluation: null,
    });
    expect(
      confirmation.visits.map((v) => [v.expertName, v.durationMinutes, v.rating?.professionalism ?? null]),
    ).toEqual([
      ['陈静', 90, 4],
      ['周涛', 60, null],
    ]);
    expect(confirmation.experts.map((e) => [e.name, e.workUnit, e.title, e.visits])).toEqual([
      ['陈静', expect.any(String), expect.any(String), 1],
      ['周涛', '北京科技大学', '研究员', 1],
    ]);
    expect(confirmation.visits[0].rating).toMatchObject({ comment: '指导细致', byName: '刘洋' });

    for (const reader of [HEAD, 'staff-aluminium', DEMO_USERS.societyAdmin, DEMO_USERS.cityAdmin]) {
      expect(expectOk(await api.call(reader, 'reports.serviceConfirmation', { needId: need.id }))).toEqual(
        confirmation,
      );
    }
  });

  it('is refused to a unit of another station, to the head of another society and to the experts it rates', async () => {
    for (const stranger of [OTHER_UNIT, 'head-seed', EXPERT]) {
      expect(await api.call(stranger, 'reports.serviceConfirmation', { needId: need.id })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await api.call(stranger, 'reports.serviceConfirmationDocument', { needId: need.id })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(expectOk(await api.call(EXPERT, 'needs.get', { needId: need.id })).confirmation).toBe(false);
  });

  it('prints the Word file with the need, each visit, the experts, the outcome and the blocks to sign', async () => {
    const confirmation: ServiceConfirmation = expectOk(
      await api.call(UNIT, 'reports.serviceConfirmation', { needId: need.id }),
    );
    const file = expectOk(await api.call(UNIT, 'reports.serviceConfirmationDocument', { needId: need.id }));
    expect(file).toMatchObject({ kind: 'docx' });
    expect(file.name).toMatch(/^熔铸气孔问题（确认单测试）-技术服务确认单-\d{4}-\d{2}-\d{2}\.docx$/);
    const response = await fetch(file.url as string);
    expect(response.status).toBe(200);
    const word = await readWord(Buffer.from(await response.arrayBuffer()));

    expect(word.lines).toContain('技术服务确认单');
    expect(word.tables[0][0]).toEqual(['需求名称', confirmation.title]);
    const visits = tableStarting(word.tables, '序号');
    expect(visits).toHaveLength(1 + confirmation.visits.length);
    confirmation.visits.forEach((visit, index) => {
      const row = visits[index + 1];
      expect(row[0]).toBe(String(index + 1));
      expect(row[1]).toContain(localDateTime(visit.checkInAt));
      expect(row[2]).toBe(visit.expertName);
      expect(row[4]).toBe(String(visit.durationMinutes));
      expect(row[5]).toContain(visit.summary);
    });
    const experts = word.tables.find((table) => table[0].includes('工作单位'))!;
    expect(experts.slice(1).map((row) => row[1])).toEqual(['陈静', '周涛']);
    expect(word.text).toContain(PROPOSAL);
    expect(word.text).toContain(CONFIRMATION);
    expect(word.text).toContain(CONFIRMATION_STATEMENT);
    for (const line of ['经办人（签字）：', '单位（盖章）：', '站长（签字）：', '工作站（盖章）：']) {
      expect(word.text).toContain(line);
    }
  });

  it('takes the same reads however many visits served the need', async () => {
    const requestsFor = async () => {
      api.cloudbase.resetStats();
      expectOk(await api.call(UNIT, 'reports.serviceConfirmation', { needId: need.id }));
      return api.cloudbase.stats().requests;
    };
    const before = await requestsFor();
    for (let i = 0; i < 40; i++) {
      const at = new Date(Date.now() - (100 + i) * 24 * HOUR).toISOString();
      await insertVisit(api, 'confirmed', need.id, { checkIn: { at }, durationMinutes: 30 });
    }
    expect(await requestsFor()).toBe(before);
    // the need, the caller's roles, then station, society and visits at once, then the people named
    expect(before).toBe(6);
  });

  it('carries the unit’s closing evaluation once it closes the need', async () => {
    expectOk(await api.call(UNIT, 'needs.evaluate', { needId: need.id, rating: 5, comment: '非常满意' }, rid()));
    const closed = expectOk(await api.call(UNIT, 'reports.serviceConfirmation', { needId: need.id }));
    expect(closed).toMatchObject({ status: 'closed', evaluation: { rating: 5, comment: '非常满意', byName: '刘洋' } });
  });

  it('is refused for a need still in service, and for a need that does not exist', async () => {
    const serving = await insertNeed(api, 'in_service');
    expect(await api.call(HEAD, 'reports.serviceConfirmation', { needId: serving._id })).toMatchObject({
      ok: false,
      code: 'NEED_NOT_RESOLVED',
    });
    expect(await api.call(UNIT, 'reports.serviceConfirmation', { needId: 'no-such-need' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
