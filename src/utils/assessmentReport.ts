import type { MetricEvidence, SelfInspectionReport } from '../../types/assessment';
import {
  ASSESSMENT_LIMITS,
  ASSESSMENT_METRIC_LABELS,
  ASSESSMENT_METRIC_MAX,
  ASSESSMENT_METRIC_UNITS,
  ASSESSMENT_METRICS,
  ASSESSMENT_TABLE_LIMITS,
  type AssessmentMetric,
} from '../../types/catalogue/assessments';
import { formatYuan, yuanToFen } from '../../types/catalogue/money';
import type { Attachment } from '../../types/domain';
import { textProblem, type Problems } from './validation';

/** One piece of evidence as the form holds it: links one a line, and a key that stays while rows move. */
export interface EvidenceRow {
  key: string;
  description: string;
  attachments: Attachment[];
  links: string;
}

/** A metric as typed: a count, or yuan for the two benefits. */
export interface MetricRow {
  value: string;
  evidence: EvidenceRow[];
}

export interface ReportFormValues {
  narrative: string;
  metrics: Record<AssessmentMetric, MetricRow>;
}

/**
 * Where a problem shows: `narrative`, `<metric>` (its figure), `<metric>.evidence` (the metric as
 * a whole) or `<metric>.<row key>` (one piece of evidence).
 */
export type ReportField = string;

let serial = 0;

/** A new evidence row's key, unique on this phone. */
export function evidenceKey(): string {
  serial += 1;
  return `evidence-${serial}`;
}

export function emptyEvidence(): EvidenceRow {
  return { key: evidenceKey(), description: '', attachments: [], links: '' };
}

/** Fen as the yuan a person types: 3000000 → "30000", 30005 → "300.05". */
function yuanText(fen: number): string {
  return formatYuan(fen).replace(/,/g, '').replace(/\.00$/, '');
}

/** The saved report as the form shows it; a report never saved has empty figures, not zeros. */
export function formFromReport(report: SelfInspectionReport): ReportFormValues {
  const metrics = {} as Record<AssessmentMetric, MetricRow>;
  for (const metric of ASSESSMENT_METRICS) {
    const saved = report.metrics[metric] ?? { value: 0, evidence: [] };
    const untouched = saved.value === 0 && saved.evidence.length === 0 && report.narrative === '';
    metrics[metric] = {
      value: untouched ? '' : ASSESSMENT_METRIC_UNITS[metric] === 'fen' ? yuanText(saved.value) : String(saved.value),
      evidence: saved.evidence.map((item) => ({
        key: evidenceKey(),
        description: item.description,
        attachments: item.attachments,
        links: item.links.join('\n'),
      })),
    };
  }
  return { narrative: report.narrative, metrics };
}

/** A figure in the unit the server stores: a count, or fen; null when it is not one. Blank is 0. */
export function metricValue(metric: AssessmentMetric, text: string): number | null {
  const typed = text.trim();
  if (typed === '') return 0;
  if (ASSESSMENT_METRIC_UNITS[metric] === 'fen') {
    const fen = yuanToFen(typed);
    return fen !== null && fen <= ASSESSMENT_METRIC_MAX.fen ? fen : null;
  }
  if (!/^\d{1,5}$/.test(typed)) return null;
  const count = Number(typed);
  return count <= ASSESSMENT_METRIC_MAX.count ? count : null;
}

/** An evidence row's links, one a line, blank lines dropped. */
export function linksOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The request's report (call once reportProblems found nothing). */
export function reportFromForm(values: ReportFormValues): SelfInspectionReport {
  const metrics = {} as SelfInspectionReport['metrics'];
  for (const metric of ASSESSMENT_METRICS) {
    const row = values.metrics[metric];
    metrics[metric] = {
      value: metricValue(metric, row.value) ?? 0,
      evidence: row.evidence.map((item): MetricEvidence => ({
        description: item.description.trim(),
        attachments: item.attachments,
        links: linksOf(item.links),
      })),
    };
  }
  return { narrative: values.narrative.trim(), metrics };
}

const LINK_PATTERN = /^https:\/\/\S+$/i;

/**
 * What is wrong with the report, as the server's check refuses it. A draft may be unfinished but
 * nothing in it malformed or too long; a submission (`submit`) needs the narrative and, for every
 * metric with a figure, at least one piece of evidence, each described, with a file or a link.
 */
export function reportProblems(values: ReportFormValues, submit: boolean): Problems<ReportField> {
  const problems: Problems<ReportField> = {};
  const narrativeProblem = textProblem('自查报告正文', values.narrative, ASSESSMENT_LIMITS.narrative);
  if (narrativeProblem && (submit || !/^请填写|还差/.test(narrativeProblem))) problems.narrative = narrativeProblem;

  for (const metric of ASSESSMENT_METRICS) {
    const row = values.metrics[metric];
    const money = ASSESSMENT_METRIC_UNITS[metric] === 'fen';
    const value = metricValue(metric, row.value);
    if (value === null) {
      problems[metric] = money
        ? `请填写金额（元），最多两位小数，不超过 ${formatYuan(ASSESSMENT_METRIC_MAX.fen)} 元`
        : `请填写 0 到 ${ASSESSMENT_METRIC_MAX.count} 的整数`;
    } else if (submit && row.value.trim() === '') {
      problems[metric] = '请填写，没有请填 0';
    }
    if (row.evidence.length > ASSESSMENT_TABLE_LIMITS.evidencePerMetric) {
      problems[`${metric}.evidence`] = `每项指标最多 ${ASSESSMENT_TABLE_LIMITS.evidencePerMetric} 条佐证`;
    } else if (submit && value !== null && value > 0 && row.evidence.length === 0) {
      problems[`${metric}.evidence`] = `「${ASSESSMENT_METRIC_LABELS[metric]}」不为 0，请添加佐证材料`;
    }
    for (const item of row.evidence) {
      const problem = evidenceProblem(item, submit);
      if (problem) problems[`${metric}.${item.key}`] = problem;
    }
  }
  return problems;
}

function evidenceProblem(item: EvidenceRow, submit: boolean): string | undefined {
  const described = textProblem('佐证说明', item.description, ASSESSMENT_LIMITS.evidenceNote);
  if (described) return described;
  if (submit && item.description.trim() === '') return '请写明这条佐证的内容';
  const links = linksOf(item.links);
  const wrong = links.find((link) => !LINK_PATTERN.test(link));
  if (wrong) return `链接须以 https:// 开头：${wrong}`;
  const most = ASSESSMENT_TABLE_LIMITS.attachmentsPerEvidence;
  if (links.length > most) return `每条佐证最多 ${most} 个链接`;
  if (item.attachments.length > most) return `每条佐证最多 ${most} 个附件`;
  if (submit && item.attachments.length + links.length === 0) return '请上传佐证附件或填写链接';
  return undefined;
}
