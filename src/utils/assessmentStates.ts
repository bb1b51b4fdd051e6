import type { AssessmentRoundView, RoundStationRow, RoundStationState } from '../../types/actions';
import {
  ASSESSMENT_METRIC_UNIT_LABELS,
  ASSESSMENT_METRIC_UNITS,
  ASSESSMENT_NOT_STARTED_LABEL,
  ASSESSMENT_NOT_SUBMITTED_LABEL,
  ASSESSMENT_STATUS_LABELS,
  ASSESSMENT_STATUSES,
  type AssessmentMetric,
} from '../../types/catalogue/assessments';
import { formatYuan } from '../../types/catalogue/money';
import type { BadgeTone } from '../components/StatusBadge';

/** A round's states in the order a station goes through them; 未提交 sits beside 未开始. */
export const ROUND_STATES: readonly RoundStationState[] = ['not_started', 'not_submitted', ...ASSESSMENT_STATUSES];

export const ROUND_STATE_LABELS: Record<RoundStationState, string> = {
  ...ASSESSMENT_STATUS_LABELS,
  not_started: ASSESSMENT_NOT_STARTED_LABEL,
  not_submitted: ASSESSMENT_NOT_SUBMITTED_LABEL,
};

/** The round's chips say a state in a word or two: the status labels are sentences. */
export const ROUND_STATE_SHORT_LABELS: Record<RoundStationState, string> = {
  not_started: ASSESSMENT_NOT_STARTED_LABEL,
  not_submitted: ASSESSMENT_NOT_SUBMITTED_LABEL,
  draft: '撰写中',
  submitted: '已提交',
  document_reviewed: '书面审查',
  inspected: '现场考察',
  passed: ASSESSMENT_STATUS_LABELS.passed,
  failed: ASSESSMENT_STATUS_LABELS.failed,
};

export const ROUND_STATE_TONES: Record<RoundStationState, BadgeTone> = {
  not_started: 'muted',
  not_submitted: 'danger',
  draft: 'warn',
  submitted: 'info',
  document_reviewed: 'progress',
  inspected: 'progress',
  passed: 'success',
  failed: 'danger',
};

/** What a round's card counts: 已提交 takes in every state after submission that has no verdict yet. */
export type RoundCount = 'not_started' | 'draft' | 'submitted' | 'not_submitted' | 'passed' | 'failed' | 'recommended';

export const ROUND_COUNT_LABELS: Record<RoundCount, string> = {
  not_started: ASSESSMENT_NOT_STARTED_LABEL,
  draft: '撰写中',
  submitted: '已提交',
  not_submitted: ASSESSMENT_NOT_SUBMITTED_LABEL,
  passed: ASSESSMENT_STATUS_LABELS.passed,
  failed: ASSESSMENT_STATUS_LABELS.failed,
  recommended: '推荐',
};

const ROUND_COUNT_ORDER: readonly RoundCount[] = [
  'not_started',
  'draft',
  'submitted',
  'not_submitted',
  'passed',
  'failed',
  'recommended',
];

/** A round's counts as the card lists them, in the order of the work. */
export function roundCounts(
  counts: AssessmentRoundView['counts'],
): { key: RoundCount; label: string; count: number }[] {
  const value: Record<RoundCount, number> = {
    not_started: counts.not_started,
    draft: counts.draft,
    submitted: counts.submitted + counts.document_reviewed + counts.inspected,
    not_submitted: counts.not_submitted,
    passed: counts.passed,
    failed: counts.failed,
    recommended: counts.recommended,
  };
  return ROUND_COUNT_ORDER.map((key) => ({ key, label: ROUND_COUNT_LABELS[key], count: value[key] }));
}

export type RoundFilter = RoundStationState | 'all' | 'recommended';

/** The round's filter chips: everything, then each state that has a station, then the recommended. */
export function roundFilterOptions(rows: readonly RoundStationRow[]): { value: RoundFilter; label: string }[] {
  const count = (filter: RoundFilter) => rows.filter((row) => matchesRoundFilter(row, filter)).length;
  const states = ROUND_STATES.filter((state) => count(state) > 0);
  const recommended = count('recommended');
  return [
    { value: 'all', label: `全部 ${rows.length}` },
    ...states.map((state) => ({ value: state, label: `${ROUND_STATE_SHORT_LABELS[state]} ${count(state)}` })),
    ...(recommended > 0 ? [{ value: 'recommended' as const, label: `推荐 ${recommended}` }] : []),
  ];
}

export function matchesRoundFilter(row: RoundStationRow, filter: RoundFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'recommended') return row.recommended;
  return row.state === filter;
}

/** A metric's figure with its unit: "3 项", "2 人", "1,200.50 元". */
export function formatMetric(metric: AssessmentMetric, value: number): string {
  const unit = ASSESSMENT_METRIC_UNITS[metric];
  const figure = unit === 'fen' ? formatYuan(value) : String(value);
  return `${figure} ${ASSESSMENT_METRIC_UNIT_LABELS[unit]}`;
}
