import ExcelJS from 'exceljs';
import type { ActionName, ActionRequest } from '../../types/actions';
import type { Assessment } from '../../types/assessment';
import type { QuotaCounter, Station } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { completeReport } from '../support/assessments';
import { readWord } from '../support/wordReadBack';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed } from '../support/needs';
import { insertVisit, storePhoto } from '../support/visits';

/**
 * The yearly 考核 through the built function, with the runtime's clock moved past the 2026 close:
 * the round, each station's file from the records, the head's report, the society's remark, the
 * city's review and verdict, the deadline, and a revoked station's rounds.
 */
const Y = 2026;
const CITY = DEMO_USERS.cityAdmin;
const SOCIETY = DEMO_USERS.societyAdmin;
const HEAD = DEMO_USERS.stationHead;
const SEED_HEAD = 'head-seed';
const ELECTRONICS_HEAD = 'head-electronics';
const key = { year: Y, stationId: ALUMINIUM };
const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();
const rid = requestIds('assessments');

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
  api.cloudbase.setClock(shanghai(`${Y + 1}-01-20T09:00:00`));
});
afterAll(() => api.stop());

const write = <A extends ActionName>(openid: string, action: A, data: ActionRequest<A>, requestId = rid()) =>
  api.call(openid, action, data, requestId);
const stored = async (stationId = ALUMINIUM) =>
  (await api.cloudbase.store.find('assessments', { _id: `${Y}:${stationId}` }))[0] as unknown as Assessment | undefined;
const sentSince = (mark: number) =>
  api.cloudbase
    .openApiCalls()
    .slice(mark)
    .filter((call) => call.api === 'subscribeMessage.send')
    .map((call) => call.data as { touser: string; template_id: string; data: Record<string, { value: string }> });

async function insertStation(id: string, overrides: Partial<Station>): Promise<void> {
  const [aluminium] = await api.cloudbase.store.find('stations', { _id: ALUMINIUM });
  await api.cloudbase.store.insertMany('stations', [
    { ...aluminium, _id: id, name: `考核测试工作站${id}`, headOpenid: '', codeKey: undefined, ...overrides },
  ]);
}

describe('opening the round', () => {
  it('is refused until the year is frozen, then opens once and tells heads and society admins', async () => {
    api.cloudbase.setClock(shanghai(`${Y + 1}-01-14T12:00:00`));
    const early = await write(CITY, 'assessments.openRound', { year: Y, deadline: `${Y + 1}-02-28` });
    expect(early).toMatchObject({ ok: false, code: 'YEAR_NOT_CLOSED' });
    expect(!early.ok && early.message).toContain(`${Y + 1}-01-15`);
    expect(await api.cloudbase.store.count('assessmentRounds')).toBe(0);

    api.cloudbase.setClock(shanghai(`${Y + 1}-01-20T09:00:00`));
    const mark = api.cloudbase.openApiCalls().length;
    const past = await write(CITY, 'assessments.openRound', { year: Y, deadline: `${Y + 1}-01-20` });
    expect(past).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const opened = expectOk(await write(CITY, 'assessments.openRound', { year: Y, deadline: `${Y + 1}-02-28` }));
    expect(opened).toMatchObject({ year: Y, deadline: `${Y + 1}-02-28`, deadlinePassed: false });
    expect(opened.counts.stations).toBe(3);
    expect(opened.counts.not_started).toBe(3);
    const again = await write(CITY, 'assessments.openRound', { year: Y, deadline: `${Y + 1}-03-10` });
    expect(again).toMatchObject({ ok: false, code: 'ROUND_EXISTS' });
    const told = sentSince(mark).filter((message) => message.template_id === 'demo-template-assessment-status');
    expect(told.map((message) => message.touser)).toEqual(expect.arrayContaining([HEAD, SOCIETY, SEED_HEAD]));
    expect(await api.cloudbase.store.count('audit', { action: 'assessment.round.open' })).toBe(1);
  });

  it('lists every station of the round for the city and the society’s own for its admin', async () => {
    const city = expectOk(await api.call(CITY, 'assessments.round', { year: Y }));
    expect(city.canReview).toBe(true);
    expect(city.stations.map((row) => row.stationId).sort()).toEqual(['st-aluminium', 'st-electronics', 'st-seed']);
    expect(
      city.stations.every((row) => row.state === 'not_started' && ['met', 'not_met'].includes(row.quotaStatus)),
    ).toBe(true);
    const headRounds = expectOk(await api.call(HEAD, 'assessments.rounds', {}));
    expect(headRounds.items.map((round) => [round.year, round.counts.stations])).toEqual([[Y, 1]]);
    expect(headRounds.canOpen).toBe(false);
    expect(await api.call(HEAD, 'assessments.round', { year: Y })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const society = expectOk(await api.call(SOCIETY, 'assessments.round', { year: Y }));
    expect(society.stations.map((row) => row.stationId)).toEqual([ALUMINIUM]);
    expect(society.canReview).toBe(false);
    const rounds = expectOk(await api.call(CITY, 'assessments.rounds', {}));
    expect(rounds).toMatchObject({ canOpen: true, items: [{ year: Y }] });
  });
});

describe('the file', () => {
  it('carries the frozen figures, the year’s visits and needs, and the money of the year to the fen', async () => {
    await api.cloudbase.store.insertMany('ledger', [
      {
        _id: 'led-1',
        stationId: ALUMINIUM,
        societyId: 'soc-nonferrous',
        kind: 'grant',
        amountFen: 5_000_000,
        date: `${Y - 1}-03-01`,
        note: '建站经费补助',
        recordedAt: '',
        recordedBy: CITY,
      },
      {
        _id: 'led-2',
        stationId: ALUMINIUM,
        societyId: 'soc-nonferrous',
        kind: 'expense',
        category: 'expert_travel',
        amountFen: 123_456,
        date: `${Y}-04-02`,
        note: '差旅',
        recordedAt: '',
        recordedBy: SOCIETY,
      },
      {
        _id: 'led-3',
        stationId: ALUMINIUM,
        societyId: 'soc-nonferrous',
        kind: 'expense',
        category: 'meeting',
        amountFen: 1_001,
        date: `${Y}-12-31`,
        note: '会议',
        recordedAt: '',
        recordedBy: SOCIETY,
      },
      {
        _id: 'led-4',
        stationId: ALUMINIUM,
        societyId: 'soc-nonferrous',
        kind: 'expense',
        category: 'meeting',
        amountFen: 999,
        date: `${Y + 1}-01-01`,
        note: '次年',
        recordedAt: '',
        recordedBy: SOCIETY,
      },
    ]);
    const view = expectOk(await api.call(HEAD, 'assessments.get', key));
    const [counter] = (await api.cloudbase.store.find('quotaCounters', {
      _id: `${ALUMINIUM}:${Y}`,
    })) as unknown as QuotaCounter[];
    expect(view.file.quota.figures).toEqual({
      needsServed: counter.needsServed,
      experts: counter.experts,
      outOfProvinceExperts: counter.outOfProvinceExperts,
    });
    expect(view.file.quota.confirmedVisits).toBe(counter.visits);
    expect(['met', 'not_met']).toContain(view.file.quota.status);
    expect(view.file.needsServed).toHaveLength(counter.needsServed);
    const confirmed = await api.cloudbase.store.count('visits', { stationId: ALUMINIUM, year: Y, status: 'confirmed' });
    expect(view.file.visitsTotal).toBe(confirmed);
    expect(view.file.visits).toHaveLength(Math.min(200, confirmed));
    const times = view.file.visits.map((visit) => visit.at);
    expect([...times].sort()).toEqual(times);
    expect(view.file.spending).toEqual({
      grantedFen: 0,
      spentFen: 124_457,
      refundedFen: 0,
      byCategory: [
        { category: 'expert_travel', amountFen: 123_456 },
        { category: 'meeting', amountFen: 1_001 },
      ],
      balanceAtYearEndFen: 5_000_000 - 124_457,
    });
    expect(view.file.roster.expertsAtYearEnd).toBeGreaterThan(0);
    expect(view).toMatchObject({ state: 'not_started', can: { edit: true, submit: false, comment: false } });
  });

  it('takes the same database requests with 10 or 300 visits in the year', async () => {
    await insertStation('st-assess-bench', { createdAt: shanghai(`${Y}-02-01T09:00:00`), societyId: 'soc-nonferrous' });
    const need = await insertNeed(api, 'in_service', { stationId: 'st-assess-bench' });
    const visitsAt = (count: number, from: number) =>
      Promise.all(
        Array.from({ length: count }, (_, index) => {
          const at = new Date(
            Date.parse(shanghai(`${Y}-03-01T08:00:00`)) + (from + index) * 3 * 3_600_000,
          ).toISOString();
          return insertVisit(api, 'confirmed', need._id, {
            stationId: 'st-assess-bench',
            checkIn: { at, receivedAt: at },
          });
        }),
      );
    const get = () => api.call(CITY, 'assessments.get', { year: Y, stationId: 'st-assess-bench' });
    await visitsAt(10, 0);
    await get();
    api.cloudbase.resetStats();
    expect(expectOk(await get()).file.visitsTotal).toBe(10);
    const withTen = api.cloudbase.stats().requests;
    await visitsAt(290, 10);
    api.cloudbase.resetStats();
    const view = expectOk(await get());
    expect(api.cloudbase.stats().requests).toBe(withTen);
    expect(view.file.visitsTotal).toBe(300);
    expect(view.file.visits).toHaveLength(200);
    await api.cloudbase.store.removeMany('stations', ['st-assess-bench']);
  });
});

describe('the self-inspection report', () => {
  it('saves an incomplete draft, refuses to submit it naming every problem, and refuses a malformed one outright', async () => {
    const draft = completeReport({ narrative: '初稿' });
    draft.metrics.awards = { value: 2, evidence: [] };
    expect(expectOk(await write(HEAD, 'assessments.saveReport', { ...key, report: draft }))).toMatchObject({
      state: 'draft',
      can: { edit: true, submit: true, withdraw: false },
    });
    const refused = await write(HEAD, 'assessments.submit', key);
    expect(refused).toMatchObject({ ok: false, code: 'REPORT_INCOMPLETE' });
    expect(!refused.ok && refused.message).toContain('至少 50 字');
    expect(!refused.ok && refused.message).toContain('获市级及以上科技奖项」不为 0');
    expect(await stored()).toMatchObject({ status: 'draft' });

    const malformed = completeReport();
    malformed.metrics.talents = { value: -1, evidence: [] };
    const before = JSON.stringify(await stored());
    expect(await write(HEAD, 'assessments.saveReport', { ...key, report: malformed })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    const badLink = completeReport();
    badLink.metrics.awards = {
      value: 1,
      evidence: [{ description: '省科技进步奖', attachments: [], links: ['http://a.cn'] }],
    };
    expect(await write(HEAD, 'assessments.saveReport', { ...key, report: badLink })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(JSON.stringify(await stored())).toBe(before);
  });

  it('submits a complete report, tells the city, and may take it back and submit again', async () => {
    const report = completeReport();
    report.metrics.awards = {
      value: 1,
      evidence: [
        { description: '获贵州省科技进步三等奖', attachments: [], links: ['https://kjt.guizhou.gov.cn/award'] },
      ],
    };
    report.metrics.transferBenefitFen = {
      value: 12_345_600,
      evidence: [{ description: '再生铝除杂工艺转让合同', attachments: [], links: ['https://example.cn/c.pdf'] }],
    };
    expectOk(await write(HEAD, 'assessments.saveReport', { ...key, report }));
    const mark = api.cloudbase.openApiCalls().length;
    expect(expectOk(await write(HEAD, 'assessments.submit', key))).toMatchObject({
      state: 'submitted',
      can: { edit: false, submit: false, withdraw: true },
    });
    expect(sentSince(mark)).toEqual([
      expect.objectContaining({ touser: CITY, template_id: 'demo-template-assessment-status' }),
    ]);
    expect(expectOk(await write(HEAD, 'assessments.withdraw', key))).toMatchObject({ state: 'draft' });
    expect((await stored())?.submittedAt).toBeUndefined();
    expectOk(await write(HEAD, 'assessments.submit', key));
    expect(await stored()).toMatchObject({ status: 'submitted', submittedBy: HEAD, report });
  });

  it('takes the society’s remark once for a replayed request', async () => {
    const requestId = rid();
    const data = { ...key, text: '请补充成果转化合同的盖章页' };
    const first = expectOk(await write(SOCIETY, 'assessments.comment', data, requestId));
    const replay = expectOk(await write(SOCIETY, 'assessments.comment', data, requestId));
    expect(replay).toEqual(first);
    expect((await stored())?.comments).toEqual([expect.objectContaining({ by: SOCIETY, text: data.text })]);
    expect(await api.cloudbase.store.count('audit', { action: 'assessment.comment' })).toBe(1);
  });
});

describe('the city’s review', () => {
  it('reviews the documents, records the inspection with a photo, and lands one of two verdicts at once', async () => {
    expect(
      await write(CITY, 'assessments.review', {
        ...key,
        step: 'inspection',
        opinion: '现场考察情况良好',
        attachments: [],
        inspectedOn: `${Y + 1}-01-19`,
      }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expectOk(
      await write(CITY, 'assessments.review', {
        ...key,
        step: 'document_review',
        opinion: '材料齐全',
        attachments: [],
      }),
    );
    expect(await write(HEAD, 'assessments.withdraw', key)).toMatchObject({
      ok: false,
      code: 'ASSESSMENT_WRONG_STATUS',
    });
    const photo = {
      fileId: await storePhoto(api, CITY, 'inspection.png'),
      name: '现场.png',
      size: 68,
      kind: 'image' as const,
    };
    const noPhoto = {
      ...key,
      step: 'inspection' as const,
      opinion: '现场考察情况良好',
      attachments: [],
      inspectedOn: `${Y + 1}-01-19`,
    };
    expect(await write(CITY, 'assessments.review', noPhoto)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(
      await write(CITY, 'assessments.review', { ...noPhoto, attachments: [photo], inspectedOn: `${Y}-12-30` }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(
      await write(CITY, 'assessments.review', { ...noPhoto, attachments: [photo], inspectedOn: `${Y + 1}-01-21` }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expectOk(await write(CITY, 'assessments.review', { ...noPhoto, attachments: [photo] }));
    // The head opens the inspection photo from the page.
    const seen = expectOk(await api.call(HEAD, 'assessments.get', key));
    expect(seen.fileUrls?.[photo.fileId]).toMatch(/^https?:\/\//);

    const mark = api.cloudbase.openApiCalls().length;
    const verdict = {
      ...key,
      step: 'verdict' as const,
      opinion: '运行规范，成效明显',
      attachments: [],
      verdict: 'passed' as const,
    };
    const results = await Promise.all([
      write(CITY, 'assessments.review', verdict),
      write(CITY, 'assessments.review', verdict),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const loser = results.find((result) => !result.ok);
    expect(loser && !loser.ok && loser.code).toMatch(/ASSESSMENT_WRONG_STATUS|CONFLICT/);
    const after = await stored();
    expect(after).toMatchObject({ status: 'passed', verdict: 'passed' });
    expect(after?.reviews.map((review) => review.step)).toEqual(['document_review', 'inspection', 'verdict']);
    expect(sentSince(mark).map((message) => message.touser)).toEqual(expect.arrayContaining([HEAD, SOCIETY]));
  });

  it('recommends only a passing station', async () => {
    const view = expectOk(await write(CITY, 'assessments.recommend', { ...key, recommended: true, note: '成效突出' }));
    expect(view.recommendation).toMatchObject({ by: CITY, note: '成效突出' });
    const seed = await write(CITY, 'assessments.recommend', {
      year: Y,
      stationId: 'st-seed',
      recommended: true,
      note: '',
    });
    expect(seed).toMatchObject({ ok: false, code: 'ASSESSMENT_WRONG_STATUS' });
    const round = expectOk(await api.call(CITY, 'assessments.round', { year: Y }));
    expect(round.round.counts).toMatchObject({ passed: 1, recommended: 1 });
  });
});

describe('the printed 考核表 and the round’s workbook', () => {
  const fetched = async (url: string | null) => {
    expect(url).toBeTruthy();
    const response = await fetch(url as string);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const sheetOf = async (url: string | null) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await fetched(url)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    return Array.from({ length: sheet.rowCount }, (_, n) => (sheet.getRow(n + 1).values as unknown[]).slice(1));
  };

  it('prints the station’s assessment as its page shows it, for its head as for the city', async () => {
    const file = expectOk(await api.call(HEAD, 'assessments.document', key));
    expect(file).toMatchObject({ kind: 'docx' });
    expect(file.name).toMatch(/年度考核表.*\.docx$/);
    const word = await readWord(await fetched(file.url));
    expect(word.text).toContain(`${Y}年度考核表`);
    expect(word.text).toContain('系统根据记录生成');
    expect(word.text).toContain('合格');
    expect(word.text).toContain('成效突出');
    expect(await api.call(SEED_HEAD, 'assessments.document', key)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('exports one row per station of the round with its verdict, and the recommended list alone', async () => {
    const round = expectOk(await api.call(CITY, 'assessments.round', { year: Y }));
    const rows = await sheetOf(expectOk(await api.call(CITY, 'assessments.export', { year: Y })).url);
    const named = (name: string) => rows.find((row) => row.includes(name));
    for (const station of round.stations) expect(named(station.stationName)).toBeDefined();
    expect(named(round.stations.find((row) => row.stationId === ALUMINIUM)!.stationName)).toContain('合格');
    expect(rows.find((row) => row[0] === '合计')?.[1]).toBe(`${round.stations.length} 个工作站`);

    const recommended = await sheetOf(
      expectOk(await api.call(CITY, 'assessments.export', { year: Y, only: 'recommended' })).url,
    );
    const stationRows = recommended.filter((row) => typeof row[0] === 'number');
    expect(stationRows).toHaveLength(1);
    expect(stationRows[0]).toContain('成效突出');

    const society = await sheetOf(expectOk(await api.call(SOCIETY, 'assessments.export', { year: Y })).url);
    const own = round.stations.filter((row) => row.societyId === 'soc-nonferrous');
    expect(society.find((row) => row[0] === '合计')?.[1]).toBe(`${own.length} 个工作站`);
  });
});

describe('the deadline', () => {
  it('closes reports after its last day, shows 未提交, and lets the city fail a station that never submitted', async () => {
    expectOk(
      await write(SEED_HEAD, 'assessments.saveReport', { year: Y, stationId: 'st-seed', report: completeReport() }),
    );
    expect(
      await write(CITY, 'assessments.review', {
        year: Y,
        stationId: 'st-seed',
        step: 'verdict',
        opinion: '未按时提交',
        attachments: [],
        verdict: 'failed',
      }),
    ).toMatchObject({ ok: false, code: 'ASSESSMENT_WRONG_STATUS' });

    api.cloudbase.setClock(shanghai(`${Y + 1}-03-01T00:00:00`));
    const late = await write(SEED_HEAD, 'assessments.submit', { year: Y, stationId: 'st-seed' });
    expect(late).toMatchObject({ ok: false, code: 'ASSESSMENT_DEADLINE_PASSED' });
    expect(!late.ok && late.message).toContain(`${Y + 1}-02-28`);
    const round = expectOk(await api.call(CITY, 'assessments.round', { year: Y }));
    const states = Object.fromEntries(round.stations.map((row) => [row.stationId, row.state]));
    expect(states).toMatchObject({
      'st-seed': 'not_submitted',
      'st-electronics': 'not_submitted',
      [ALUMINIUM]: 'passed',
    });

    const unsubmitted = {
      year: Y,
      stationId: 'st-electronics',
      step: 'verdict' as const,
      opinion: '无正当理由未提交自查报告',
      attachments: [],
    };
    expect(await write(CITY, 'assessments.review', { ...unsubmitted, verdict: 'passed' })).toMatchObject({
      ok: false,
      code: 'ASSESSMENT_WRONG_STATUS',
    });
    expectOk(await write(CITY, 'assessments.review', { ...unsubmitted, verdict: 'failed' }));
    expect(await stored('st-electronics')).toMatchObject({
      status: 'failed',
      verdict: 'failed',
      report: completeReport({ narrative: '' }),
    });
    expectOk(
      await write(CITY, 'assessments.review', {
        year: Y,
        stationId: 'st-seed',
        step: 'verdict',
        opinion: '未按时提交',
        attachments: [],
        verdict: 'failed',
      }),
    );
    expect(
      expectOk(await api.call(ELECTRONICS_HEAD, 'assessments.get', { year: Y, stationId: 'st-electronics' })),
    ).toMatchObject({ state: 'failed', verdict: 'failed' });
  });
});

describe('a revoked station', () => {
  it('is in the round of the year it ended and not in the next', async () => {
    await insertStation('st-assess-revoked', {
      status: 'revoked',
      endedYear: Y,
      createdAt: shanghai(`${Y - 1}-05-01T09:00:00`),
    });
    const round = expectOk(await api.call(CITY, 'assessments.round', { year: Y }));
    expect(round.stations.find((row) => row.stationId === 'st-assess-revoked')).toMatchObject({
      stationStatus: 'revoked',
      state: 'not_submitted',
    });

    api.cloudbase.setClock(shanghai(`${Y + 2}-01-20T09:00:00`));
    expectOk(await write(CITY, 'assessments.openRound', { year: Y + 1, deadline: `${Y + 2}-02-28` }));
    const next = expectOk(await api.call(CITY, 'assessments.round', { year: Y + 1 }));
    expect(next.stations.map((row) => row.stationId)).toContain(ALUMINIUM);
    expect(next.stations.map((row) => row.stationId)).not.toContain('st-assess-revoked');
    expect(await api.call(CITY, 'assessments.get', { year: Y + 1, stationId: 'st-assess-revoked' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
