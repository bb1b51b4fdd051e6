import type { QuotaCounter, Station } from '../../types/domain';
import { buildDashboard } from '../../cloudfunctions/api/src/domain/quotaDashboard';
import { pageWindow } from '../../cloudfunctions/api/src/domain/paging';
import { emptyCounter } from '../../cloudfunctions/api/src/domain/quotaCount';

// 1 July 2026, 00:00 in Shanghai: a little under half the year gone, so the national pace is 4 / 4 / 2.
const NOW = new Date('2026-06-30T16:00:00Z');

function station(id: string, overrides: Partial<Station> = {}): Station {
  return {
    _id: id,
    name: `工作站 ${id}`,
    societyId: 'soc-a',
    societyName: '甲学会',
    level: 'national',
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

function counter(stationId: string, needsServed: number, experts: number, outOfProvinceExperts: number): QuotaCounter {
  const counted = emptyCounter(stationId, 'soc-a', 2026, NOW.toISOString());
  counted.months[2].visits = needsServed + 1;
  return { ...counted, needsServed, experts, outOfProvinceExperts, visits: needsServed + 1 };
}

const stations = [
  station('met'),
  station('track'),
  station('risk'),
  station('behind'),
  station('city-level', { level: 'city', industry: 'software_it', societyId: 'soc-b', societyName: '乙学会' }),
];
const counters = new Map(
  [
    counter('met', 10, 10, 5),
    counter('track', 4, 4, 2),
    counter('risk', 4, 4, 1),
    counter('behind', 1, 6, 3),
    counter('city-level', 1, 1, 0),
  ].map((c) => [c.stationId, c]),
);
const roster = new Map([
  ['met', 12],
  ['track', 9],
]);
const sources = { stations, counters, roster };

describe('the dashboard of every station', () => {
  it('puts the worst first (the furthest from its quota first within a status), counts each status and sums the figures', () => {
    const board = buildDashboard(sources, { year: 2026 }, pageWindow(1, 20), NOW);
    expect(board.items.map((row) => row.stationId)).toEqual(['behind', 'risk', 'track', 'city-level', 'met']);
    // The city-level station's quota is 3 / 3 / 0, so 1 / 1 / 0 keeps its pace of 1 / 1 / 0.
    expect(board.statusCounts).toEqual({ not_met: 0, behind: 1, at_risk: 1, on_track: 2, met: 1 });
    expect(board.totals).toEqual({
      stations: 5,
      needsServed: 20,
      experts: 25,
      outOfProvinceExperts: 11,
      confirmedVisits: 25,
    });
    expect(board.months[2]).toBe(25);
    expect(board.items.find((row) => row.stationId === 'track')).toMatchObject({
      rosterExperts: 9,
      rosterShort: true,
      figureStatus: { needsServed: 'on_track', experts: 'on_track', outOfProvinceExperts: 'on_track' },
    });
    expect(board.items.find((row) => row.stationId === 'met')?.rosterShort).toBe(false);
  });

  it('filters by level, industry, society and status; the status counts ignore only the status filter', () => {
    const national = buildDashboard(sources, { year: 2026, level: 'national' }, pageWindow(), NOW);
    expect(national.total).toBe(4);
    expect(buildDashboard(sources, { year: 2026, industry: 'software_it' }, pageWindow(), NOW).total).toBe(1);
    expect(buildDashboard(sources, { year: 2026, societyId: 'soc-b' }, pageWindow(), NOW).items[0].stationId).toBe(
      'city-level',
    );
    const behind = buildDashboard(sources, { year: 2026, level: 'national', status: 'behind' }, pageWindow(), NOW);
    expect(behind.items.map((row) => row.stationId)).toEqual(['behind']);
    expect(behind.statusCounts).toEqual({ not_met: 0, behind: 1, at_risk: 1, on_track: 1, met: 1 });
  });

  it('sorts by any figure, most first unless asked otherwise, and pages', () => {
    const byExperts = buildDashboard(sources, { year: 2026, sort: 'experts' }, pageWindow(1, 2), NOW);
    expect(byExperts.items.map((row) => row.stationId)).toEqual(['met', 'behind']);
    expect(byExperts.total).toBe(5);
    const fewest = buildDashboard(sources, { year: 2026, sort: 'needsServed', order: 'asc' }, pageWindow(2, 2), NOW);
    expect(fewest.items.map((row) => row.figures.needsServed)).toEqual([4, 4]);
  });

  it('shows a station with no confirmed visit as zeros, behind once the pace asks for any', () => {
    const board = buildDashboard(
      { stations: [station('new')], counters: new Map(), roster: new Map() },
      { year: 2026 },
      pageWindow(),
      NOW,
    );
    expect(board.items[0]).toMatchObject({
      figures: { needsServed: 0, experts: 0 },
      status: 'behind',
      rosterShort: true,
    });
  });
});

describe('the dashboard of a finished year', () => {
  it('shows final verdicts only: met or not met, never a pace status', () => {
    // The same counts read as a year that ended before NOW.
    const board = buildDashboard(sources, { year: 2025 }, pageWindow(), NOW);
    expect(Object.fromEntries(board.items.map((row) => [row.stationId, row.status]))).toEqual({
      behind: 'not_met',
      risk: 'not_met',
      track: 'not_met',
      'city-level': 'not_met',
      met: 'met',
    });
    expect(board.statusCounts).toEqual({ not_met: 4, behind: 0, at_risk: 0, on_track: 0, met: 1 });
  });
});
