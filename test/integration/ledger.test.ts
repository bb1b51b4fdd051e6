import ExcelJS from 'exceljs';
import type { ApiResult, ExpenseInput, StationLedger } from '../../types/actions';
import { FORBIDDEN_EXPENSE_RULE } from '../../types/catalogue';
import type { LedgerBalance, LedgerEntry } from '../../types/ledger';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import { insertPassedAssessment } from '../support/assessments';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { storePhoto } from '../support/visits';

/** The station ledger against the local CloudBase: every write checked in the database, refusals leave nothing. */

const CITY = DEMO_USERS.cityAdmin;
const SOCIETY = DEMO_USERS.societyAdmin;
let api: LocalApi;
const nextId = requestIds('ledger');
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const today = () => calendarMoment(new Date()).date;
let stations = 0;

/** A station of the demo society admin's society, with `grantFen` granted at recognition (no balance document yet). */
async function station(grantFen: number, status: 'operating' | 'revoked' = 'operating'): Promise<string> {
  const stationId = `st-ledger-${++stations}`;
  await api.cloudbase.store.insertMany('stations', [
    {
      _id: stationId,
      name: `经费测试工作站${stations}`,
      societyId: 'soc-nonferrous',
      societyName: '中国有色金属学会',
      level: 'national',
      industry: 'aluminium',
      demandUnit: { name: '贵州华铝新材料有限公司', type: 'enterprise', address: '贵阳市白云区铝城大道 88 号' },
      location: { latitude: 26.6785, longitude: 106.6328 },
      radiusM: 500,
      cooperationStart: '2025-03-01',
      cooperationEnd: '2028-02-29',
      headOpenid: '',
      status,
      createdAt: new Date().toISOString(),
    },
  ]);
  if (grantFen > 0) {
    await api.cloudbase.store.insertMany('ledger', [
      {
        _id: `${stationId}-grant`,
        stationId,
        societyId: 'soc-nonferrous',
        kind: 'grant',
        amountFen: grantFen,
        date: '2025-02-20',
        note: '建站经费补助',
        grantKind: 'recognition',
        recordedAt: '2025-02-20T02:00:00.000Z',
        recordedBy: CITY,
      },
    ]);
  }
  return stationId;
}

async function expense(stationId: string, change: Partial<ExpenseInput> = {}): Promise<ExpenseInput> {
  return {
    stationId,
    category: 'consulting',
    amountFen: 120_050,
    date: today(),
    payee: '贵州工业大学',
    note: '铝液除气工艺咨询费',
    receipts: [
      {
        fileId: await storePhoto(api, SOCIETY, `receipt-${stationId}-${nextId()}.png`),
        name: '发票.png',
        size: 100,
        kind: 'image',
      },
    ],
    ...change,
  };
}

const entriesOf = async (stationId: string) =>
  (await api.cloudbase.store.find('ledger', { stationId })) as unknown as LedgerEntry[];
const balanceOf = async (stationId: string) =>
  ((await api.cloudbase.store.find('ledgerBalances', { _id: stationId })) as unknown as LedgerBalance[])[0];

describe('recording', () => {
  it('an expense: the entry with its receipt, the balance document and the audit, and the page says so', async () => {
    const stationId = await station(5_000_000);
    const page = expectOk(await api.call(SOCIETY, 'ledger.expense', await expense(stationId), nextId()));
    expect(page.totals).toEqual({
      grantedFen: 5_000_000,
      spentFen: 120_050,
      refundedFen: 0,
      balanceFen: 4_879_950,
      byCategory: [{ category: 'consulting', amountFen: 120_050 }],
    });
    expect(page.items[0]).toMatchObject({ kind: 'expense', amountFen: 120_050, payee: '贵州工业大学' });
    expect(page.items[0].receipts[0].url).toBeTruthy();
    expect(page.can).toEqual({ grant: false, expense: true, refund: false, export: true });
    const entries = await entriesOf(stationId);
    expect(entries).toHaveLength(2);
    expect(entries.find((entry) => entry.kind === 'expense')).toMatchObject({
      category: 'consulting',
      societyId: 'soc-nonferrous',
      recordedBy: SOCIETY,
    });
    expect(await balanceOf(stationId)).toMatchObject({
      grantedFen: 5_000_000,
      spentFen: 120_050,
      refundedFen: 0,
      byCategory: { consulting: 120_050 },
    });
    const audit = await api.cloudbase.store.find('audit', { stationId, action: 'ledger.expense' });
    expect(audit).toHaveLength(1);
    // The head reads the same page; the city reads it with its own buttons.
    const head = expectOk(await api.call(CITY, 'ledger.station', { stationId }));
    expect(head.totals.balanceFen).toBe(4_879_950);
    expect(head.can).toEqual({ grant: true, expense: false, refund: false, export: true });
  });

  it('a later year’s grant: only after that year passed, once, and below the cap only with a reason', async () => {
    const stationId = await station(0);
    const assessed = calendarMoment(new Date()).year - 1;
    const grant = {
      stationId,
      grantKind: 'annual' as const,
      assessmentYear: calendarMoment(new Date()).year - 1,
      amountFen: 3_000_000,
      date: today(),
      documentNumber: '筑科协发〔2026〕3 号',
      note: '年度考核合格，拨付后续年度补助',
    };
    const unassessed = await api.call(CITY, 'ledger.grant', { ...grant, reason: '考核良好，择优补助' }, nextId());
    expect(unassessed).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('尚未评定合格'),
    });
    await insertPassedAssessment(api, stationId, assessed);
    const refused = await api.call(CITY, 'ledger.grant', grant, nextId());
    expect(refused).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('说明理由') });
    expect(await entriesOf(stationId)).toHaveLength(0);
    const page = expectOk(await api.call(CITY, 'ledger.grant', { ...grant, reason: '考核良好，择优补助' }, nextId()));
    expect(page.totals.balanceFen).toBe(3_000_000);
    expect(await balanceOf(stationId)).toMatchObject({ grantedFen: 3_000_000, spentFen: 0 });
    const twice = await api.call(CITY, 'ledger.grant', { ...grant, reason: '考核良好，择优补助' }, nextId());
    expect(twice).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('已记录') });
    expect(await entriesOf(stationId)).toHaveLength(1);
  });

  it('a refund of a revoked station: due is the balance, a part needs a reason, more is refused', async () => {
    const stationId = await station(5_000_000, 'revoked');
    const seen = expectOk(await api.call(CITY, 'ledger.station', { stationId }));
    expect(seen.refundDueFen).toBe(5_000_000);
    expect(seen.can.refund).toBe(true);
    const refund = { stationId, amountFen: 5_000_001, date: today(), note: '工作站撤销，结余经费退还', receipts: [] };
    expect(await api.call(CITY, 'ledger.refund', refund, nextId())).toMatchObject({
      ok: false,
      code: 'BALANCE_INSUFFICIENT',
    });
    expect(await api.call(CITY, 'ledger.refund', { ...refund, amountFen: 4_000_000 }, nextId())).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await entriesOf(stationId)).toHaveLength(1);
    const page = expectOk(await api.call(CITY, 'ledger.refund', { ...refund, amountFen: 5_000_000 }, nextId()));
    expect(page.totals).toMatchObject({ refundedFen: 5_000_000, balanceFen: 0 });
    expect(page.refundDueFen).toBeNull();
    expect(await balanceOf(stationId)).toMatchObject({ grantedFen: 5_000_000, refundedFen: 5_000_000 });
  });

  it('refuses a refund while the station operates', async () => {
    const stationId = await station(5_000_000);
    const result = await api.call(
      CITY,
      'ledger.refund',
      { stationId, amountFen: 100, date: today(), note: '试图退还', receipts: [] },
      nextId(),
    );
    expect(result).toMatchObject({ ok: false, code: 'STATION_WRONG_STATUS' });
  });
});

describe('refusing an expense, with nothing written', () => {
  it('a forbidden category, with the rule', async () => {
    const stationId = await station(5_000_000);
    const result = await api.call(
      SOCIETY,
      'ledger.expense',
      await expense(stationId, { category: 'fine' as never }),
      nextId(),
    );
    expect(result).toMatchObject({ ok: false, code: 'EXPENSE_FORBIDDEN_USE' });
    expect((result as { message: string }).message).toContain(FORBIDDEN_EXPENSE_RULE);
    expect(await entriesOf(stationId)).toHaveLength(1);
    expect(await balanceOf(stationId)).toBeUndefined();
  });

  it('a forbidden use in the words', async () => {
    const stationId = await station(5_000_000);
    const result = await api.call(
      SOCIETY,
      'ledger.expense',
      await expense(stationId, { note: '春节员工福利' }),
      nextId(),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'EXPENSE_FORBIDDEN_USE',
      message: expect.stringContaining('福利'),
    });
    expect(await entriesOf(stationId)).toHaveLength(1);
  });

  it('above the balance, naming it', async () => {
    const stationId = await station(100_000);
    const result = await api.call(
      SOCIETY,
      'ledger.expense',
      await expense(stationId, { amountFen: 100_001 }),
      nextId(),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'BALANCE_INSUFFICIENT',
      message: expect.stringContaining('￥1,000.00（壹仟元整）'),
    });
    expect(await entriesOf(stationId)).toHaveLength(1);
  });

  it('without a receipt', async () => {
    const stationId = await station(500_000);
    const result = await api.call(SOCIETY, 'ledger.expense', await expense(stationId, { receipts: [] }), nextId());
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await entriesOf(stationId)).toHaveLength(1);
  });
});

describe('at once and again', () => {
  it('two expenses that together overspend: exactly one lands', async () => {
    const stationId = await station(50_000);
    // Twice, so that both the first writer of the balance document and a later one are tried.
    const first = await expense(stationId, { amountFen: 1_000 });
    expectOk(await api.call(SOCIETY, 'ledger.expense', first, nextId()));
    const inputs = await Promise.all([
      expense(stationId, { amountFen: 30_000 }),
      expense(stationId, { amountFen: 30_000 }),
    ]);
    const results = (await Promise.all(
      inputs.map((input) => api.call(SOCIETY, 'ledger.expense', input, nextId())),
    )) as ApiResult<StationLedger>[];
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      ok: false,
      code: expect.stringMatching(/^(BALANCE_INSUFFICIENT|CONFLICT)$/),
    });
    expect((await entriesOf(stationId)).filter((entry) => entry.kind === 'expense')).toHaveLength(2);
    expect(await balanceOf(stationId)).toMatchObject({ spentFen: 31_000 });
  });

  it('two first expenses at once on a station with no balance document: exactly one lands', async () => {
    const stationId = await station(50_000);
    const inputs = await Promise.all([
      expense(stationId, { amountFen: 30_000 }),
      expense(stationId, { amountFen: 30_000 }),
    ]);
    const results = await Promise.all(inputs.map((input) => api.call(SOCIETY, 'ledger.expense', input, nextId())));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await balanceOf(stationId)).toMatchObject({ spentFen: 30_000 });
  });

  it('a replayed request id writes once and answers the same', async () => {
    const stationId = await station(500_000);
    const input = await expense(stationId);
    const requestId = nextId();
    const once = await api.call(SOCIETY, 'ledger.expense', input, requestId);
    const again = await api.call(SOCIETY, 'ledger.expense', input, requestId);
    expect(again).toEqual(once);
    expect((await entriesOf(stationId)).filter((entry) => entry.kind === 'expense')).toHaveLength(1);
  });
});

describe('the overview and the export', () => {
  const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

  it('sum the balance documents per station, and the workbook says the same row by row', async () => {
    const stationId = await station(2_000_000);
    expectOk(
      await api.call(
        SOCIETY,
        'ledger.expense',
        await expense(stationId, { amountFen: 33_301, category: 'books' }),
        nextId(),
      ),
    );
    const overview = expectOk(await api.call(SOCIETY, 'ledger.overview', {}));
    expect(overview.rows.every((row) => row.societyId === 'soc-nonferrous')).toBe(true);
    const row = overview.rows.find((candidate) => candidate.stationId === stationId)!;
    expect(row).toMatchObject({ grantedFen: 2_000_000, spentFen: 33_301, balanceFen: 1_966_699 });
    const sum = (key: 'grantedFen' | 'spentFen' | 'balanceFen') =>
      overview.rows.reduce((total, candidate) => total + candidate[key], 0);
    expect(overview.totals).toMatchObject({
      grantedFen: sum('grantedFen'),
      spentFen: sum('spentFen'),
      balanceFen: sum('balanceFen'),
    });
    const all = expectOk(await api.call(CITY, 'ledger.overview', {}));
    expect(all.rows.length).toBeGreaterThan(overview.rows.length);

    const file = expectOk(await api.call(CITY, 'ledger.export', {}));
    expect(file.name).toMatch(/^工作站经费-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(file.url!)).arrayBuffer()) as unknown as ExcelJS.Buffer);
    const [balances, detail] = workbook.worksheets;
    expect(balances.name).toBe('经费结余');
    const header = rowValues(balances, 2);
    expect(header.slice(0, 9)).toEqual([
      '序号',
      '工作站',
      '所属学会',
      '级别',
      '状态',
      '拨款（元）',
      '支出（元）',
      '退还（元）',
      '结余（元）',
    ]);
    all.rows.forEach((expected, index) => {
      const cells = rowValues(balances, 3 + index);
      expect(cells.slice(0, 2)).toEqual([index + 1, expected.stationName]);
      expect(cells.slice(5, 9)).toEqual([
        expected.grantedFen / 100,
        expected.spentFen / 100,
        expected.refundedFen / 100,
        expected.balanceFen / 100,
      ]);
      expect(cells[header.indexOf('书籍资料费（元）')]).toBe(
        (expected.byCategory.find((line) => line.category === 'books')?.amountFen ?? 0) / 100,
      );
    });
    const totals = rowValues(balances, 3 + all.rows.length);
    expect(totals.slice(0, 1)).toEqual(['合计']);
    expect(totals[8]).toBe(all.totals.balanceFen / 100);

    expect(detail.name).toBe('经费明细');
    const entries = (await api.cloudbase.store.find('ledger')) as unknown as LedgerEntry[];
    expect(detail.rowCount).toBe(2 + entries.length);
    const ours = Array.from({ length: entries.length }, (_, i) => rowValues(detail, 3 + i)).filter(
      (cells) => cells[2] === row.stationName,
    );
    expect(ours).toEqual([
      [
        expect.any(Number),
        '2025-02-20',
        row.stationName,
        '中国有色金属学会',
        '拨款',
        '认定建站补助',
        20_000,
        undefined,
        '建站经费补助',
        undefined,
        undefined,
        0,
        undefined,
        expect.any(String),
      ],
      [
        expect.any(Number),
        today(),
        row.stationName,
        '中国有色金属学会',
        '支出',
        '书籍资料费',
        333.01,
        '贵州工业大学',
        '铝液除气工艺咨询费',
        undefined,
        undefined,
        1,
        expect.any(String),
        expect.any(String),
      ],
    ]);
  });

  it('refuses a society admin the city’s whole list under another society’s name', async () => {
    expect(await api.call(SOCIETY, 'ledger.overview', { societyId: 'soc-agri' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
