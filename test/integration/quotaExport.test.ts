import ExcelJS from 'exceljs';
import type { ApiResult, ExportedFile } from '../../types/actions';
import { QUOTA_STATUS_LABELS } from '../../types/catalogue';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_SIGN_IN } from '../../local/demo/seed';
import { expectOk, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM } from '../support/needs';

/** The city admin's exports: the file is in cloud storage, opens from its URL, and says what the dashboard says. */

const CITY = DEMO_USERS.cityAdmin;
let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi({ users: DEMO_SIGN_IN.map(({ openid, label }) => ({ openid, label })) });
});
afterAll(() => api.stop());

const year = () => calendarMoment(new Date()).year;

/** The file an export answers, with the day in Guiyang it was made (the call may straddle midnight). */
async function madeToday(exportNow: () => Promise<ApiResult<ExportedFile>>): Promise<ExportedFile & { day: string }> {
  const before = calendarMoment(new Date()).date;
  const file = expectOk(await exportNow());
  const after = calendarMoment(new Date()).date;
  return { ...file, day: file.name.includes(after) ? after : before };
}

async function readBack(url: string | null): Promise<ExcelJS.Worksheet> {
  expect(url).toBeTruthy();
  const response = await fetch(url as string);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer-backed Buffer; a fetched body is exactly that.
  await workbook.xlsx.load((await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe('exporting the dashboard', () => {
  it('writes every station as filtered, with Chinese headers and the totals', async () => {
    const board = expectOk(await api.call(CITY, 'quotas.dashboard', { level: 'national', pageSize: 100 }));
    const file = await madeToday(() => api.call(CITY, 'quotas.exportDashboard', { level: 'national' }));
    expect(file.fileId).toMatch(new RegExp(`exports/${CITY}/`));
    expect(file.fileId).toMatch(/\.xlsx$/);
    expect(file).toMatchObject({ name: `${year()}年度任务完成情况-国家级-${file.day}.xlsx`, kind: 'xlsx' });
    const sheet = await readBack(file.url);
    expect(sheet.getCell('A1').value).toContain('任务完成情况（国家级）');
    expect(sheet.name).toContain(String(year()));
    const header = rowValues(sheet, 2);
    expect(header).toEqual(expect.arrayContaining(['序号', '工作站', '所属学会', '状态', '服务技术需求（项）']));
    const stationColumn = header.indexOf('工作站');
    const names = Array.from({ length: board.total }, (_, i) => rowValues(sheet, 3 + i)[stationColumn]);
    expect(names).toEqual(board.items.map((row) => row.stationName));
    const totals = rowValues(sheet, 3 + board.total);
    expect(totals[0]).toBe('合计');
    expect(totals[header.indexOf('服务技术需求（项）')]).toBe(board.totals.needsServed);
  });

  it('is named after its filter, and sums only the stations of the status it was narrowed to', async () => {
    const all = expectOk(await api.call(CITY, 'quotas.dashboard', { pageSize: 100 }));
    const { societyId, societyName, status } = all.items[0];
    const filter = { societyId, status };
    const board = expectOk(await api.call(CITY, 'quotas.dashboard', { ...filter, pageSize: 100 }));
    const file = await madeToday(() => api.call(CITY, 'quotas.exportDashboard', filter));
    const statusWord = QUOTA_STATUS_LABELS[status];
    expect(file.name).toBe(`${year()}年度任务完成情况-${societyName}-${statusWord}-${file.day}.xlsx`);
    const sheet = await readBack(file.url);
    expect(sheet.getCell('A1').value).toContain(`任务完成情况（${societyName}；${statusWord}）`);
    const header = rowValues(sheet, 2);
    const sumRow = rowValues(sheet, 3 + board.items.length);
    expect(sumRow.slice(0, 2)).toEqual(['合计', `${board.items.length} 个工作站`]);
    const needs = board.items.reduce((sum, row) => sum + row.figures.needsServed, 0);
    expect(sumRow[header.indexOf('服务技术需求（项）')]).toBe(needs);
  });

  it('holds only a society admin’s own stations, and refuses them another society', async () => {
    const SOCIETY = DEMO_USERS.societyAdmin;
    const own = expectOk(await api.call(SOCIETY, 'quotas.dashboard', { pageSize: 100 }));
    const all = expectOk(await api.call(CITY, 'quotas.dashboard', { pageSize: 100 }));
    expect(all.items.some((row) => row.societyId !== 'soc-nonferrous')).toBe(true);
    const file = await madeToday(() => api.call(SOCIETY, 'quotas.exportDashboard', {}));
    // Named after the society the server held the export to, though the admin named none.
    expect(file.name).toBe(`${year()}年度任务完成情况-中国有色金属学会-${file.day}.xlsx`);
    const sheet = await readBack(file.url);
    const header = rowValues(sheet, 2);
    const rows = Array.from({ length: own.total }, (_, i) => rowValues(sheet, 3 + i));
    expect(rows.map((row) => row[header.indexOf('工作站')])).toEqual(own.items.map((row) => row.stationName));
    expect(new Set(rows.map((row) => row[header.indexOf('所属学会')]))).toEqual(new Set(['中国有色金属学会']));
    expect(rowValues(sheet, 3 + own.total)[0]).toBe('合计');

    expect(await api.call(SOCIETY, 'quotas.exportDashboard', { societyId: 'soc-agri' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await api.call(SOCIETY, 'quotas.exportVisits', { stationId: 'st-seed', year: year() })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const log = expectOk(await api.call(SOCIETY, 'quotas.exportVisits', { stationId: ALUMINIUM, year: year() }));
    expect(log.name).toContain('华铝新材料');
    // A station head does not export the society's dashboard.
    expect(await api.call(DEMO_USERS.stationHead, 'quotas.exportDashboard', {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('exporting a station’s visit log', () => {
  it('writes one row per visit of the year, oldest first, and the count of confirmed ones', async () => {
    const visits = (await api.cloudbase.store.find('visits', { stationId: ALUMINIUM, year: year() })) as unknown as {
      status: string;
      expertName: string;
      checkIn: { at: string };
    }[];
    expect(visits.length).toBeGreaterThan(0);
    const file = expectOk(await api.call(CITY, 'quotas.exportVisits', { stationId: ALUMINIUM, year: year() }));
    expect(file).toMatchObject({ name: expect.stringMatching(/年服务记录-\d{4}-\d{2}-\d{2}\.xlsx$/), kind: 'xlsx' });
    const sheet = await readBack(file.url);
    const header = rowValues(sheet, 2);
    expect(header).toEqual(expect.arrayContaining(['签到时间', '专家', '状态']));
    const experts = Array.from({ length: visits.length }, (_, i) => rowValues(sheet, 3 + i)[header.indexOf('专家')]);
    const oldestFirst = [...visits].sort((a, b) => a.checkIn.at.localeCompare(b.checkIn.at));
    expect(experts).toEqual(oldestFirst.map((visit) => visit.expertName));
    const totals = rowValues(sheet, 3 + visits.length).join(' ');
    expect(totals).toContain(`共 ${visits.length} 次`);
    expect(totals).toContain(`其中已确认 ${visits.filter((visit) => visit.status === 'confirmed').length} 次`);
  });

  it('refuses a year out of range with a clear code', async () => {
    expect(await api.call(CITY, 'quotas.exportVisits', { stationId: ALUMINIUM, year: 1999 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});

describe('a station’s visits of a year', () => {
  it('lists them newest first for those who supervise the station', async () => {
    const page = expectOk(await api.call(CITY, 'visits.ofStation', { stationId: ALUMINIUM, pageSize: 50 }));
    const stored = await api.cloudbase.store.count('visits', { stationId: ALUMINIUM, year: year() });
    expect(page.total).toBe(stored);
    const times = page.items.map((visit) => visit.checkInAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(await api.call(DEMO_USERS.expert, 'visits.ofStation', { stationId: ALUMINIUM })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
