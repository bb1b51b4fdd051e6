import type { StationEvaluation } from '../../types/domain';
import { attachmentProblem } from '../../cloudfunctions/api/src/domain/attachments';
import { average, evaluableYears, summariseEvaluations } from '../../cloudfunctions/api/src/domain/evaluation';
import { needAssignedMessage, needDecidedMessage } from '../../cloudfunctions/api/src/domain/notifications';

describe('which years a unit may evaluate', () => {
  it('is this year, and last year too until the end of March in Asia/Shanghai', () => {
    expect(evaluableYears(new Date('2026-03-31T15:59:59Z'))).toEqual([2026, 2025]);
    expect(evaluableYears(new Date('2026-03-31T16:00:00Z'))).toEqual([2026]);
    // 2026-12-31T17:00Z is already 2027 in Guiyang.
    expect(evaluableYears(new Date('2026-12-31T17:00:00Z'))).toEqual([2027, 2026]);
  });
});

describe('the evaluation summary', () => {
  const filed = (stationId: string, year: number, overall: number): StationEvaluation => ({
    _id: `${stationId}:${year}`,
    stationId,
    societyId: 'soc',
    stationName: stationId,
    year,
    overall,
    comment: '好',
    intent: 'continue',
    submittedBy: 'u',
    submittedAt: `${year}-12-01T00:00:00.000Z`,
  });

  it('averages per station and per year, weighting need ratings by their number', () => {
    const summary = summariseEvaluations(
      [
        { id: 'a', name: 'A 站' },
        { id: 'b', name: 'B 站' },
        { id: 'c', name: 'C 站' },
      ],
      [filed('a', 2025, 4), filed('a', 2026, 5), filed('b', 2026, 2)],
      [
        { stationId: 'a', year: 2026, count: 1, average: 5 },
        { stationId: 'b', year: 2026, count: 3, average: 1 },
      ],
      (openid) => `名字${openid}`,
    );
    expect(summary.stations.map((s) => [s.stationId, s.averageOverall, s.years.map((y) => y.year)])).toEqual([
      ['a', 4.5, [2026, 2025]],
      ['b', 2, [2026]],
      ['c', null, []],
    ]);
    expect(summary.stations[0].years[0]).toMatchObject({
      yearly: { overall: 5, submittedByName: '名字u' },
      needRatings: { count: 1, average: 5 },
    });
    expect(summary.byYear).toEqual([
      { year: 2026, evaluated: 2, averageOverall: 3.5, needRatingAverage: 2 },
      { year: 2025, evaluated: 1, averageOverall: 4, needRatingAverage: null },
    ]);
    expect(average([])).toBeNull();
    expect(average([4, 4, 5])).toBe(4.3);
  });
});

describe('attachments', () => {
  const file = (name: string, size: number, kind: 'image' | 'pdf' | 'office', path = 'needs/u1/x') => ({
    fileId: `cloud://env.bucket/${path}`,
    name,
    size,
    kind,
  });

  it('accepts the stated kinds within their limits, from the person’s own folder', () => {
    expect(attachmentProblem(file('现场.JPG', 10 * 1024 * 1024, 'image'), 'u1')).toBeNull();
    expect(attachmentProblem(file('报告.pdf', 20 * 1024 * 1024, 'pdf'), 'u1')).toBeNull();
    expect(attachmentProblem(file('数据.xlsx', 1000, 'office'), 'u1')).toBeNull();
  });

  it.each([
    ['one byte over 10 MB', file('a.png', 10 * 1024 * 1024 + 1, 'image'), '10 MB'],
    ['an executable', file('a.exe', 10, 'office'), '不是'],
    ['another person’s folder', file('a.png', 10, 'image', 'needs/u2/x'), '本人'],
    ['a path climbing out of the folder', file('a.png', 10, 'image', 'needs/u1/../u2/x'), '本人'],
  ])('refuses %s', (_label, attachment, words) => {
    expect(attachmentProblem(attachment, 'u1')).toContain(words);
  });
});

describe('subscribe messages', () => {
  it('cuts long values to the template field limits and writes times in Asia/Shanghai', () => {
    const message = needAssignedMessage(
      'e1',
      { id: 'n1', title: '一个非常非常非常非常非常非常长的需求标题超过二十个字', stationName: '站' },
      '2026-12-31T17:00:00.000Z',
    );
    expect([...message.data.thing1.value]).toHaveLength(20);
    expect(message.data.time3.value).toBe('2027-01-01 01:00');
    expect(message.page).toBe('packages/needs/pages/detail/index?needId=n1');
    const declined = needDecidedMessage('u1', { id: 'n1', title: '标题' }, { accepted: false, reason: '理由' }, 't');
    expect(declined.data).toMatchObject({ phrase2: { value: '未受理' }, thing3: { value: '理由' } });
  });
});
