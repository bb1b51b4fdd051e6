import type { Visit, VisitRating } from '../../types/domain';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import { expectOk, startLocalApi, type LocalApi } from '../support/localApi';
import { ALUMINIUM, insertNeed } from '../support/needs';
import { fixtureCheckOut, insertVisit } from '../support/visits';
import { readWord } from '../support/wordReadBack';

/**
 * The expert's 服务证明 through the built function: a past year's confirmed visits only (a visit
 * at 23:30 on New Year's Eve is that year's), the totals and ratings, the years offered, another
 * expert's own statement, the refusal of a non-expert, and the Word file read back row by row.
 */
const Y = 2024;
const EXPERT = DEMO_USERS.expert;
const ELECTRONICS = 'st-electronics';
const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();

let api: LocalApi;
let fixtures: Record<string, Visit>;
let needTitles: string[];
let needIds: string[];

const rated = (responsiveness: number, professionalism: number, effect: number, comment: string): VisitRating => ({
  responsiveness,
  professionalism,
  effect,
  comment,
  by: DEMO_USERS.demandUnit,
  firstAt: shanghai(`${Y}-06-01T12:00:00`),
  at: shanghai(`${Y}-06-01T12:00:00`),
});

/** A visit of `minutes` from `local` (Asia/Shanghai), checked out and in `status`. */
async function served(local: string, minutes: number, status: Visit['status'], overrides: Partial<Visit> = {}) {
  const at = shanghai(local);
  const end = new Date(Date.parse(at) + minutes * 60_000).toISOString();
  return insertVisit(api, status, overrides.needId ?? needIds[0], {
    checkIn: { at },
    checkOut: { ...fixtureCheckOut(end), summary: `${local} 现场指导`, outcomes: '形成书面建议' },
    durationMinutes: minutes,
    ...overrides,
  });
}
beforeAll(async () => {
  api = await startLocalApi();
  const needs = [await insertNeed(api, 'in_service'), await insertNeed(api, 'in_service')];
  needIds = needs.map((need) => need._id);
  needTitles = needs.map((need) => need.title);
  const [electronics] = await api.cloudbase.store.find('stations', { _id: ELECTRONICS });
  fixtures = {
    first: await served(`${Y}-03-05T09:00:00`, 120, 'confirmed', { rating: rated(5, 4, 3, '解决了除气问题') }),
    second: await served(`${Y}-03-20T14:00:00`, 45, 'confirmed', { needId: needIds[1], needTitle: needTitles[1] }),
    elsewhere: await served(`${Y}-07-08T10:00:00`, 90, 'confirmed', {
      stationId: ELECTRONICS,
      societyId: String(electronics.societyId),
      stationName: String(electronics.name),
      needId: '',
      needTitle: '',
      serviceType: 'training',
    }),
    newYearsEve: await served(`${Y}-12-31T23:30:00`, 60, 'confirmed', { rating: rated(4, 4, 4, '') }),
    nextYear: await served(`${Y + 1}-01-01T00:40:00`, 30, 'confirmed'),
    pending: await served(`${Y}-05-05T09:00:00`, 30, 'pending'),
    rejected: await served(`${Y}-05-06T09:00:00`, 30, 'rejected'),
    revoked: await served(`${Y}-05-07T09:00:00`, 30, 'revoked'),
    // Older than any confirmed visit: the visit list offers its year, the statement does not.
    oldPending: await served(`${Y - 1}-11-11T09:00:00`, 30, 'pending'),
    otherExpert: await served(`${Y}-04-04T09:00:00`, 50, 'confirmed', {
      expertOpenid: 'expert-02',
      expertName: '周涛',
    }),
  };
});
afterAll(() => api.stop());

const CONFIRMED = ['first', 'second', 'elsewhere', 'newYearsEve'] as const;

describe('reports.expertStatement', () => {
  it('lists the year’s confirmed visits only, oldest first, New Year’s Eve included', async () => {
    const statement = expectOk(await api.call(EXPERT, 'reports.expertStatement', { year: Y }));
    expect(statement.year).toBe(Y);
    expect(statement.visits.map((visit) => visit.visitId)).toEqual(CONFIRMED.map((key) => fixtures[key]._id));
    expect(statement.visits.at(-1)).toMatchObject({ date: `${Y}-12-31`, durationMinutes: 60 });
    expect(statement.visits[0]).toMatchObject({
      stationName: '中国有色金属学会产业科技服务工作站（华铝新材料）',
      societyName: '中国有色金属学会',
      needTitle: needTitles[0],
      serviceType: 'consulting',
      summary: `${Y}-03-05T09:00:00 现场指导`,
      rating: { responsiveness: 5, professionalism: 4, effect: 3, average: 4, comment: '解决了除气问题' },
    });
    expect(statement.visits[2]).toMatchObject({ needTitle: '', serviceType: 'training' });
    expect(statement.totals).toEqual({ visits: 4, minutes: 120 + 45 + 90 + 60, stations: 2, needs: 2 });
    expect(statement.ratings).toEqual({
      ratedVisits: 2,
      responsiveness: 4.5,
      professionalism: 4,
      effect: 3.5,
      average: 4,
    });
    expect(statement.expert).toMatchObject({ name: '陈静', workUnit: '中南大学', title: '教授' });
    expect(statement.stations.map((station) => station.stationId)).toEqual([ALUMINIUM, ELECTRONICS]);
    expect(statement.societies).toEqual(['中国有色金属学会', '贵阳市电子学会']);
  });

  it('offers every year from the first confirmed visit to this one', async () => {
    const statement = expectOk(await api.call(EXPERT, 'reports.expertStatement', {}));
    const thisYear = statement.year;
    expect(statement.years).toEqual(Array.from({ length: thisYear - Y + 1 }, (_, back) => thisYear - back));
    const next = expectOk(await api.call(EXPERT, 'reports.expertStatement', { year: Y + 1 }));
    expect(next.visits.map((visit) => visit.visitId)).toContain(fixtures.nextYear._id);
  });

  it('gives another expert their own visits only, and someone who never served an empty year', async () => {
    const other = expectOk(await api.call('expert-02', 'reports.expertStatement', { year: Y }));
    expect(other.visits.map((visit) => visit.visitId)).toEqual([fixtures.otherExpert._id]);
    expect(other.expert.name).toBe('周涛');
    const head = expectOk(await api.call(DEMO_USERS.stationHead, 'reports.expertStatement', { year: Y }));
    expect(head.visits).toEqual([]);
    expect(await api.call(EXPERT, 'reports.expertStatement', { year: 1999 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });

  it('answers the visit list with the years from the first visit of any status', async () => {
    const mine = expectOk(await api.call(EXPERT, 'visits.mine', { year: Y - 1 }));
    expect(mine.items.map((visit) => visit.id)).toEqual([fixtures.oldPending._id]);
    expect(mine.years.at(-1)).toBe(Y - 1);
    expect(mine.years[0]).toBe(calendarMoment(new Date()).year);
  });
});

describe('reports.expertStatementDocument', () => {
  it('prints the statement: the expert, the totals, each visit as a row, the ratings and the stamps', async () => {
    const statement = expectOk(await api.call(EXPERT, 'reports.expertStatement', { year: Y }));
    const file = expectOk(await api.call(EXPERT, 'reports.expertStatementDocument', { year: Y }));
    expect(file).toMatchObject({ kind: 'docx' });
    expect(file.name).toMatch(new RegExp(`^陈静${Y}年度专家服务证明-\\d{4}-\\d{2}-\\d{2}\\.docx$`));
    const response = await fetch(file.url as string);
    expect(response.status).toBe(200);
    const word = await readWord(Buffer.from(await response.arrayBuffer()));

    expect(word.lines[0]).toBe('「科创中国」学会产业科技服务工作站专家服务证明');
    expect(word.lines[1]).toBe(`（${Y}年度）`);
    expect(word.footer).toContain(`陈静 ${Y}年度专家服务证明`);

    const [expert, totals, visits, ratingAverages, ratingRows, places] = word.tables;
    expect(expert[0]).toEqual(['姓名', '陈静', '职称', '教授']);
    expect(expert[1]).toEqual(['工作单位', '中南大学']);
    expect(expert[2]).toEqual(['所在省份', '湖南省', '服务年度', `${Y}年`]);
    expect(totals).toEqual([
      ['服务次数', '4 次', '服务时长', '5 小时 15 分钟'],
      ['服务工作站', '2 个', '服务技术需求', '2 项'],
    ]);

    expect(visits[0]).toEqual(['序号', '日期', '工作站', '技术需求', '服务类型', '时长', '服务内容']);
    expect(visits.slice(1)).toEqual(
      statement.visits.map((visit, index) => [
        String(index + 1),
        visit.date,
        visit.stationName,
        visit.needTitle || '无',
        { consulting: '咨询服务', training: '人才培养' }[visit.serviceType as 'consulting' | 'training'],
        { 120: '2 小时', 45: '45 分钟', 90: '1 小时 30 分钟', 60: '1 小时' }[visit.durationMinutes as 120],
        `${visit.summary}\n成果：形成书面建议`,
      ]),
    );

    expect(ratingAverages).toEqual([
      ['响应速度', '专业水平', '服务效果', '综合'],
      ['4.5', '4.0', '3.5', '4.0'],
    ]);
    expect(ratingRows.slice(1)).toEqual([
      [`${Y}-03-05`, statement.visits[0].stationName, '5', '4', '3', '解决了除气问题'],
      [`${Y}-12-31`, statement.visits[3].stationName, '4', '4', '4', '无'],
    ]);
    expect(places.slice(1)).toEqual([
      ['1', statement.stations[0].stationName, '中国有色金属学会'],
      ['2', statement.stations[1].stationName, '贵阳市电子学会'],
    ]);

    expect(word.text).toContain(
      `兹证明陈静（中南大学 教授）于${Y}年度作为进站专家在上述工作站开展产业科技服务4次，累计5小时15分钟，服务技术需求2项，情况属实。`,
    );
    for (const station of statement.stations) expect(word.lines).toContain(`工作站（盖章）：${station.stationName}`);
    expect(word.lines).toContain('学会（盖章）：中国有色金属学会');
    expect(word.lines).toContain('学会（盖章）：贵阳市电子学会');
    expect(word.lines.filter((line) => line === '年　　月　　日')).toHaveLength(4);
  });

  it('prints an empty year as such', async () => {
    const file = expectOk(await api.call(EXPERT, 'reports.expertStatementDocument', { year: 2010 }));
    const word = await readWord(Buffer.from(await (await fetch(file.url as string)).arrayBuffer()));
    expect(word.text).toContain('本年度暂无已确认的服务记录。');
    expect(word.text).toContain('2010年度暂无经工作站确认的服务记录。');
  });

  it('still proves the service of an expert who has left every station', async () => {
    const grants = await api.cloudbase.store.find('roles', { openid: 'expert-02', role: 'expert' });
    await api.cloudbase.store.insertMany(
      'roles',
      grants.map((grant) => ({ ...grant, _id: `${grant._id}-left`, revokedAt: new Date().toISOString() })),
    );
    await api.cloudbase.store.removeMany(
      'roles',
      grants.map((grant) => grant._id),
    );
    const left = expectOk(await api.call('expert-02', 'reports.expertStatement', { year: Y }));
    expect(left.visits.map((visit) => visit.visitId)).toEqual([fixtures.otherExpert._id]);
  });
});
