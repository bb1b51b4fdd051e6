import type { ActionName, ActionRequest, ApplicationReviewInput } from '../../types/actions';
import type { Application, ApplicationContent, ApplicationVersion } from '../../types/application';
import type { LedgerEntry } from '../../types/ledger';
import type { Invitation, Station } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { completeApplication, insertApplication, withStoredAttachments } from '../support/applications';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { storePhoto } from '../support/visits';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';

let api: LocalApi;
const rid = requestIds('applications');
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const SOCIETY_ADMIN = DEMO_USERS.societyAdmin;
const CITY_ADMIN = DEMO_USERS.cityAdmin;
const write = <A extends ActionName>(openid: string, action: A, data: ActionRequest<A>, requestId = rid()) =>
  api.call(openid, action, data, requestId);
const stored = async (id: string) =>
  (await api.cloudbase.store.find('applications', { _id: id }))[0] as unknown as Application;
const sentSince = (mark: number) =>
  api.cloudbase
    .openApiCalls()
    .slice(mark)
    .filter((call) => call.api === 'subscribeMessage.send')
    .map((call) => call.data as { touser: string; page: string; data: Record<string, { value: string }> });

async function draftWith(content: ApplicationContent): Promise<string> {
  const started = expectOk(await write(SOCIETY_ADMIN, 'applications.start', { societyId: 'soc-nonferrous' }));
  expectOk(await write(SOCIETY_ADMIN, 'applications.saveDraft', { applicationId: started.id, content }));
  return started.id;
}

function step(applicationId: string, change: Partial<ApplicationReviewInput>): ApplicationReviewInput {
  return { applicationId, step: 'document_review', opinion: '材料齐全，同意', attachments: [], ...change };
}

describe('a society drafts its 申报书', () => {
  it('starts a draft with the society block taken from the society record', async () => {
    const draft = expectOk(await write(SOCIETY_ADMIN, 'applications.start', { societyId: 'soc-nonferrous' }));
    expect(draft).toMatchObject({ status: 'draft', version: 0, commands: ['edit', 'submit'] });
    expect(draft.content.society).toMatchObject({ name: '中国有色金属学会', level: 'national' });
    expect(draft.content.phases.map((phase) => phase.phase)).toEqual([
      'preparation',
      'implementation',
      'summary',
      'evaluation',
    ]);
    expect(draft.problems.length).toBeGreaterThan(5);
  });

  it('saves whatever is typed so far and says what a submit would still refuse', async () => {
    const content = completeApplication();
    content.society.level = 'city';
    content.budget[0].amountFen = 9_000_000;
    const applicationId = await draftWith(content);
    const detail = expectOk(await api.call(SOCIETY_ADMIN, 'applications.get', { applicationId }));
    expect(detail.content.society.level).toBe('national');
    expect(detail.budgetTotalFen).toBe(11_000_000);
    expect(detail.problems.map((problem) => problem.code)).toEqual(['BUDGET_OVER_CAP']);
  });

  it('refuses a submit with every problem listed, and changes nothing', async () => {
    const content = await withStoredAttachments(api, completeApplication());
    content.agreement.end = '2028-12-30';
    content.staff = content.staff.map((member) => ({ ...member, isHead: false }));
    const applicationId = await draftWith(content);
    const before = await stored(applicationId);
    const result = await write(SOCIETY_ADMIN, 'applications.submit', { applicationId });
    expect(result).toMatchObject({ ok: false, code: 'AGREEMENT_TOO_SHORT' });
    expect(!result.ok && result.message).toContain('申报书有 2 处需要修改');
    expect(!result.ok && result.message).toContain('站长及工作人员：还没有指定站长');
    expect(await stored(applicationId)).toEqual(before);
    expect(await api.cloudbase.store.count('applicationVersions', { applicationId })).toBe(0);
  });

  it('refuses a party on the city’s list by name', async () => {
    const content = await withStoredAttachments(api, completeApplication());
    await api.cloudbase.store.insertMany('blacklist', [
      {
        _id: 'listed-host',
        name: content.host.legalRepresentative,
        code: '',
        kind: 'criminal',
        note: '',
        addedAt: new Date().toISOString(),
        addedBy: CITY_ADMIN,
      },
    ]);
    const applicationId = await draftWith(content);
    const result = await write(SOCIETY_ADMIN, 'applications.submit', { applicationId });
    expect(result).toMatchObject({ ok: false, code: 'PARTY_BLACKLISTED' });
    expect(!result.ok && result.message).toContain('需求单位法定代表人「陈刚」在涉黑涉恶名单中');
    await api.cloudbase.store.removeMany('blacklist', ['listed-host']);
  });

  it('keeps a draft from the city until it is submitted', async () => {
    const applicationId = await draftWith(completeApplication());
    expect(await api.call(CITY_ADMIN, 'applications.get', { applicationId })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const list = expectOk(await api.call(CITY_ADMIN, 'applications.list', { pageSize: 100 }));
    expect(list.items.some((item) => item.id === applicationId)).toBe(false);
  });
});

describe('from submission to a recognised station', () => {
  it('takes the application through send-back, resubmission and every step to the plaque', async () => {
    const content = await withStoredAttachments(api, completeApplication());
    const applicationId = await draftWith(content);

    let mark = api.cloudbase.openApiCalls().length;
    const first = expectOk(await write(SOCIETY_ADMIN, 'applications.submit', { applicationId }));
    expect(first).toMatchObject({ status: 'submitted', version: 1, commands: [] });
    expect(sentSince(mark).map((message) => message.touser)).toContain(CITY_ADMIN);

    expectOk(await write(CITY_ADMIN, 'applications.review', step(applicationId, {})));
    mark = api.cloudbase.openApiCalls().length;
    const returned = expectOk(
      await write(
        CITY_ADMIN,
        'applications.review',
        step(applicationId, { step: 'return', opinion: '经费测算依据不足' }),
      ),
    );
    expect(returned.status).toBe('returned');
    expect(sentSince(mark)).toEqual([
      expect.objectContaining({
        touser: SOCIETY_ADMIN,
        data: expect.objectContaining({ phrase2: { value: '已退回' } }),
      }),
    ]);

    const revised = { ...content, budget: [{ ...content.budget[0], basis: '10 人次 × 3000 元（往返机票及住宿）' }] };
    expectOk(await write(SOCIETY_ADMIN, 'applications.saveDraft', { applicationId, content: revised }));
    expect(expectOk(await write(SOCIETY_ADMIN, 'applications.submit', { applicationId })).version).toBe(2);
    const seen = expectOk(await api.call(CITY_ADMIN, 'applications.get', { applicationId }));
    expect(seen.commands).toEqual(['document_review', 'return', 'refuse']);
    expect(Object.keys(seen.fileUrls ?? {})).toEqual(content.attachments.map((file) => file.fileId));
    expect(seen.changes.map((change) => change.item)).toEqual([
      '第 1 行 测算依据',
      '第 2 行 经费类别',
      '第 2 行 支出内容',
      '第 2 行 金额',
      '第 2 行 测算依据',
    ]);
    const versions = await api.cloudbase.store.find('applicationVersions', { applicationId });
    expect((versions as unknown as ApplicationVersion[]).map((version) => version.version).sort()).toEqual([1, 2]);

    for (const next of ['document_review', 'inspection', 'meeting'] as const) {
      expectOk(await write(CITY_ADMIN, 'applications.review', step(applicationId, { step: next })));
    }
    const below = step(applicationId, {
      step: 'recognition',
      documentNumber: '筑科协发〔2026〕18 号',
      recognisedOn: '2026-12-01',
      subsidyFen: 8_000_000,
    });
    expect(await write(CITY_ADMIN, 'applications.review', below)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('须说明理由'),
    });
    mark = api.cloudbase.openApiCalls().length;
    const recognised = expectOk(
      await write(CITY_ADMIN, 'applications.review', { ...below, subsidyReason: '择优：首年服务需求较少' }),
    );
    expect(recognised).toMatchObject({ status: 'recognised', commands: ['plaque'] });
    expect(sentSince(mark).map((message) => message.data.phrase2.value)).toEqual(['已认定']);

    const [station] = (await api.cloudbase.store.find('stations', {
      _id: recognised.stationId,
    })) as unknown as Station[];
    expect(station).toMatchObject({
      name: content.stationName,
      societyId: 'soc-nonferrous',
      level: 'national',
      status: 'operating',
      industry: 'aluminium',
      location: content.host.location,
      cooperationStart: '2027-01-01',
      recognition: { documentNumber: '筑科协发〔2026〕18 号', recognisedOn: '2026-12-01', applicationId },
    });
    expect(station.plannedExperts).toHaveLength(10);
    const roster = expectOk(await api.call(CITY_ADMIN, 'roster.list', { stationId: station._id }));
    expect(roster.members).toEqual([]);
    expect(roster.plannedExperts).toHaveLength(10);
    expect(roster.plannedExperts[0]).toMatchObject({ name: '专家1', unit: '贵州大学', joined: false });
    const [invitation] = (await api.cloudbase.store.find('invitations', {
      _id: recognised.headInvitationCode,
    })) as unknown as Invitation[];
    expect(invitation).toMatchObject({ role: 'station_head', stationId: station._id, maxUses: 1 });
    const ledger = (await api.cloudbase.store.find('ledger', { stationId: station._id })) as unknown as LedgerEntry[];
    expect(ledger).toEqual([
      expect.objectContaining({ kind: 'grant', amountFen: 8_000_000, reason: '择优：首年服务需求较少' }),
    ]);
    const registry = expectOk(await api.call(CITY_ADMIN, 'stations.list', { pageSize: 100 }));
    expect(registry.items.map((item) => item.id)).toContain(station._id);
    const board = expectOk(await api.call(CITY_ADMIN, 'quotas.dashboard', { pageSize: 100 }));
    expect(board.items.find((row) => row.stationId === station._id)).toMatchObject({
      quota: { needsServed: 10, experts: 10, outOfProvinceExperts: 5 },
      figures: { needsServed: 0, experts: 0, outOfProvinceExperts: 0 },
    });

    const noPhoto = step(applicationId, { step: 'plaque', plaquedOn: '2026-12-08', opinion: '已挂牌' });
    expect(await write(CITY_ADMIN, 'applications.review', noPhoto)).toMatchObject({
      ok: false,
      message: expect.stringContaining('挂牌照片'),
    });
    const photo = await storePhoto(api, CITY_ADMIN, 'plaque.png');
    const plaqued = expectOk(
      await write(CITY_ADMIN, 'applications.review', {
        ...noPhoto,
        attachments: [{ fileId: photo, name: 'plaque.png', size: 100, kind: 'image' }],
      }),
    );
    expect(plaqued.status).toBe('plaqued');
    expect(plaqued.reviews.map((review) => review.step)).toEqual([
      'document_review',
      'returned',
      'document_review',
      'inspection',
      'meeting',
      'recognition',
      'plaque',
    ]);
    const read = expectOk(await api.call(SOCIETY_ADMIN, 'applications.get', { applicationId }));
    expect(read.fileUrls?.[photo]).toMatch(/plaque\.png$/);
    const [after] = (await api.cloudbase.store.find('stations', { _id: station._id })) as unknown as Station[];
    expect(after.recognition?.plaquedOn).toBe('2026-12-08');
  });

  it('skips no step and takes nothing after a refusal', async () => {
    const { _id: applicationId } = await insertApplication(api, 'submitted');
    expect(await write(CITY_ADMIN, 'applications.review', step(applicationId, { step: 'inspection' }))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '该申报当前为「待审核」，不能登记实地考察',
    });
    expectOk(
      await write(CITY_ADMIN, 'applications.review', step(applicationId, { step: 'refuse', opinion: '不符合条件' })),
    );
    expect(await write(CITY_ADMIN, 'applications.review', step(applicationId, {}))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(await write(SOCIETY_ADMIN, 'applications.submit', { applicationId })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });

  it('records one step when the same tap is sent twice, and one of two different taps at once', async () => {
    const { _id: applicationId } = await insertApplication(api, 'submitted');
    const requestId = rid();
    const [first, replay] = await Promise.all([
      write(CITY_ADMIN, 'applications.review', step(applicationId, {}), requestId),
      write(CITY_ADMIN, 'applications.review', step(applicationId, {}), requestId),
    ]);
    expect(first).toMatchObject({ ok: true });
    expect(replay.ok === false ? replay.code : 'ok').toMatch(/ok|REQUEST_IN_PROGRESS/);
    const results = await Promise.all([
      write(CITY_ADMIN, 'applications.review', step(applicationId, { step: 'inspection' })),
      write(CITY_ADMIN, 'applications.review', step(applicationId, { step: 'inspection' })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect((await stored(applicationId)).reviews).toHaveLength(2);
  });
});

describe('the printed 申报书', () => {
  it('renders the submitted version as a Word file named after the station, read back with its total in capitals', async () => {
    const { _id: applicationId, content } = await insertApplication(api, 'submitted');
    const file = expectOk(await api.call(CITY_ADMIN, 'applications.document', { applicationId }));
    expect(file).toMatchObject({
      kind: 'docx',
      name: expect.stringMatching(new RegExp(`^${content.stationName}申报书-第1版-\\d{4}-\\d{2}-\\d{2}\\.docx$`)),
    });
    const response = await fetch(file.url as string);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(text).toContain(content.stationName);
    expect(text).toContain('人民币大写：伍万元整');
    expect(await api.call(CITY_ADMIN, 'applications.document', { applicationId, version: 2 })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('exports the applications received and their states to Excel for the city admin, drafts left out', async () => {
    const draft = await insertApplication(api, 'draft');
    const refused = await insertApplication(api, 'refused');
    const file = expectOk(await api.call(CITY_ADMIN, 'applications.export', {}));
    expect(file).toMatchObject({ kind: 'xlsx', name: expect.stringMatching(/^建站申报情况-\d{4}-\d{2}-\d{2}\.xlsx$/) });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(file.url as string)).arrayBuffer()) as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('建站申报')!;
    const stationNames = sheet.getColumn(2).values.slice(3).map(String);
    expect(stationNames).toContain(refused.content.stationName);
    expect(stationNames).not.toContain(draft.content.stationName);
    const refusedRow = sheet
      .getRows(3, sheet.rowCount - 2)!
      .find((row) => row.getCell(2).value === refused.content.stationName)!;
    expect(refusedRow.getCell(9).value).toBe('未通过');
    expect(refusedRow.getCell(8).value).toBe(50_000);
    const onlyRefused = expectOk(await api.call(CITY_ADMIN, 'applications.export', { status: 'refused' }));
    expect(onlyRefused.name).toMatch(/^建站申报情况-未通过-/);
  });
});
