import ExcelJS from 'exceljs';
import type { SocietyAnnualReport } from '../../types/actions';
import { ASSESSMENT_STATUS_LABELS, QUOTA_STATUS_LABELS, STATION_STATUS_LABELS } from '../../types/catalogue';
import type { RoleGrant, StationEvaluation } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { emptyCounter } from '../../cloudfunctions/api/src/domain/quotaCount';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_SIGN_IN } from '../../local/demo/seed';
import { expectOk, startLocalApi, type LocalApi } from '../support/localApi';
import { insertStatusStation } from '../support/stationStatus';
import { readWord, tableStarting } from '../support/wordReadBack';

/** The society's annual report: the dashboard's figures, its stations of the year, the workbook and the Word summary. */

const ADMIN = DEMO_USERS.societyAdmin;
const SOCIETY = 'soc-nonferrous';
const OTHER_ADMIN = 'admin-agri';
const year = calendarMoment(new Date()).year;
let api: LocalApi;
let revokedId: string;
let laterId: string;

beforeAll(async () => {
  api = await startLocalApi({ users: DEMO_SIGN_IN.map(({ openid, label }) => ({ openid, label })) });
  const now = new Date().toISOString();
  const revoked = await insertStatusStation(api, {
    name: '已撤销测试工作站',
    status: 'revoked',
    endedYear: year,
    level: 'city',
  });
  revokedId = revoked._id;
  laterId = (
    await insertStatusStation(api, {
      name: '明年认定测试工作站',
      recognition: { documentNumber: '筑科协〔测试〕1号', recognisedOn: `${year + 1}-02-01` },
    })
  )._id;
  await api.cloudbase.store.insertMany('quotaCounters', [
    { ...emptyCounter(revokedId, SOCIETY, year, now), needsServed: 3, experts: 3, visits: 5 },
  ]);
  const evaluation: StationEvaluation = {
    _id: `eval-${revokedId}`,
    stationId: revokedId,
    societyId: SOCIETY,
    stationName: revoked.name,
    year,
    overall: 4,
    comment: '服务及时',
    intent: 'continue',
    submittedBy: DEMO_USERS.demandUnit,
    submittedAt: now,
  };
  await api.cloudbase.store.insertMany('evaluations', [evaluation]);
  await api.cloudbase.store.insertMany('assessments', [
    {
      _id: `${year}:${revokedId}`,
      year,
      stationId: revokedId,
      societyId: SOCIETY,
      status: 'passed',
      verdict: 'passed',
    },
  ]);
  const otherAdmin: RoleGrant = {
    _id: `society_admin:${OTHER_ADMIN}`,
    openid: OTHER_ADMIN,
    role: 'society_admin',
    societyId: 'soc-agri',
    grantedAt: now,
    grantedBy: DEMO_USERS.cityAdmin,
  };
  await api.cloudbase.store.insertMany('roles', [otherAdmin]);
});
afterAll(() => api.stop());

const report = async (openid: string = ADMIN): Promise<SocietyAnnualReport> =>
  expectOk(await api.call(openid, 'reports.societyAnnual', { societyId: SOCIETY, year }));

async function fetched(url: string | null): Promise<Buffer> {
  expect(url).toBeTruthy();
  const response = await fetch(url as string);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('the society’s annual report', () => {
  it('shows every station with the figures, status and roster the dashboard shows', async () => {
    const [mine, board] = [
      await report(),
      expectOk(await api.call(ADMIN, 'quotas.dashboard', { year, pageSize: 100 })),
    ];
    expect(mine.stations.map((row) => row.stationId).sort()).toEqual(board.items.map((row) => row.stationId).sort());
    for (const line of board.items) {
      const row = mine.stations.find((station) => station.stationId === line.stationId);
      expect(row).toMatchObject({
        figures: line.figures,
        quota: line.quota,
        status: line.status,
        confirmedVisits: line.confirmedVisits,
        stationStatus: line.stationStatus,
      });
      expect(row?.roster.experts).toBe(line.rosterExperts);
    }
    expect(mine.totals).toMatchObject({
      stations: board.totals.stations,
      needsServed: board.totals.needsServed,
      experts: board.totals.experts,
      confirmedVisits: board.totals.confirmedVisits,
      met: board.statusCounts.met,
    });
    expect(mine.yearClose).toEqual(board.yearClose);
  });

  it('keeps a station revoked during the year, with its status, evaluation and verdict, and leaves out one not yet operating', async () => {
    const mine = await report(DEMO_USERS.cityAdmin);
    const revoked = mine.stations.find((row) => row.stationId === revokedId);
    expect(revoked).toMatchObject({
      stationStatus: 'revoked',
      figures: { needsServed: 3, experts: 3 },
      evaluation: { overall: 4 },
      verdict: 'passed',
    });
    expect(mine.stations.some((row) => row.stationId === laterId)).toBe(false);
    expect(mine.stations.every((row) => row.stationId !== 'st-seed')).toBe(true);
    expect(mine.firstYear).toBeLessThanOrEqual(2025);
  });

  it('counts the roster: experts, those outside Guizhou, and the head with the staff', async () => {
    const aluminium = (await report()).stations.find((row) => row.stationId === 'st-aluminium');
    const grants = (await api.cloudbase.store.find('roles', { stationId: 'st-aluminium' })) as unknown as RoleGrant[];
    const active = grants.filter((grant) => !grant.revokedAt);
    expect(aluminium?.roster.experts).toBe(active.filter((grant) => grant.role === 'expert').length);
    expect(aluminium?.roster.staff).toBe(
      active.filter((grant) => grant.role === 'station_head' || grant.role === 'station_staff').length,
    );
    expect(aluminium?.roster.outOfProvinceExperts).toBeLessThanOrEqual(aluminium?.roster.experts ?? 0);
  });

  it('is refused to another society’s admin and to a station head, and for a year not begun', async () => {
    for (const openid of [OTHER_ADMIN, DEMO_USERS.stationHead]) {
      expect(await api.call(openid, 'reports.societyAnnual', { societyId: SOCIETY, year })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(await api.call(ADMIN, 'reports.societyAnnual', { societyId: SOCIETY, year: year + 1 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });

  it('takes the same number of requests for more stations', async () => {
    api.cloudbase.resetStats();
    await report();
    const before = api.cloudbase.stats().requests;
    for (let i = 0; i < 5; i++) await insertStatusStation(api, { name: `加测工作站${i}` });
    api.cloudbase.resetStats();
    const more = await report();
    expect(api.cloudbase.stats().requests).toBe(before);
    expect(more.totals.stations).toBeGreaterThanOrEqual(6);
  });
});

describe('the workbook', () => {
  it('has one row per station, as the report, and the society’s totals', async () => {
    const mine = await report();
    const file = expectOk(await api.call(ADMIN, 'reports.societyAnnualWorkbook', { societyId: SOCIETY, year }));
    expect(file).toMatchObject({
      kind: 'xlsx',
      name: expect.stringMatching(new RegExp(`^中国有色金属学会${year}年度`)),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await fetched(file.url)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    const header = values(2);
    const column = (name: string) => header.indexOf(name);
    mine.stations.forEach((row, i) => {
      const line = values(3 + i);
      expect(line[0]).toBe(i + 1);
      expect(line[column('工作站')]).toBe(row.stationName);
      expect(line[column('运行状态')]).toBe(STATION_STATUS_LABELS[row.stationStatus]);
      expect(line[column('完成情况')]).toBe(QUOTA_STATUS_LABELS[row.status]);
      expect(line[column('服务技术需求（项）')]).toBe(row.figures.needsServed);
      expect(line[column('服务专家（人）')]).toBe(row.figures.experts);
      expect(line[column('确认服务（次）')]).toBe(row.confirmedVisits);
      expect(line[column('名册专家（人）')]).toBe(row.roster.experts);
      expect(line[column('站长及工作人员（人）')]).toBe(row.roster.staff);
      expect(line[column('需求方评价（分）')]).toBe(row.evaluation ? row.evaluation.overall : '未提交');
      expect(line[column('考核结论')] ?? null).toBe(row.verdict ? ASSESSMENT_STATUS_LABELS[row.verdict] : null);
    });
    const totals = values(3 + mine.stations.length);
    expect(totals.slice(0, 2)).toEqual(['合计', `${mine.totals.stations} 个工作站`]);
    expect(totals[column('完成情况')]).toBe(`达标 ${mine.totals.met} 个`);
    expect(totals[column('服务技术需求（项）')]).toBe(mine.totals.needsServed);
    expect(totals[column('确认服务（次）')]).toBe(mine.totals.confirmedVisits);
    expect(totals[column('需求方评价（分）')]).toBe(mine.totals.averageEvaluation ?? '未提交');
  });
});

describe('the Word summary', () => {
  it('reads back with its title, the totals, every station and those short of the quota, and the stamp', async () => {
    const mine = await report();
    const file = expectOk(await api.call(ADMIN, 'reports.societyAnnualDocument', { societyId: SOCIETY, year }));
    expect(file).toMatchObject({ kind: 'docx', name: expect.stringMatching(/工作报告-\d{4}-\d{2}-\d{2}\.docx$/) });
    const word = await readWord(await fetched(file.url));
    expect(word.lines[0]).toBe(`中国有色金属学会${year}年度学会产业科技服务工作站工作报告`);
    expect(word.text).toContain(`本学会共有 ${mine.totals.stations} 个学会产业科技服务工作站`);
    expect(word.text).toContain(`全年服务技术需求 ${mine.totals.needsServed} 项`);
    expect(word.text).toContain(`确认服务 ${mine.totals.confirmedVisits} 次`);
    const rows = tableStarting(word.tables, '序号');
    expect(rows.slice(1).map((cells) => cells[1])).toEqual(mine.stations.map((row) => row.stationName));
    const revokedRow = rows.find((cells) => cells[1] === '已撤销测试工作站');
    expect(revokedRow?.[2]).toBe('已撤销');
    for (const row of mine.stations.filter((station) => station.status !== 'met')) {
      expect(word.text).toContain(`${row.stationName}：`);
    }
    expect(word.text).toContain('中国有色金属学会（盖章）');
    expect(word.footer).toContain('年度工作报告');
  });
});
