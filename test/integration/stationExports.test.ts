import ExcelJS from 'exceljs';
import type { RoleGrant, UserProfile, Visit } from '../../types/domain';
import { INDUSTRY_LABELS, ROLE_LABELS, VISIT_STATUS_LABELS } from '../../types/catalogue';
import { calendarMoment, localDateTime } from '../../cloudfunctions/api/src/domain/calendar';
import { isOutOfProvince } from '../../cloudfunctions/api/src/domain/profile';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM } from '../support/needs';

/** A station's own exports: its head and staff write out its visit log and roster, checked row by row. */

const HEAD = DEMO_USERS.stationHead;
const STAFF = 'staff-aluminium';
let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const year = () => calendarMoment(new Date()).year;

async function workbookAt(url: string | null): Promise<ExcelJS.Workbook> {
  expect(url).toBeTruthy();
  const response = await fetch(url as string);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The table under the title and header rows, each row as values keyed by header. */
function table(sheet: ExcelJS.Worksheet, count: number): Record<string, unknown>[] {
  const header = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
  return Array.from({ length: count }, (_, i) => {
    const values = (sheet.getRow(3 + i).values as unknown[]).slice(1);
    return Object.fromEntries(header.map((name, k) => [name, values[k] ?? null]));
  });
}

describe('the station’s visit log', () => {
  it('is written for its head, one row per visit of the year, oldest first, with its status', async () => {
    const visits = (
      (await api.cloudbase.store.find('visits', { stationId: ALUMINIUM, year: year() })) as unknown as Visit[]
    ).sort((a, b) => a.checkIn.at.localeCompare(b.checkIn.at) || a._id.localeCompare(b._id));
    expect(visits.length).toBeGreaterThan(0);
    const file = expectOk(await api.call(HEAD, 'reports.stationVisitLog', { stationId: ALUMINIUM, year: year() }));
    expect(file).toMatchObject({ kind: 'xlsx', name: expect.stringMatching(/年服务记录-\d{4}-\d{2}-\d{2}\.xlsx$/) });
    expect(file.fileId).toMatch(new RegExp(`exports/${HEAD}/`));
    const sheet = (await workbookAt(file.url)).worksheets[0];
    expect(table(sheet, visits.length)).toEqual(
      visits.map((visit, i) =>
        expect.objectContaining({
          序号: i + 1,
          签到时间: localDateTime(visit.checkIn.at),
          专家: visit.expertName,
          技术需求: visit.needTitle,
          状态: VISIT_STATUS_LABELS[visit.status],
          省外专家: visit.outOfProvince ? '是' : '否',
        }),
      ),
    );
    expect((sheet.getRow(3 + visits.length).values as unknown[]).slice(1, 3)).toEqual([
      '合计',
      `共 ${visits.length} 次`,
    ]);
  });

  it('is written for staff too, and refused to an expert and to another station’s head', async () => {
    expectOk(await api.call(STAFF, 'reports.stationVisitLog', { stationId: ALUMINIUM, year: year() }));
    for (const openid of [DEMO_USERS.expert, DEMO_USERS.demandUnit, 'head-seed']) {
      expect(await api.call(openid, 'reports.stationVisitLog', { stationId: ALUMINIUM, year: year() })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(await api.call(HEAD, 'reports.stationVisitLog', { stationId: ALUMINIUM, year: 1999 })).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('the station’s roster', () => {
  it('writes the 进站专家信息表 of the experts on the roster now, and the head and staff on a second sheet', async () => {
    const grants = ((await api.cloudbase.store.find('roles', { stationId: ALUMINIUM })) as unknown as RoleGrant[])
      .filter((grant) => !grant.revokedAt)
      .sort((a, b) => a.grantedAt.localeCompare(b.grantedAt));
    const users = (await api.cloudbase.store.find('users', {})) as unknown as UserProfile[];
    const profile = (openid: string) => users.find((user) => user._id === openid)!;
    const experts = grants.filter((grant) => grant.role === 'expert');
    const staff = grants.filter((grant) => grant.role === 'station_head' || grant.role === 'station_staff');
    expect(experts.length).toBeGreaterThan(0);
    expect(staff.length).toBeGreaterThan(0);

    const file = expectOk(await api.call(HEAD, 'reports.stationRoster', { stationId: ALUMINIUM }));
    expect(file.name).toMatch(/进站专家信息表-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = await workbookAt(file.url);
    const [expertSheet, staffSheet] = workbook.worksheets;
    expect(expertSheet.name).toBe('进站专家信息表');
    expect(table(expertSheet, experts.length)).toEqual(
      experts.map((grant, i) => {
        const person = profile(grant.openid);
        return {
          序号: i + 1,
          姓名: person.name,
          工作单位: person.workUnit,
          职称: person.title,
          专业领域: person.industries.map((industry) => INDUSTRY_LABELS[industry]).join('、') || null,
          专长: person.expertise.join('、') || null,
          所在省份: person.province || null,
          省外专家: isOutOfProvince(person) ? '是' : '否',
          进站日期: calendarMoment(grant.grantedAt).date,
        };
      }),
    );
    const outside = experts.filter((grant) => isOutOfProvince(profile(grant.openid))).length;
    expect((expertSheet.getRow(3 + experts.length).values as unknown[]).slice(1)).toEqual([
      '合计',
      `${experts.length} 人`,
      `其中省外专家 ${outside} 人`,
    ]);
    expect(table(staffSheet, staff.length + 1)).toEqual([
      ...staff.map((grant, i) =>
        expect.objectContaining({
          序号: i + 1,
          角色: ROLE_LABELS[grant.role],
          姓名: profile(grant.openid).name,
          手机: profile(grant.openid).mobile,
        }),
      ),
      // Nothing after the last person: the unit's contact and the experts are not staff.
      expect.objectContaining({ 序号: null, 姓名: null }),
    ]);
  });

  it('leaves out someone taken off the roster', async () => {
    const [removed] = (await api.cloudbase.store.find('roles', {
      stationId: ALUMINIUM,
      role: 'expert',
    })) as unknown as RoleGrant[];
    expectOk(await api.call(HEAD, 'roster.remove', { stationId: ALUMINIUM, grantId: removed._id }, 'export-remove-1'));
    const file = expectOk(await api.call(DEMO_USERS.societyAdmin, 'reports.stationRoster', { stationId: ALUMINIUM }));
    const sheet = (await workbookAt(file.url)).worksheets[0];
    const names = (sheet.getColumn(2).values as unknown[]).slice(3);
    expect(names).not.toContain((await api.cloudbase.store.find('users', { _id: removed.openid }))[0].name);
  });

  it('is refused to an expert and to another society’s admin', async () => {
    expect(await api.call(DEMO_USERS.expert, 'reports.stationRoster', { stationId: ALUMINIUM })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await api.call(HEAD, 'reports.stationRoster', { stationId: 'st-seed' })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
