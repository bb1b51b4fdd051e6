import type { QuotaYearClose } from '../../types/actions';
import type { QuotaCounter, Station } from '../../types/domain';
import {
  buildSocietyReport,
  firstReportYear,
  rosterSizes,
  societyReportTotals,
  stationsShort,
  type SocietyReportSources,
} from '../../cloudfunctions/api/src/domain/societyReport';
import { emptyCounter } from '../../cloudfunctions/api/src/domain/quotaCount';

// 2 March 2027 in Shanghai: 2026 has ended, its statuses are final (已达标 / 未达标).
const NOW = new Date('2027-03-02T04:00:00Z');
const CLOSE_2026: QuotaYearClose = {
  year: 2026,
  closesOn: '2027-01-15',
  final: true,
  frozen: true,
  movableFrom: '2027-01-01',
  movableTo: '2027-03-31',
};

function station(id: string, overrides: Partial<Station> = {}): Station {
  return {
    _id: id,
    name: `工作站${id}`,
    societyId: 'soc-a',
    societyName: '甲学会',
    level: 'city',
    industry: 'aluminium',
    demandUnit: { name: '单位', type: 'enterprise', address: '贵阳' },
    headOpenid: '',
    location: { latitude: 26.6, longitude: 106.6 },
    radiusM: 500,
    cooperationStart: '2025-01-01',
    cooperationEnd: '2027-12-31',
    status: 'operating',
    createdAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

function counter(stationId: string, needsServed: number, experts: number, visits: number): QuotaCounter {
  return { ...emptyCounter(stationId, 'soc-a', 2026, NOW.toISOString()), needsServed, experts, visits };
}

function sources(overrides: Partial<SocietyReportSources> = {}): SocietyReportSources {
  return {
    society: { _id: 'soc-a', name: '甲学会', level: 'city' },
    stations: [
      station('B'),
      station('A'),
      station('revoked', { status: 'revoked', endedYear: 2026 }),
      station('gone', { status: 'closed', endedYear: 2025 }),
      station('later', { recognition: { documentNumber: '筑科协〔2027〕1号', recognisedOn: '2027-02-01' } }),
    ],
    counters: [counter('A', 3, 4, 9), counter('B', 1, 3, 2), counter('revoked', 2, 1, 3)],
    evaluations: [
      { stationId: 'A', overall: 5, submittedAt: '2027-01-05T02:00:00Z' },
      { stationId: 'B', overall: 4, submittedAt: '2027-01-06T02:00:00Z' },
    ],
    verdicts: [{ stationId: 'A', verdict: 'passed' }, { stationId: 'B' }],
    roster: [
      { stationId: 'A', role: 'expert', province: '贵州省', count: 3 },
      { stationId: 'A', role: 'expert', province: '北京市', count: 2 },
      { stationId: 'A', role: 'expert', province: null, count: 1 },
      { stationId: 'A', role: 'station_head', province: '贵州省', count: 1 },
      { stationId: 'A', role: 'station_staff', province: null, count: 2 },
    ],
    yearClose: CLOSE_2026,
    ...overrides,
  };
}

describe('the society report of a year', () => {
  const report = buildSocietyReport(sources(), 2026, NOW);

  it('lists the stations that operated in the year, by name, a revoked one with its status', () => {
    expect(report.stations.map((row) => row.stationId)).toEqual(['A', 'B', 'revoked']);
    expect(report.stations[2].stationStatus).toBe('revoked');
  });

  it('judges each station as the dashboard does: final once the year has ended', () => {
    const [a, b] = report.stations;
    expect(a).toMatchObject({ status: 'met', figures: { needsServed: 3, experts: 4 }, confirmedVisits: 9 });
    expect(b).toMatchObject({ status: 'not_met', figureStatus: { needsServed: 'not_met', experts: 'met' } });
  });

  it('carries the evaluation, or none, and the verdict, or none', () => {
    const [a, b, revoked] = report.stations;
    expect(a.evaluation).toEqual({ overall: 5, submittedAt: '2027-01-05T02:00:00Z' });
    expect(revoked.evaluation).toBeNull();
    expect(a.verdict).toBe('passed');
    expect(b.verdict).toBeNull();
  });

  it('sizes the roster: experts, those outside Guizhou, and the head with the staff', () => {
    expect(report.stations[0].roster).toEqual({ experts: 6, outOfProvinceExperts: 2, staff: 3 });
    expect(report.stations[1].roster).toEqual({ experts: 0, outOfProvinceExperts: 0, staff: 0 });
  });

  it('sums the society’s totals, with the average evaluation to one decimal', () => {
    expect(report.totals).toEqual({
      stations: 3,
      met: 1,
      needsServed: 6,
      experts: 8,
      outOfProvinceExperts: 0,
      confirmedVisits: 14,
      rosterExperts: 6,
      evaluations: 2,
      averageEvaluation: 4.5,
    });
    expect(stationsShort(report).map((row) => row.stationId)).toEqual(['B', 'revoked']);
  });

  it('offers the years from the first station’s start', () => {
    expect(report.firstYear).toBe(2025);
    expect(firstReportYear([], NOW)).toBe(2027);
  });
});

describe('the totals', () => {
  it('have no average while no evaluation was submitted', () => {
    expect(societyReportTotals([])).toMatchObject({ stations: 0, met: 0, evaluations: 0, averageEvaluation: null });
  });

  it('round the average to one decimal', () => {
    const report = buildSocietyReport(
      sources({
        evaluations: [
          { stationId: 'A', overall: 5, submittedAt: '2027-01-05T02:00:00Z' },
          { stationId: 'B', overall: 4, submittedAt: '2027-01-05T02:00:00Z' },
          { stationId: 'revoked', overall: 4, submittedAt: '2027-01-05T02:00:00Z' },
        ],
      }),
      2026,
      NOW,
    );
    expect(report.totals.averageEvaluation).toBe(4.3);
  });
});

describe('roster sizes', () => {
  it('take a province written without 省 as the same province', () => {
    const sizes = rosterSizes([
      { stationId: 'A', role: 'expert', province: '贵州', count: 2 },
      { stationId: 'A', role: 'expert', province: '四川', count: 1 },
    ]);
    expect(sizes.get('A')).toEqual({ experts: 3, outOfProvinceExperts: 1, staff: 0 });
  });
});
