import type { Station, StationEvaluation } from '../../types/domain';
import { evaluableYears, evaluationDeadline, evaluationOverdue } from '../../cloudfunctions/api/src/domain/evaluation';
import {
  summariseYear,
  summaryYears,
  type SummaryStation,
} from '../../cloudfunctions/api/src/domain/evaluationSummary';

const station = (id: string, societyId: string, level: Station['level']): SummaryStation => ({
  _id: id,
  name: `工作站${id}`,
  societyId,
  societyName: `学会${societyId}`,
  level,
  demandUnit: { name: `单位${id}`, type: 'enterprise', address: '贵阳' },
});

const filed = (stationId: string, year: number, overall: number): StationEvaluation => ({
  _id: `${stationId}:${year}`,
  stationId,
  societyId: 'x',
  stationName: stationId,
  year,
  overall,
  comment: '满意',
  intent: 'continue',
  submittedBy: 'u',
  submittedAt: `${year}-12-01T02:00:00.000Z`,
});

const STATIONS = [
  station('a1', 'A', 'national'),
  station('a2', 'A', 'provincial'),
  station('a3', 'A', 'provincial'),
  station('b1', 'B', 'city'),
];
const NOW = new Date('2026-02-01T00:00:00Z');

describe('the deadline of a year’s evaluation', () => {
  it('is 31 March of the next year, the last day a unit may still file it, in Asia/Shanghai', () => {
    expect(evaluationDeadline(2025)).toBe('2026-03-31');
    expect(evaluationOverdue(2025, new Date('2026-03-31T15:59:59Z'))).toBe(false);
    expect(evaluationOverdue(2025, new Date('2026-03-31T16:00:00Z'))).toBe(true);
    // The deadline and the years a unit may file agree on the same instant.
    expect(evaluableYears(new Date('2026-03-31T15:59:59Z'))).toContain(2025);
    expect(evaluableYears(new Date('2026-03-31T16:00:00Z'))).not.toContain(2025);
  });
});

describe('the city’s evaluation summary of a year', () => {
  const summary = summariseYear(
    2025,
    STATIONS,
    [filed('a1', 2025, 5), filed('a2', 2025, 4), filed('b1', 2025, 2), filed('a3', 2024, 1)],
    NOW,
  );

  it('puts every station beside its unit’s evaluation of that year, or none', () => {
    expect(summary.rows.map((row) => [row.stationId, row.overall])).toEqual([
      ['a1', 5],
      ['a2', 4],
      ['a3', null],
      ['b1', 2],
    ]);
    expect(summary.rows[0]).toMatchObject({ demandUnitName: '单位a1', comment: '满意', societyName: '学会A' });
  });

  it('averages the filed evaluations only, and counts the filed and the missing', () => {
    expect(summary.bySociety).toEqual([
      { key: 'A', label: '学会A', stations: 3, filed: 2, missing: 1, averageOverall: 4.5 },
      { key: 'B', label: '学会B', stations: 1, filed: 1, missing: 0, averageOverall: 2 },
    ]);
    expect(summary.byLevel.map((group) => [group.key, group.filed, group.missing, group.averageOverall])).toEqual([
      ['national', 1, 0, 5],
      ['provincial', 1, 1, 4],
      ['city', 1, 0, 2],
    ]);
    expect(summary.total).toMatchObject({ stations: 4, filed: 3, missing: 1, averageOverall: 3.7 });
  });

  it('lists the stations whose unit has not filed, with the deadline, not yet overdue before it', () => {
    expect(summary.missing.map((row) => row.stationId)).toEqual(['a3']);
    expect(summary).toMatchObject({ deadline: '2026-03-31', overdue: false });
    expect(summariseYear(2025, STATIONS, [], new Date('2026-04-01T00:00:00Z')).overdue).toBe(true);
  });

  it('has no average for a group where none has filed, and leaves out levels with no station', () => {
    const none = summariseYear(2025, [station('c1', 'C', 'city')], [], NOW);
    expect(none.bySociety).toEqual([
      { key: 'C', label: '学会C', stations: 1, filed: 0, missing: 1, averageOverall: null },
    ]);
    expect(none.byLevel.map((group) => group.key)).toEqual(['city']);
  });
});

describe('the years the summary offers', () => {
  it('runs from the first station’s start to this year, newest first', () => {
    expect(summaryYears({ recognisedOn: '2023-06-01', createdAt: '2024-01-01T00:00:00Z' }, NOW)).toEqual([
      2026, 2025, 2024, 2023,
    ]);
    // Registered at 01:00 on 1 January in Guiyang: that is still 2024 in UTC, 2025 in Guiyang.
    expect(summaryYears({ recognisedOn: null, createdAt: '2024-12-31T17:00:00Z' }, NOW)).toEqual([2026, 2025]);
    expect(summaryYears({ recognisedOn: null, createdAt: null }, NOW)).toEqual([2026]);
  });
});
