import ExcelJS from 'exceljs';
import type { ActionRequest, AuditEntryView } from '../../types/actions';
import { AUDIT_EXPORT_MAX_ROWS } from '../../types/catalogue/audit';
import type { AuditEntry } from '../../types/domain';
import { calendarMoment, localDateTime } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';

let api: LocalApi;
const rid = requestIds('audit');
const CITY = DEMO_USERS.cityAdmin;
const SOCIETY_ADMIN = DEMO_USERS.societyAdmin;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const list = async (openid: string, filter: ActionRequest<'audit.list'>) =>
  expectOk(await api.call(openid, 'audit.list', filter));

async function stationEdit(stationId: string, change: Partial<ActionRequest<'stations.update'>>) {
  const station = expectOk(await api.call(CITY, 'stations.get', { stationId }));
  const { name, demandUnit, industry, location, radiusM, cooperationStart, cooperationEnd } = station;
  return { stationId, name, demandUnit, industry, location, radiusM, cooperationStart, cooperationEnd, ...change };
}

describe('edits write what they changed, before and after', () => {
  it('a station edit by the city: each changed field, nothing else', async () => {
    const input = await stationEdit('st-electronics', {
      radiusM: 800,
      demandUnit: { name: '贵阳电子信息产业园', type: 'college', address: '贵阳市观山湖区金阳南路 6 号' },
    });
    const before = expectOk(await api.call(CITY, 'stations.get', { stationId: 'st-electronics' }));
    expectOk(await api.call(CITY, 'stations.update', input, rid()));
    const [entry] = (await list(CITY, { stationId: 'st-electronics', action: 'station.update' })).items;
    expect(entry).toMatchObject({
      actor: CITY,
      actorName: '王敏',
      actionLabel: '修改工作站信息',
      stationName: before.name,
      societyId: 'soc-electronics',
    });
    // In the catalogue's order; the name, industry, place and dates were sent as they were.
    expect(entry.changes.map((line) => line.field)).toEqual(['radiusM', 'demandUnit.name', 'demandUnit.address']);
    expect(entry.changes.find((line) => line.field === 'radiusM')).toEqual({
      field: 'radiusM',
      label: '签到半径',
      before: `${before.radiusM} 米`,
      after: '800 米',
    });
    const [stored] = await api.cloudbase.store.find('audit', { action: 'station.update', stationId: 'st-electronics' });
    expect(stored.before).toMatchObject({ radiusM: before.radiusM });
    expect(stored.after).toMatchObject({ radiusM: 800, 'demandUnit.address': '贵阳市观山湖区金阳南路 6 号' });
  });

  it('a suspension: the station status, from 运行中 to 已暂停', async () => {
    expectOk(
      await api.call(CITY, 'stations.suspend', { stationId: 'st-electronics', reason: '审计测试：暂停整改' }, rid()),
    );
    const [entry] = (await list(CITY, { stationId: 'st-electronics', action: 'station.suspend' })).items;
    expect(entry.changes).toEqual([{ field: 'stationStatus', label: '工作站状态', before: '运行中', after: '已暂停' }]);
    expectOk(
      await api.call(CITY, 'stations.resume', { stationId: 'st-electronics', reason: '审计测试：整改完成' }, rid()),
    );
  });

  it('a society record: the fields changed, the bank account only by its last four digits', async () => {
    const society = expectOk(await api.call(SOCIETY_ADMIN, 'societies.get', { societyId: 'soc-nonferrous' }));
    const details = { ...society.details, bankAccount: '6222 0200 1234 5678', headName: '审计测试人' };
    expectOk(
      await api.call(
        SOCIETY_ADMIN,
        'societies.update',
        {
          societyId: society.id,
          supervisor: society.supervisor,
          contactName: society.contactName,
          contactPhone: society.contactPhone,
          details,
        },
        rid(),
      ),
    );
    const [entry] = (await list(SOCIETY_ADMIN, { action: 'society.update' })).items;
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'headName', label: '负责人', before: society.details.headName || '（无）', after: '审计测试人' },
        expect.objectContaining({ field: 'bankAccount', after: '****5678' }),
      ]),
    );
    const stored = await api.cloudbase.store.find('audit', { action: 'society.update', societyId: society.id });
    expect(JSON.stringify(stored)).not.toContain('6222 0200 1234 5678');
  });
});

describe('who sees which entries', () => {
  beforeAll(async () => {
    const name = (await stationEdit('st-aluminium', {})).name;
    expectOk(
      await api.call(
        SOCIETY_ADMIN,
        'stations.update',
        await stationEdit('st-aluminium', { name: `${name}（审计）` }),
        rid(),
      ),
    );
  });

  it('the society admin sees their own society’s entries only, the city-wide ones not', async () => {
    const own = await list(SOCIETY_ADMIN, { pageSize: 100 });
    expect(own.total).toBeGreaterThan(0);
    expect(new Set(own.items.map((entry) => entry.societyId))).toEqual(new Set(['soc-nonferrous']));
    const [renamed] = (await list(SOCIETY_ADMIN, { stationId: 'st-aluminium', action: 'station.update' })).items;
    expect(renamed.changes).toEqual([expect.objectContaining({ field: 'name', label: '名称' })]);
    expect(renamed.changes[0].after).toMatch(/（审计）$/);
  });

  it.each([
    ['another society', { societyId: 'soc-electronics' }],
    ['another society’s station', { stationId: 'st-electronics' }],
  ])('refuses the society admin %s, and the export too', async (_label, filter) => {
    const listed = await api.call(SOCIETY_ADMIN, 'audit.list', filter);
    expect(listed).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const exported = await api.call(SOCIETY_ADMIN, 'audit.export', filter);
    expect(exported).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses everyone at a station', async () => {
    for (const openid of [DEMO_USERS.stationHead, DEMO_USERS.expert, DEMO_USERS.demandUnit]) {
      expect(await api.call(openid, 'audit.list', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('the city admin sees every society’s', async () => {
    const all = await list(CITY, { pageSize: 100 });
    const societies = new Set(all.items.map((entry) => entry.societyId));
    expect([...societies]).toEqual(expect.arrayContaining(['soc-nonferrous', 'soc-electronics']));
  });
});

describe('filters and paging', () => {
  const ACTOR = 'audit-filter-actor';
  const entry = (n: number, at: string, action: AuditEntry['action'] = 'blacklist.add'): AuditEntry => ({
    _id: `audit-filter-${n}`,
    at,
    actor: ACTOR,
    action,
    role: 'city_admin',
    detail: `第 ${n} 条`,
  });
  beforeAll(async () => {
    await api.cloudbase.store.insertMany('audit', [
      entry(1, '2025-03-01T15:59:00.000Z'), // 2025-03-01 23:59 in Guiyang
      entry(2, '2025-03-01T16:00:00.000Z'), // 2025-03-02 00:00
      entry(3, '2025-03-03T04:00:00.000Z', 'blacklist.remove'),
      entry(4, '2025-03-05T04:00:00.000Z'),
    ]);
  });

  const details = (page: { items: AuditEntryView[] }) => page.items.map((item) => item.detail);

  it('by person, newest first', async () => {
    expect(details(await list(CITY, { actor: ACTOR }))).toEqual(['第 4 条', '第 3 条', '第 2 条', '第 1 条']);
  });

  it('by action', async () => {
    expect(details(await list(CITY, { actor: ACTOR, action: 'blacklist.remove' }))).toEqual(['第 3 条']);
  });

  it('by dates, whole days in Asia/Shanghai', async () => {
    expect(details(await list(CITY, { actor: ACTOR, from: '2025-03-02', to: '2025-03-03' }))).toEqual([
      '第 3 条',
      '第 2 条',
    ]);
    expect(details(await list(CITY, { actor: ACTOR, to: '2025-03-01' }))).toEqual(['第 1 条']);
  });

  it('refuses a range that ends before it starts', async () => {
    const result = await api.call(CITY, 'audit.list', { from: '2025-03-03', to: '2025-03-02' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('a page at a time, with the total', async () => {
    const first = await list(CITY, { actor: ACTOR, pageSize: 3 });
    const second = await list(CITY, { actor: ACTOR, pageSize: 3, page: 2 });
    expect([first.total, second.total]).toEqual([4, 4]);
    expect([...details(first), ...details(second)]).toEqual(['第 4 条', '第 3 条', '第 2 条', '第 1 条']);
  });

  it('names the system for the scheduled jobs and a stand-in for someone without a name', async () => {
    await api.cloudbase.store.insertMany('audit', [
      { ...entry(9, '2025-01-15T00:00:00.000Z', 'quota.freeze'), actor: 'system' },
    ]);
    const [frozen] = (await list(CITY, { action: 'quota.freeze', to: '2025-01-31' })).items;
    expect(frozen.actorName).toBe('系统（定时任务）');
    expect((await list(CITY, { actor: ACTOR })).items[0].actorName).toBe('未填写姓名');
  });
});

describe('audit.export', () => {
  const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  const load = async (url: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(url)).arrayBuffer()) as unknown as ExcelJS.Buffer);
    return workbook.worksheets[0];
  };

  it('holds the page’s entries row by row: time in Guiyang, who, role, what, where, the changes', async () => {
    const filter = { stationId: 'st-aluminium' };
    const page = await list(SOCIETY_ADMIN, { ...filter, pageSize: 100 });
    const file = expectOk(await api.call(SOCIETY_ADMIN, 'audit.export', filter));
    expect(file.name).toBe(`操作记录-${calendarMoment(new Date()).date}.xlsx`);
    const sheet = await load(file.url!);
    expect(rowValues(sheet, 2)).toEqual([
      '序号',
      '时间',
      '操作人',
      '身份',
      '操作',
      '工作站',
      '学会',
      '对象',
      '变更（字段：原值 → 新值）',
      '说明',
    ]);
    expect(sheet.rowCount).toBe(2 + page.total);
    page.items.forEach((item, index) => {
      const row = rowValues(sheet, 3 + index);
      expect(row[0]).toBe(index + 1);
      expect(row[1]).toBe(localDateTime(item.at));
      expect(row[2]).toBe(item.actorName);
      expect(row[4]).toBe(item.actionLabel);
      expect(row[5]).toBe(item.stationName);
      expect(row[6]).toBe(item.societyName);
      const changes = item.changes.map((line) => `${line.label}：${line.before} → ${line.after}`).join('\n');
      expect(row[8] ?? '').toBe(changes);
      expect(row[9] ?? undefined).toBe(item.detail);
    });
    const renamed = page.items.findIndex((item) => item.action === 'station.update');
    expect(String(rowValues(sheet, 3 + renamed)[8])).toMatch(/^名称：.+ → .+（审计）$/);
    expect(rowValues(sheet, 3 + renamed)[3]).toBe('学会管理员');
  });

  it(`stops at ${AUDIT_EXPORT_MAX_ROWS} rows and says how many there were`, async () => {
    const bulk = Array.from({ length: AUDIT_EXPORT_MAX_ROWS + 2 }, (_, n) => ({
      _id: `audit-bulk-${n}`,
      at: new Date(Date.UTC(2024, 0, 1) + n * 60_000).toISOString(),
      actor: 'audit-bulk',
      action: 'quota.rebuild' as const,
    }));
    await api.cloudbase.store.insertMany('audit', bulk);
    const file = expectOk(await api.call(CITY, 'audit.export', { actor: 'audit-bulk' }));
    const sheet = await load(file.url!);
    expect(String(rowValues(sheet, 1)[0])).toContain(
      `共 ${AUDIT_EXPORT_MAX_ROWS + 2} 条，仅列出最新 ${AUDIT_EXPORT_MAX_ROWS} 条`,
    );
    expect(sheet.rowCount).toBe(2 + AUDIT_EXPORT_MAX_ROWS + 1);
    expect(rowValues(sheet, 3)[1]).toBe(localDateTime(bulk.at(-1)!.at));
    expect(rowValues(sheet, 2 + AUDIT_EXPORT_MAX_ROWS)[1]).toBe(localDateTime(bulk[2].at));
    expect(String(rowValues(sheet, 3 + AUDIT_EXPORT_MAX_ROWS)[0])).toContain('请缩小日期范围');
  }, 120_000);
});
