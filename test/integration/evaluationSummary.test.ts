import ExcelJS from 'exceljs';
import type { Station, StationEvaluation } from '../../types/domain';
import { LEVEL_SHORT_LABELS } from '../../types/catalogue';
import { calendarMoment, localDateTime } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM } from '../support/needs';

/**
 * The city's evaluation summary of a past year: every station that operated in it, its unit's
 * evaluation or none, the averages of those filed, the units yet to file, and the same to Excel.
 */

const CITY = DEMO_USERS.cityAdmin;
const Y = calendarMoment(new Date()).year - 3;
let api: LocalApi;
let template: Station;

beforeAll(async () => {
  api = await startLocalApi();
  [template] = (await api.cloudbase.store.find('stations', { _id: ALUMINIUM })) as unknown as Station[];
  await api.cloudbase.store.insertMany('stations', [
    station('st-es-a1', 'soc-nonferrous', '中国有色金属学会', 'national'),
    station('st-es-a2', 'soc-nonferrous', '中国有色金属学会', 'national'),
    station('st-es-b1', 'soc-agri', '贵州省农学会', 'provincial'),
    station('st-es-b2', 'soc-agri', '贵州省农学会', 'provincial'),
    // Revoked the year before: not in the year. Recognised the year after: not yet.
    { ...station('st-es-gone', 'soc-agri', '贵州省农学会', 'provincial'), status: 'revoked', endedYear: Y - 1 },
    station('st-es-later', 'soc-agri', '贵州省农学会', 'provincial', `${Y + 1}-02-01`),
  ]);
  await api.cloudbase.store.insertMany('evaluations', [
    evaluation('st-es-a1', 5),
    evaluation('st-es-a2', 4),
    evaluation('st-es-b1', 2),
    evaluation('st-es-gone', 1),
  ]);
});
afterAll(() => api.stop());

function station(
  id: string,
  societyId: string,
  societyName: string,
  level: Station['level'],
  recognisedOn = `${Y - 1}-06-01`,
): Station {
  return {
    ...template,
    _id: id,
    name: `评价汇总测试站 ${id}`,
    societyId,
    societyName,
    level,
    demandUnit: { ...template.demandUnit, name: `需求单位 ${id}` },
    headOpenid: '',
    codeKey: undefined,
    recognition: { ...template.recognition!, recognisedOn },
    createdAt: `${Y - 1}-05-01T00:00:00.000Z`,
  } as Station;
}

function evaluation(stationId: string, overall: number): StationEvaluation {
  return {
    _id: `${stationId}:${Y}`,
    stationId,
    societyId: 'x',
    stationName: stationId,
    year: Y,
    overall,
    comment: `意见 ${stationId}`,
    intent: 'continue',
    submittedBy: DEMO_USERS.demandUnit,
    submittedAt: `${Y}-12-20T02:00:00.000Z`,
  };
}

const ours = (id: string) => id.startsWith('st-es-');

describe('the city’s evaluation summary', () => {
  it('lists every station that operated in the year with its evaluation, and only those', async () => {
    const summary = expectOk(await api.call(CITY, 'reports.evaluationSummary', { year: Y }));
    const rows = summary.rows.filter((row) => ours(row.stationId));
    // By society in pinyin order (贵州 before 中国), then by name.
    expect(rows.map((row) => [row.stationId, row.overall])).toEqual([
      ['st-es-b1', 2],
      ['st-es-b2', null],
      ['st-es-a1', 5],
      ['st-es-a2', 4],
    ]);
    expect(rows[2]).toMatchObject({ demandUnitName: '需求单位 st-es-a1', comment: '意见 st-es-a1', level: 'national' });
    expect(summary.missing.map((row) => row.stationId)).toContain('st-es-b2');
    expect(summary.missing.every((row) => row.overall === null)).toBe(true);
    // A past year's deadline has gone: what is missing is overdue.
    expect(summary).toMatchObject({ year: Y, deadline: `${Y + 1}-03-31`, overdue: true });
    expect(summary.years[0]).toBe(Y + 3);
    expect(summary.years).toContain(Y - 1);
  });

  it('averages the filed ones only, by society and by level', async () => {
    const summary = expectOk(await api.call(CITY, 'reports.evaluationSummary', { year: Y }));
    const nonferrous = summary.bySociety.find((group) => group.key === 'soc-nonferrous')!;
    const nonferrousRows = summary.rows.filter((row) => row.societyId === 'soc-nonferrous');
    const filed = nonferrousRows.flatMap((row) => (row.overall === null ? [] : [row.overall]));
    expect(nonferrous).toMatchObject({
      stations: nonferrousRows.length,
      filed: filed.length,
      missing: nonferrousRows.length - filed.length,
      averageOverall: Math.round((filed.reduce((a, b) => a + b, 0) / filed.length) * 10) / 10,
    });
    const agri = summary.bySociety.find((group) => group.key === 'soc-agri')!;
    expect(agri.averageOverall).toBe(2);
    expect(agri.missing).toBeGreaterThanOrEqual(1);
    expect(summary.byLevel.find((group) => group.key === 'national')!.averageOverall).toBe(4.5);
    expect(summary.total.stations).toBe(summary.rows.length);
  });

  it('takes the same few requests whatever the number of stations', async () => {
    api.cloudbase.resetStats();
    expectOk(await api.call(CITY, 'reports.evaluationSummary', { year: Y }));
    const before = api.cloudbase.stats().requests;
    const more = Array.from({ length: 30 }, (_, i) => station(`st-es-more-${i}`, 'soc-agri', '贵州省农学会', 'city'));
    await api.cloudbase.store.insertMany('stations', more);
    await api.cloudbase.store.insertMany(
      'evaluations',
      more.slice(0, 10).map((s) => evaluation(s._id, 3)),
    );
    api.cloudbase.resetStats();
    const summary = expectOk(await api.call(CITY, 'reports.evaluationSummary', { year: Y }));
    expect(api.cloudbase.stats().requests).toBe(before);
    expect(summary.byLevel.find((group) => group.key === 'city')).toMatchObject({ filed: 10, missing: 20 });
    await api.cloudbase.store.removeMany(
      'stations',
      more.map((s) => s._id),
    );
    await api.cloudbase.store.removeMany(
      'evaluations',
      more.slice(0, 10).map((s) => `${s._id}:${Y}`),
    );
  });

  it('is the city admin’s only', async () => {
    for (const openid of [DEMO_USERS.societyAdmin, DEMO_USERS.stationHead, DEMO_USERS.demandUnit]) {
      expect(await api.call(openid, 'reports.evaluationSummary', { year: Y })).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await api.call(CITY, 'reports.evaluationSummary', { year: 1999 })).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('the summary workbook', () => {
  it('has every station, the averages, and the units yet to file, row by row as the summary says', async () => {
    const summary = expectOk(await api.call(CITY, 'reports.evaluationSummary', { year: Y }));
    const file = expectOk(await api.call(CITY, 'reports.evaluationSummaryWorkbook', { year: Y }));
    expect(file.name).toMatch(new RegExp(`^${Y}年度评价汇总-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const response = await fetch(file.url!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const [stations, averages, missing] = workbook.worksheets;
    const values = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

    expect(stations.name).toBe(`${Y}年度评价`);
    summary.rows.forEach((row, i) => {
      expect(values(stations, 3 + i)).toEqual([
        i + 1,
        row.stationName,
        row.societyName,
        LEVEL_SHORT_LABELS[row.level],
        row.demandUnitName,
        row.overall ?? '未提交',
        ...(row.comment === null ? [] : [row.comment, localDateTime(row.submittedAt!)]),
      ]);
    });
    expect(stations.getRow(3 + summary.rows.length).hasValues).toBe(false);

    const groups = [
      ...summary.bySociety.map((group) => ['按学会', group] as const),
      ...summary.byLevel.map((group) => ['按级别', group] as const),
      ['合计', summary.total] as const,
    ];
    groups.forEach(([kind, group], i) => {
      expect(values(averages, 3 + i)).toEqual([
        kind,
        group.label,
        group.stations,
        group.filed,
        group.missing,
        group.averageOverall ?? '—',
      ]);
    });

    expect(missing.getCell('A1').value).toContain(`截止 ${Y + 1}-03-31`);
    summary.missing.forEach((row, i) => {
      expect(values(missing, 3 + i)).toEqual([
        i + 1,
        row.stationName,
        row.societyName,
        LEVEL_SHORT_LABELS[row.level],
        row.demandUnitName,
        '已逾期',
      ]);
    });
  });

  it('is refused to a society admin', async () => {
    expect(await api.call(DEMO_USERS.societyAdmin, 'reports.evaluationSummaryWorkbook', { year: Y })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
