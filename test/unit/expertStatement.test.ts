// The server's own clock zone must not matter: run these as if the machine were in California.
process.env.TZ = 'America/Los_Angeles';

import { yearsSince } from '../../cloudfunctions/api/src/domain/calendar';
import {
  durationWords,
  statementPlaces,
  statementRatings,
  statementTotals,
  statementVisits,
  visitMinutes,
  type StatementNames,
  type StatementSource,
} from '../../cloudfunctions/api/src/domain/expertStatement';
import type { VisitRating } from '../../types/domain';

const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();

let counter = 0;
function visit(local: string, overrides: Partial<StatementSource> = {}): StatementSource {
  const at = shanghai(local);
  return {
    _id: `v${++counter}`,
    stationId: 'st-a',
    societyId: 'soc-a',
    stationName: '旧站名',
    needId: 'need-1',
    needTitle: '旧需求名',
    serviceType: 'consulting',
    status: 'confirmed',
    checkIn: { at } as StatementSource['checkIn'],
    checkOut: { at: new Date(Date.parse(at) + 90 * 60_000).toISOString(), summary: '现场指导', outcomes: '' } as never,
    durationMinutes: 90,
    ...overrides,
  };
}

const names: StatementNames = {
  stations: new Map([
    ['st-a', '甲工作站'],
    ['st-b', '乙工作站'],
  ]),
  societies: new Map([
    ['soc-a', '甲学会'],
    ['soc-b', '乙学会'],
  ]),
  needs: new Map([
    ['need-1', '除气工艺改进'],
    ['need-2', '能耗诊断'],
  ]),
};

const rating = (responsiveness: number, professionalism: number, effect: number): VisitRating => ({
  responsiveness,
  professionalism,
  effect,
  comment: '很好',
  by: 'unit',
  firstAt: '2026-05-01T00:00:00.000Z',
  at: '2026-05-01T00:00:00.000Z',
});

describe('the statement year is the check-in’s calendar year in Asia/Shanghai', () => {
  const lastEvening = visit('2026-12-31T23:30:00');
  const newYear = visit('2027-01-01T00:10:00');
  const sources = [newYear, lastEvening];

  it('counts a visit at 23:30 on 31 December 2026 (+08:00) for 2026, dated that day', () => {
    const rows = statementVisits(sources, 2026, names);
    expect(rows.map((row) => row.visitId)).toEqual([lastEvening._id]);
    expect(rows[0].date).toBe('2026-12-31');
  });

  it('counts a visit ten minutes into 2027 for 2027 only', () => {
    expect(statementVisits(sources, 2027, names).map((row) => row.visitId)).toEqual([newYear._id]);
  });

  it('leaves out visits that are not confirmed', () => {
    const pending = visit('2026-06-01T09:00:00', { status: 'pending' });
    const revoked = visit('2026-06-02T09:00:00', { status: 'revoked' });
    expect(statementVisits([pending, revoked, lastEvening], 2026, names)).toHaveLength(1);
  });
});

describe('rows and totals', () => {
  const sources = [
    visit('2026-03-02T09:00:00', { durationMinutes: 125 }),
    visit('2026-03-01T09:00:00', { durationMinutes: 45, stationId: 'st-b', societyId: 'soc-b', needId: 'need-2' }),
    visit('2026-04-01T09:00:00', { durationMinutes: 30, needId: '', needTitle: '' }),
    visit('2026-05-01T09:00:00', { durationMinutes: 60, rating: rating(5, 4, 3) }),
    visit('2026-05-02T09:00:00', { durationMinutes: undefined, rating: rating(4, 4, 4) }),
  ];
  const rows = statementVisits(sources, 2026, names);

  it('lists oldest first, named as the stations, societies and needs are called now', () => {
    expect(rows.map((row) => row.date)).toEqual(['2026-03-01', '2026-03-02', '2026-04-01', '2026-05-01', '2026-05-02']);
    expect(rows[0]).toMatchObject({ stationName: '乙工作站', societyName: '乙学会', needTitle: '能耗诊断' });
    expect(rows[2]).toMatchObject({ needId: '', needTitle: '' });
    expect(statementVisits([visit('2026-01-05T09:00:00', { stationId: 'gone' })], 2026, names)[0].stationName).toBe(
      '旧站名',
    );
  });

  it('sums the minutes (from check-in to check-out where none was recorded) and counts distinct stations and needs', () => {
    expect(rows[4].durationMinutes).toBe(90);
    expect(statementTotals(rows)).toEqual({ visits: 5, minutes: 125 + 45 + 30 + 60 + 90, stations: 2, needs: 2 });
    expect(statementTotals([])).toEqual({ visits: 0, minutes: 0, stations: 0, needs: 0 });
  });

  it('averages the ratings per aspect and overall, to one decimal, and per visit', () => {
    expect(rows[3].rating).toMatchObject({ responsiveness: 5, professionalism: 4, effect: 3, average: 4 });
    expect(statementRatings(rows)).toEqual({
      ratedVisits: 2,
      responsiveness: 4.5,
      professionalism: 4,
      effect: 3.5,
      average: 4,
    });
    expect(statementRatings(rows.slice(0, 3))).toBeNull();
  });

  it('names each station once, in the order first served, with its society', () => {
    expect(statementPlaces(rows)).toEqual({
      stations: [
        { stationId: 'st-b', stationName: '乙工作站', societyName: '乙学会' },
        { stationId: 'st-a', stationName: '甲工作站', societyName: '甲学会' },
      ],
      societies: ['乙学会', '甲学会'],
    });
  });
});

describe('durations and years', () => {
  it('writes lengths in hours and minutes', () => {
    expect(durationWords(45)).toBe('45 分钟');
    expect(durationWords(120)).toBe('2 小时');
    expect(durationWords(750)).toBe('12 小时 30 分钟');
    expect(visitMinutes({ checkIn: { at: '2026-01-01T00:00:00Z' } as never })).toBe(0);
  });

  it('offers every year from the first visit’s (Asia/Shanghai) to this one, newest first', () => {
    const now = new Date(shanghai('2026-05-01T10:00:00'));
    expect(yearsSince(shanghai('2023-01-01T00:30:00'), now)).toEqual([2026, 2025, 2024, 2023]);
    // 2022-12-31T16:30Z is already 2023 in Guiyang.
    expect(yearsSince('2022-12-31T16:30:00.000Z', now)).toEqual([2026, 2025, 2024, 2023]);
    expect(yearsSince(null, now)).toEqual([2026]);
  });
});
