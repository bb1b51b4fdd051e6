import type {
  QuotaYearClose,
  RosterSizes,
  SocietyAnnualReport,
  SocietyReportStation,
  SocietyReportTotals,
} from '../../../../types/actions';
import type { AssessmentVerdict } from '../../../../types/catalogue';
import type { QuotaCounter, Society, Station, StationEvaluation } from '../../../../types/domain';
import { calendarMoment } from './calendar';
import { isOutOfProvince } from './profile';
import { yearElapsed } from './quota';
import { dashboardRow } from './quotaDashboard';
import { operatedDuring, startDateOf } from './stationStatus';

/*
 * The society's annual report (学会年度报告) made of the records read once for all its stations:
 * each station's line is the dashboard's own (`dashboardRow`), so the two never disagree.
 */

/** One group of the roster aggregation: active grants of a role at a station, by the holder's province. */
export interface RosterGroup {
  stationId: string;
  role: 'expert' | 'station_head' | 'station_staff';
  /** The holder's profile province; null when they have no profile. */
  province: string | null;
  count: number;
}

export interface SocietyReportSources {
  society: Pick<Society, '_id' | 'name' | 'level'>;
  /** Every station of the society, of any year: the report keeps those that operated during it. */
  stations: readonly Station[];
  counters: readonly QuotaCounter[];
  evaluations: readonly Pick<StationEvaluation, 'stationId' | 'overall' | 'submittedAt'>[];
  verdicts: readonly { stationId: string; verdict?: AssessmentVerdict }[];
  roster: readonly RosterGroup[];
  yearClose: QuotaYearClose;
}

const NO_ROSTER: RosterSizes = { experts: 0, outOfProvinceExperts: 0, staff: 0 };

/** The roster groups summed per station; out of province as a visit would say it (`isOutOfProvince`). */
export function rosterSizes(groups: readonly RosterGroup[]): Map<string, RosterSizes> {
  const sizes = new Map<string, RosterSizes>();
  for (const group of groups) {
    const size = { ...(sizes.get(group.stationId) ?? NO_ROSTER) };
    if (group.role === 'expert') {
      size.experts += group.count;
      if (group.province !== null && isOutOfProvince({ province: group.province })) {
        size.outOfProvinceExperts += group.count;
      }
    } else {
      size.staff += group.count;
    }
    sizes.set(group.stationId, size);
  }
  return sizes;
}

/** The year the society's first station came into the scheme; this year when it has none yet. */
export function firstReportYear(stations: readonly Pick<Station, 'recognition' | 'createdAt'>[], now: Date): number {
  const years = stations.map((station) => Number(startDateOf(station).slice(0, 4)));
  return Math.min(calendarMoment(now).year, ...years);
}

/** One decimal, as the evaluation's stars are shown. */
function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

export function societyReportTotals(rows: readonly SocietyReportStation[]): SocietyReportTotals {
  const evaluated = rows.flatMap((row) => (row.evaluation ? [row.evaluation.overall] : []));
  const sum = (value: (row: SocietyReportStation) => number) => rows.reduce((total, row) => total + value(row), 0);
  return {
    stations: rows.length,
    met: rows.filter((row) => row.status === 'met').length,
    needsServed: sum((row) => row.figures.needsServed),
    experts: sum((row) => row.figures.experts),
    outOfProvinceExperts: sum((row) => row.figures.outOfProvinceExperts),
    confirmedVisits: sum((row) => row.confirmedVisits),
    rosterExperts: sum((row) => row.roster.experts),
    evaluations: evaluated.length,
    averageEvaluation:
      evaluated.length === 0
        ? null
        : oneDecimal(evaluated.reduce((total, value) => total + value, 0) / evaluated.length),
  };
}

/** The stations that operated during `year`, by name, each with its figures, evaluation, roster and verdict. */
export function buildSocietyReport(sources: SocietyReportSources, year: number, now: Date): SocietyAnnualReport {
  const elapsed = yearElapsed(year, now);
  const counters = new Map(sources.counters.map((counter) => [counter.stationId, counter]));
  const evaluations = new Map(sources.evaluations.map((evaluation) => [evaluation.stationId, evaluation]));
  const verdicts = new Map(sources.verdicts.map((assessment) => [assessment.stationId, assessment.verdict]));
  const roster = rosterSizes(sources.roster);
  const stations = sources.stations
    .filter((station) => operatedDuring(station, year))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN') || a._id.localeCompare(b._id))
    .map((station): SocietyReportStation => {
      const sizes = roster.get(station._id) ?? NO_ROSTER;
      const line = dashboardRow(station, counters.get(station._id), sizes.experts, elapsed, now);
      const evaluation = evaluations.get(station._id);
      return {
        stationId: station._id,
        stationName: station.name,
        level: station.level,
        industry: station.industry,
        stationStatus: station.status,
        quota: line.quota,
        figures: line.figures,
        figureStatus: line.figureStatus,
        status: line.status,
        confirmedVisits: line.confirmedVisits,
        evaluation: evaluation ? { overall: evaluation.overall, submittedAt: evaluation.submittedAt } : null,
        roster: sizes,
        verdict: verdicts.get(station._id) ?? null,
      };
    });
  return {
    societyId: sources.society._id,
    societyName: sources.society.name,
    societyLevel: sources.society.level,
    year,
    firstYear: firstReportYear(sources.stations, now),
    yearClose: sources.yearClose,
    stations,
    totals: societyReportTotals(stations),
  };
}

/** The stations of the report that did not reach the quota, for the summary's list. */
export function stationsShort(report: Pick<SocietyAnnualReport, 'stations'>): SocietyReportStation[] {
  return report.stations.filter((row) => row.status !== 'met');
}
