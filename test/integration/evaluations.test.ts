import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { evaluableYears } from '../../cloudfunctions/api/src/domain/evaluation';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, requestIds, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed } from '../support/needs';

const UNIT = DEMO_USERS.demandUnit;
const THIS_YEAR = calendarMoment(new Date()).year;
const evaluation = {
  stationId: ALUMINIUM,
  year: THIS_YEAR,
  overall: 5,
  comment: '专家团队响应及时',
  intent: 'continue' as const,
};

let api: LocalApi;
const rid = requestIds('evaluations');
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.stop());

const evaluationCount = () => api.cloudbase.store.count('evaluations');

describe('the yearly evaluation', () => {
  it('refuses a year that is not open for filing, and a comment failing the content check', async () => {
    const before = await evaluationCount();
    const closedYear = THIS_YEAR - 2;
    expect(evaluableYears(new Date())).not.toContain(closedYear);
    expect(await api.call(UNIT, 'evaluations.submit', { ...evaluation, year: closedYear }, rid())).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await api.call(UNIT, 'evaluations.submit', { ...evaluation, overall: 6 }, rid())).toMatchObject({
      code: 'INVALID_INPUT',
    });
    api.cloudbase.setRejectWords(['违禁']);
    const rejected = await api.call(
      UNIT,
      'evaluations.submit',
      { ...evaluation, stationId: ALUMINIUM, comment: '含违禁内容' },
      rid(),
    );
    expect(rejected).toMatchObject({ ok: false, code: 'CONTENT_REJECTED' });
    api.cloudbase.setRejectWords([]);
    expect(await evaluationCount()).toBe(before);
  });

  it('is filed once per station and year, and the second attempt writes nothing', async () => {
    const before = await evaluationCount();
    const filed = expectOk(await api.call(UNIT, 'evaluations.submit', evaluation, rid()));
    expect(filed).toMatchObject({ year: THIS_YEAR, overall: 5, submittedByName: '刘洋' });
    const [stored] = await api.cloudbase.store.find('evaluations', { _id: `${ALUMINIUM}:${THIS_YEAR}` });
    expect(stored).toMatchObject({
      stationId: ALUMINIUM,
      societyId: 'soc-nonferrous',
      intent: 'continue',
      submittedBy: UNIT,
    });
    const again = await api.call(UNIT, 'evaluations.submit', { ...evaluation, overall: 1 }, rid());
    expect(again).toMatchObject({ ok: false, code: 'EVALUATION_EXISTS' });
    expect(await evaluationCount()).toBe(before + 1);
    expect((await api.cloudbase.store.find('evaluations', { _id: `${ALUMINIUM}:${THIS_YEAR}` }))[0].overall).toBe(5);
  });
});

describe('the summary', () => {
  beforeAll(async () => {
    await insertNeed(api, 'closed', { evaluation: { rating: 5, comment: '', by: UNIT, at: new Date().toISOString() } });
    await insertNeed(api, 'closed', { evaluation: { rating: 2, comment: '', by: UNIT, at: new Date().toISOString() } });
  });

  it('gives the station head each year with the yearly evaluation and the need ratings', async () => {
    const summary = expectOk(await api.call(DEMO_USERS.stationHead, 'evaluations.summary', { stationId: ALUMINIUM }));
    const [station] = summary.stations;
    const thisYear = station.years.find((year) => year.year === THIS_YEAR)!;
    const lastYear = station.years.find((year) => year.year === THIS_YEAR - 1)!;
    expect(thisYear).toMatchObject({ yearly: { overall: 5 }, needRatings: { count: 2, average: 3.5 } });
    expect(lastYear.yearly).toMatchObject({ overall: 4, intent: 'continue' });
    expect(station.averageOverall).toBe(4.5);
    expect(summary.evaluableYears).toEqual([]);
  });

  it('tells the unit which years it may still file', async () => {
    const other = expectOk(await api.call(UNIT, 'evaluations.summary', { stationId: ALUMINIUM }));
    expect(other.evaluableYears).toEqual(
      evaluableYears(new Date()).filter((year) => year !== THIS_YEAR && year !== THIS_YEAR - 1),
    );
  });

  it('gives the society every station of its own, with averages per year across them', async () => {
    const summary = expectOk(
      await api.call(DEMO_USERS.societyAdmin, 'evaluations.summary', { societyId: 'soc-nonferrous' }),
    );
    expect(summary.stations.map((station) => station.stationId)).toContain(ALUMINIUM);
    expect(summary.byYear.find((row) => row.year === THIS_YEAR)).toMatchObject({
      evaluated: 1,
      averageOverall: 5,
      needRatingAverage: 3.5,
    });
    expect(await api.call(DEMO_USERS.societyAdmin, 'evaluations.summary', { societyId: 'soc-agri' })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await api.call(DEMO_USERS.societyAdmin, 'evaluations.summary', {})).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
