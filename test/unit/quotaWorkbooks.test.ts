import ExcelJS from 'exceljs';
import type { QuotaDashboardRow } from '../../types/actions';
import type { Visit } from '../../types/domain';
import { dashboardWorkbook, visitLogWorkbook } from '../../cloudfunctions/api/src/documents/quotaWorkbooks';

// 25 November 2026, 14:30 in Shanghai.
const GENERATED = new Date('2026-11-25T06:30:00Z');

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer, which Node's Buffer no longer matches under TypeScript 5.7+;
  // at run time it reads a Buffer as it is.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook.worksheets;
}

/** A row's cells from column A on; an empty cell reads as null. */
function values(sheet: ExcelJS.Worksheet, row: number, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, i) => sheet.getRow(row).getCell(i + 1).value ?? null);
}

function row(id: string, overrides: Partial<QuotaDashboardRow> = {}): QuotaDashboardRow {
  return {
    stationId: id,
    stationName: `工作站 ${id}`,
    societyId: 'soc-a',
    societyName: '甲学会',
    level: 'national',
    industry: 'aluminium',
    quota: { needsServed: 10, experts: 10, outOfProvinceExperts: 5 },
    figures: { needsServed: 10, experts: 11, outOfProvinceExperts: 5 },
    figureStatus: { needsServed: 'met', experts: 'met', outOfProvinceExperts: 'met' },
    status: 'met',
    confirmedVisits: 14,
    rosterExperts: 12,
    rosterShort: false,
    stationStatus: 'operating',
    agreementEnded: false,
    ...overrides,
  };
}

const rows = [
  row('a'),
  row('b', {
    stationName: '乙站',
    societyName: '乙学会',
    level: 'city',
    industry: 'software_it',
    quota: { needsServed: 3, experts: 3, outOfProvinceExperts: 0 },
    figures: { needsServed: 1, experts: 2, outOfProvinceExperts: 1 },
    status: 'behind',
    confirmedVisits: 2,
    rosterExperts: 2,
    stationStatus: 'revoked',
    agreementEnded: true,
  }),
];

const totals = { stations: 2, needsServed: 11, experts: 13, outOfProvinceExperts: 6, confirmedVisits: 16 };

const DASHBOARD_HEADER = [
  '序号',
  '工作站',
  '所属学会',
  '级别',
  '产业',
  '状态',
  '运行状态',
  '合作协议',
  '服务技术需求（项）',
  '要求',
  '服务专家（人）',
  '要求',
  '省外专家（人）',
  '要求',
  '确认服务（次）',
  '名册专家（人）',
];

describe('the dashboard workbook', () => {
  it('has the year sheet, the title, the header, one row per station in order and the sums', async () => {
    const [sheet, ...others] = await readBack(
      await dashboardWorkbook({ year: 2026, rows, totals, filterWords: [], byStatus: false }, GENERATED),
    );
    expect(others).toHaveLength(0);
    expect(sheet.name).toBe('2026年度任务完成情况');
    expect(sheet.getCell('A1').value).toBe('2026 年度学会产业科技服务工作站任务完成情况（导出时间 2026-11-25 14:30）');
    expect(values(sheet, 2, 16)).toEqual(DASHBOARD_HEADER);
    expect(sheet.getRow(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(values(sheet, 3, 16)).toEqual([
      1,
      '工作站 a',
      '甲学会',
      '国家级',
      '铝及铝加工制造业',
      '已达标',
      '运行中',
      '有效',
      10,
      10,
      11,
      10,
      5,
      5,
      14,
      12,
    ]);
    expect(values(sheet, 4, 16)).toEqual([
      2,
      '乙站',
      '乙学会',
      '市级',
      '软件和信息技术服务业',
      '落后',
      '已撤销',
      '已到期',
      1,
      3,
      2,
      3,
      1,
      0,
      2,
      2,
    ]);
    expect(values(sheet, 5, 16)).toEqual([
      '合计',
      '2 个工作站',
      null,
      null,
      null,
      null,
      null,
      null,
      11,
      13,
      13,
      13,
      6,
      5,
      16,
      14,
    ]);
    expect(sheet.rowCount).toBe(5);
  });

  it('narrowed to one status, sums its rows, names the filter, and gives the totals without it apart', async () => {
    const [sheet] = await readBack(
      await dashboardWorkbook(
        { year: 2026, rows: [rows[1]], totals, filterWords: ['市级', '落后'], byStatus: true },
        GENERATED,
      ),
    );
    expect(sheet.getCell('A1').value).toBe(
      '2026 年度学会产业科技服务工作站任务完成情况（市级；落后）（导出时间 2026-11-25 14:30）',
    );
    expect(values(sheet, 4, 16)).toEqual([
      '合计',
      '1 个工作站',
      null,
      null,
      null,
      null,
      null,
      null,
      1,
      3,
      2,
      3,
      1,
      0,
      2,
      2,
    ]);
    expect(sheet.getCell('B5').value).toBe(
      '不限状态时共 2 个工作站：服务技术需求 11 项，服务专家 13 人，省外专家 6 人，确认服务 16 次',
    );
    expect(sheet.rowCount).toBe(5);
  });

  it('with no station, still has the header and a zero 合计', async () => {
    const [sheet] = await readBack(
      await dashboardWorkbook(
        {
          year: 2027,
          rows: [],
          totals: { stations: 0, needsServed: 0, experts: 0, outOfProvinceExperts: 0, confirmedVisits: 0 },
          filterWords: [],
          byStatus: false,
        },
        GENERATED,
      ),
    );
    expect(sheet.name).toBe('2027年度任务完成情况');
    expect(values(sheet, 2, 16)).toEqual(DASHBOARD_HEADER);
    expect(values(sheet, 3, 16)).toEqual([
      '合计',
      '0 个工作站',
      null,
      null,
      null,
      null,
      null,
      null,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(sheet.rowCount).toBe(3);
  });
});

function visit(id: string, overrides: Partial<Visit> = {}): Visit {
  return {
    _id: id,
    stationId: 'st-1',
    societyId: 'soc-a',
    stationName: '工作站 1',
    needId: 'need-1',
    needTitle: '铝液除气工艺改进',
    expertOpenid: 'expert-1',
    expertName: '张三',
    serviceType: 'joint_tackling',
    status: 'confirmed',
    checkIn: {
      at: '2026-03-02T01:05:00Z',
      receivedAt: '2026-03-02T01:05:00Z',
      late: false,
      proof: 'location',
      photos: [],
    },
    checkOut: {
      at: '2026-03-02T03:35:00Z',
      receivedAt: '2026-03-02T03:35:00Z',
      late: false,
      summary: '现场调整除气参数',
      outcomes: '',
      photos: [],
      attachments: [],
    },
    durationMinutes: 150,
    year: 2026,
    month: 3,
    outOfProvince: false,
    createdAt: '2026-03-02T01:05:00Z',
    updatedAt: '2026-03-02T03:35:00Z',
    ...overrides,
  };
}

const VISIT_HEADER = [
  '序号',
  '签到时间',
  '签退时间',
  '时长（分钟）',
  '专家',
  '技术需求',
  '服务类型',
  '签到方式',
  '状态',
  '省外专家',
  '服务内容',
];

const STATION = { name: '甲工作站', societyName: '甲学会' };

describe('the visit log workbook', () => {
  it('has the year sheet, the header, one row per visit in order, and a 合计 of the confirmed ones', async () => {
    const visits = [
      visit('v1'),
      visit('v2', {
        expertName: '李四',
        serviceType: 'training',
        status: 'pending',
        outOfProvince: true,
        checkIn: { ...visit('v2').checkIn, at: '2026-04-10T16:30:00Z', proof: 'off_site', offSiteReason: '线上' },
        checkOut: { ...visit('v2').checkOut!, at: '2026-04-10T18:00:00Z', summary: '线上培训' },
        durationMinutes: 90,
      }),
      visit('v3', {
        status: 'open',
        checkOut: undefined,
        durationMinutes: undefined,
        checkIn: { ...visit('v3').checkIn, proof: 'station_code' },
      }),
      visit('v4', {
        outOfProvince: true,
        durationMinutes: 45,
        checkIn: { ...visit('v4').checkIn, proof: 'unit_code' },
      }),
    ];
    const [sheet, ...others] = await readBack(await visitLogWorkbook(STATION, 2026, visits, GENERATED));
    expect(others).toHaveLength(0);
    expect(sheet.name).toBe('2026年服务记录');
    expect(sheet.getCell('A1').value).toBe('甲工作站（甲学会）2026 年服务记录（导出时间 2026-11-25 14:30）');
    expect(values(sheet, 2, 11)).toEqual(VISIT_HEADER);
    expect(sheet.getRow(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(values(sheet, 3, 11)).toEqual([
      1,
      '2026-03-02 09:05',
      '2026-03-02 11:35',
      150,
      '张三',
      '铝液除气工艺改进',
      '技术攻关',
      '定位签到',
      '已确认',
      '否',
      '现场调整除气参数',
    ]);
    // Checked in after midnight Shanghai time, which is still the previous day in UTC.
    expect(values(sheet, 4, 11)).toEqual([
      2,
      '2026-04-11 00:30',
      '2026-04-11 02:00',
      90,
      '李四',
      '铝液除气工艺改进',
      '人才培养',
      '异地服务',
      '待站长审核',
      '是',
      '线上培训',
    ]);
    // An open visit: no check-out time, duration or summary yet.
    expect(values(sheet, 5, 11)).toEqual([
      3,
      '2026-03-02 09:05',
      null,
      null,
      '张三',
      '铝液除气工艺改进',
      '技术攻关',
      '扫工作站签到码',
      '服务中',
      '否',
      null,
    ]);
    expect(values(sheet, 6, 11).slice(7)).toEqual(['需求方验证码', '已确认', '是', '现场调整除气参数']);
    // Four visits, two confirmed (v1 150 + v4 45 minutes); the pending one's 90 is left out.
    expect(values(sheet, 7, 5)).toEqual(['合计', '共 4 次', '其中已确认 2 次', 195, '时长为已确认服务之和']);
    expect(sheet.rowCount).toBe(7);
  });

  it('says 补卡 for a visit entered afterwards, and adds its time once approved', async () => {
    const makeUp = visit('v5', {
      checkIn: { ...visit('v5').checkIn, proof: 'make_up', makeUpReason: '手机没电未能签到' },
      durationMinutes: 60,
    });
    const [sheet] = await readBack(await visitLogWorkbook(STATION, 2026, [makeUp], GENERATED));
    expect(values(sheet, 3, 11).slice(7)).toEqual(['补卡', '已确认', '否', '现场调整除气参数']);
    expect(values(sheet, 4, 4)).toEqual(['合计', '共 1 次', '其中已确认 1 次', 60]);
  });

  it('with no visit, has the header and a 合计 of nothing', async () => {
    const [sheet] = await readBack(await visitLogWorkbook(STATION, 2025, [], GENERATED));
    expect(sheet.name).toBe('2025年服务记录');
    expect(values(sheet, 2, 11)).toEqual(VISIT_HEADER);
    expect(values(sheet, 3, 4)).toEqual(['合计', '共 0 次', '其中已确认 0 次', 0]);
    expect(sheet.rowCount).toBe(3);
  });
});
