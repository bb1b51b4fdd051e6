import type { ActionName, ActionRequest } from '../../types/actions';
import type { Application, ApplicationContent } from '../../types/application';
import { DEMO_USERS } from '../../local/demo/people';
import { completeApplication, insertApplication, withStoredAttachments } from '../support/applications';
import { blacklistWorkbook, storeSheet } from '../support/blacklist';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';

let api: LocalApi;
const rid = requestIds('blacklist');
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const CITY_ADMIN = DEMO_USERS.cityAdmin;
const SOCIETY_ADMIN = DEMO_USERS.societyAdmin;
const write = <A extends ActionName>(openid: string, action: A, data: ActionRequest<A>, requestId = rid()) =>
  api.call(openid, action, data, requestId);
const listed = (query: object = {}) => api.cloudbase.store.find('blacklist', query);
const entry = (name: string, code = '', kind: 'dishonest' | 'criminal' = 'dishonest') => ({
  name,
  code,
  kind,
  note: '',
});

let people = 0;
/** An application of its own: its host's legal representative is a name no other test lists. */
async function contentWithRepresentative(): Promise<{ content: ApplicationContent; representative: string }> {
  const representative = `法人代表${++people}`;
  const content = await withStoredAttachments(api, completeApplication());
  content.host.legalRepresentative = representative;
  return { content, representative };
}

async function draftWith(content: ApplicationContent): Promise<string> {
  const started = expectOk(await write(SOCIETY_ADMIN, 'applications.start', { societyId: 'soc-nonferrous' }));
  expectOk(await write(SOCIETY_ADMIN, 'applications.saveDraft', { applicationId: started.id, content }));
  return started.id;
}

describe('the city keeps its list', () => {
  it('adds an entry, finds it by the start of its name or code, and removes it with a reason kept on record', async () => {
    const added = expectOk(
      await write(CITY_ADMIN, 'blacklist.add', {
        name: '贵州某某建材有限公司',
        code: '91520100ma6dkxj77q',
        kind: 'dishonest',
        note: '2025 年列入失信被执行人',
      }),
    );
    expect(added.entry).toMatchObject({ name: '贵州某某建材有限公司', code: '91520100MA6DKXJ77Q', kind: 'dishonest' });
    expect(added.hits).toEqual([]);

    const byName = expectOk(await api.call(CITY_ADMIN, 'blacklist.list', { search: '贵州某某' }));
    expect(byName.items.map((item) => item.id)).toEqual([added.entry.id]);
    const byCode = expectOk(await api.call(CITY_ADMIN, 'blacklist.list', { search: '91520100ma6dkxj7' }));
    expect(byCode.items.map((item) => item.id)).toEqual([added.entry.id]);
    const inside = expectOk(await api.call(CITY_ADMIN, 'blacklist.list', { search: '某某建材' }));
    expect(inside.items).toEqual([]);

    const removed = expectOk(
      await write(CITY_ADMIN, 'blacklist.remove', { entryId: added.entry.id, reason: '已履行判决，信用修复' }),
    );
    expect(removed).toMatchObject({ removalReason: '已履行判决，信用修复', removedAt: expect.any(String) });
    const active = expectOk(await api.call(CITY_ADMIN, 'blacklist.list', { search: '贵州某某' }));
    expect(active.items).toEqual([]);
    const gone = expectOk(await api.call(CITY_ADMIN, 'blacklist.list', { search: '贵州某某', removed: true }));
    expect(gone.items.map((item) => item.id)).toEqual([added.entry.id]);
    expect(await listed({ _id: added.entry.id })).toEqual([
      expect.objectContaining({ removedBy: CITY_ADMIN, removalReason: '已履行判决，信用修复' }),
    ]);
    expect(await api.cloudbase.store.count('audit', { subject: added.entry.id })).toBe(2);

    const again = await write(CITY_ADMIN, 'blacklist.remove', { entryId: added.entry.id, reason: '重复操作一次' });
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' });
    // Taken off, the same unit may be listed again.
    expectOk(await write(CITY_ADMIN, 'blacklist.add', entry('贵州某某建材有限公司', '91520100MA6DKXJ77Q')));
  });

  it('refuses the same party twice: by code, or by name where neither has a code', async () => {
    expectOk(await write(CITY_ADMIN, 'blacklist.add', entry('王某某', '520102199001011234', 'criminal')));
    expectOk(await write(CITY_ADMIN, 'blacklist.add', entry('赵某某')));
    const before = await listed();
    expect(await write(CITY_ADMIN, 'blacklist.add', entry('王某', '520102199001011234'))).toMatchObject({
      ok: false,
      code: 'BLACKLIST_DUPLICATE',
    });
    expect(await write(CITY_ADMIN, 'blacklist.add', entry('赵某某'))).toMatchObject({
      ok: false,
      code: 'BLACKLIST_DUPLICATE',
    });
    expect(await listed()).toEqual(before);
    // A name alone is a different entry from the same name with a code.
    expectOk(await write(CITY_ADMIN, 'blacklist.add', entry('王某某')));
  });

  it('writes nothing for bad input, and once for a replayed request id', async () => {
    const before = await listed();
    const bad = [
      entry('某公司', 'ABC'),
      entry('某', ''),
      { ...entry('某公司'), kind: 'other' as 'dishonest' },
      { ...entry('某公司'), note: '注'.repeat(201) },
    ];
    for (const input of bad) {
      expect(await write(CITY_ADMIN, 'blacklist.add', input)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
    expect(await write(CITY_ADMIN, 'blacklist.remove', { entryId: 'nothing-here', reason: '移出' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await listed()).toEqual(before);

    const requestId = rid();
    const first = expectOk(await write(CITY_ADMIN, 'blacklist.add', entry('钱某某'), requestId));
    const second = expectOk(await write(CITY_ADMIN, 'blacklist.add', entry('钱某某'), requestId));
    expect(second).toEqual(first);
    expect(await listed({ name: '钱某某' })).toHaveLength(1);
    expect(await api.cloudbase.store.count('audit', { action: 'blacklist.add', subject: first.entry.id })).toBe(1);
  });

  it('is the city admin’s alone', async () => {
    expect(await api.call(SOCIETY_ADMIN, 'blacklist.list', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await write(SOCIETY_ADMIN, 'blacklist.add', entry('孙某某'))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('what a new entry hits', () => {
  it('finds the undecided applications naming the party, and refuses their submit until it is removed', async () => {
    const submitted = await contentWithRepresentative();
    const submittedId = await draftWith(submitted.content);
    expectOk(await write(SOCIETY_ADMIN, 'applications.submit', { applicationId: submittedId }));
    expect(
      ((await api.cloudbase.store.find('applications', { _id: submittedId }))[0] as unknown as Application).partyKeys,
    ).toEqual(expect.arrayContaining([`n:${submitted.representative}`, 'c:91520100MA6DKXJ21Q']));
    const draftId = await draftWith({
      ...submitted.content,
      host: { ...submitted.content.host, legalRepresentative: submitted.representative },
    });
    // Decided already: the list no longer concerns it.
    await insertApplication(api, 'recognised', { partyKeys: [`n:${submitted.representative}`] });

    const added = expectOk(await write(CITY_ADMIN, 'blacklist.add', entry(submitted.representative, '', 'criminal')));
    expect(added.hits.map((hit) => hit.applicationId).sort()).toEqual([draftId, submittedId].sort());
    expect(added.hits.find((hit) => hit.applicationId === submittedId)).toEqual({
      applicationId: submittedId,
      stationName: submitted.content.stationName,
      societyName: '中国有色金属学会',
      status: 'submitted',
      parties: [`需求单位法定代表人「${submitted.representative}」`],
    });

    const refused = await write(SOCIETY_ADMIN, 'applications.submit', { applicationId: draftId });
    expect(refused).toMatchObject({ ok: false, code: 'PARTY_BLACKLISTED' });
    expectOk(
      await write(CITY_ADMIN, 'blacklist.remove', { entryId: added.entry.id, reason: '同名误列，经核实非本人' }),
    );
    expect(await write(SOCIETY_ADMIN, 'applications.submit', { applicationId: draftId })).toMatchObject({
      ok: true,
      data: { status: 'submitted' },
    });
  });

  it('does not hit a party whose code differs, though the name is the same', async () => {
    const { content } = await contentWithRepresentative();
    content.host.name = '贵州同名铝业有限公司';
    await draftWith(content);
    const added = expectOk(
      await write(CITY_ADMIN, 'blacklist.add', entry('贵州同名铝业有限公司', '91520100MA6DKXJ55Q')),
    );
    expect(added.hits).toEqual([]);
  });
});

describe('importing the list from Excel', () => {
  it('adds each readable row, reports the others by row number, and lists the applications hit', async () => {
    const { content, representative } = await contentWithRepresentative();
    const applicationId = await draftWith(content);
    const bytes = await blacklistWorkbook([
      ['贵州某甲化工有限公司', '91520100MA6DKXJ31Q', '失信', '法院公布'],
      ['某乙', '5201021990', '涉黑涉恶', ''],
      [representative, '', '涉黑涉恶', '公安通报'],
      ['贵州某甲化工有限公司（分公司）', '91520100MA6DKXJ31Q', '失信', ''],
      ['赵某某', null, '失信', ''],
      ['某丙公司', null, '黑名单', ''],
    ]);
    const fileId = await storeSheet(api, CITY_ADMIN, bytes);
    const result = expectOk(await write(CITY_ADMIN, 'blacklist.import', { fileId }));
    expect(result.added).toBe(2);
    expect(result.skipped).toEqual([
      { row: 3, reason: '「5201021990」不是 18 位统一社会信用代码或身份证号' },
      { row: 5, reason: '与第 2 行重复' },
      { row: 6, reason: '「赵某某」已在名单中' },
      { row: 7, reason: '类别「黑名单」应为「失信」或「涉黑涉恶」' },
    ]);
    expect(result.hits.map((hit) => hit.applicationId)).toEqual([applicationId]);
    expect(await listed({ name: representative })).toEqual([
      expect.objectContaining({ kind: 'criminal', note: '公安通报', addedBy: CITY_ADMIN }),
    ]);
    expect(await api.cloudbase.store.count('audit', { action: 'blacklist.import', subject: fileId })).toBe(1);
  });

  it('refuses a file that is not a workbook, or not the caller’s own, and writes nothing', async () => {
    const before = await listed();
    const text = await storeSheet(api, CITY_ADMIN, Buffer.from('名称,类别\n某公司,失信\n'), 'list.csv');
    expect(await write(CITY_ADMIN, 'blacklist.import', { fileId: text })).toMatchObject({
      ok: false,
      code: 'BLACKLIST_SHEET_INVALID',
    });
    const noColumns = await storeSheet(api, CITY_ADMIN, await blacklistWorkbook([]));
    expect(await write(CITY_ADMIN, 'blacklist.import', { fileId: noColumns })).toMatchObject({
      ok: false,
      code: 'BLACKLIST_SHEET_INVALID',
    });
    const others = await storeSheet(api, SOCIETY_ADMIN, await blacklistWorkbook([['某公司', null, '失信', '']]));
    expect(await write(CITY_ADMIN, 'blacklist.import', { fileId: others })).toMatchObject({
      ok: false,
      code: 'ATTACHMENT_INVALID',
    });
    const missing = others.replace('.xlsx', '-missing.xlsx').replace(SOCIETY_ADMIN, CITY_ADMIN);
    expect(await write(CITY_ADMIN, 'blacklist.import', { fileId: missing })).toMatchObject({
      ok: false,
      code: 'ATTACHMENT_INVALID',
    });
    expect(await listed()).toEqual(before);
  });

  it('imports once for a replayed request id', async () => {
    const fileId = await storeSheet(api, CITY_ADMIN, await blacklistWorkbook([['周某某', null, '失信', '']]));
    const requestId = rid();
    const first = expectOk(await write(CITY_ADMIN, 'blacklist.import', { fileId }, requestId));
    expect(expectOk(await write(CITY_ADMIN, 'blacklist.import', { fileId }, requestId))).toEqual(first);
    expect(await listed({ name: '周某某' })).toHaveLength(1);
  });
});
