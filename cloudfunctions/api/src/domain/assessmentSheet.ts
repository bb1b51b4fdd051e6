import type { AssessmentSheetRow, RoundStationRow } from '../../../../types/actions';
import type { Assessment } from '../../../../types/assessment';
import { ASSESSMENT_METRICS, type AssessmentMetric } from '../../../../types/catalogue';
import type { QuotaCounter, Station, StationEvaluation } from '../../../../types/domain';
import { finalQuota } from './assessmentFile';

export interface SheetSources {
  stations: readonly Station[];
  assessments: readonly Assessment[];
  counters: readonly QuotaCounter[];
  evaluations: readonly StationEvaluation[];
}

/**
 * The round's lines with what the workbook adds to each: the frozen figures, the reported metrics
 * (none before a report was written) and the demand unit's score.
 */
export function assessmentSheetRows(rows: readonly RoundStationRow[], sources: SheetSources): AssessmentSheetRow[] {
  const stations = new Map(sources.stations.map((station) => [station._id, station]));
  const assessments = new Map(sources.assessments.map((assessment) => [assessment.stationId, assessment]));
  const counters = new Map(sources.counters.map((counter) => [counter.stationId, counter]));
  const scores = new Map(sources.evaluations.map((evaluation) => [evaluation.stationId, evaluation.overall]));
  return rows.map((row) => {
    const assessment = assessments.get(row.stationId);
    return {
      ...row,
      figures: finalQuota(stations.get(row.stationId)!, counters.get(row.stationId) ?? null).figures,
      metrics: assessment?.report.narrative ? reportedMetrics(assessment) : null,
      evaluationOverall: scores.get(row.stationId) ?? null,
      ...(assessment?.recommendation && { recommendationNote: assessment.recommendation.note }),
    };
  });
}

function reportedMetrics(assessment: Assessment): Record<AssessmentMetric, number> {
  return Object.fromEntries(
    ASSESSMENT_METRICS.map((metric) => [metric, assessment.report.metrics[metric]?.value ?? 0]),
  ) as Record<AssessmentMetric, number>;
}
