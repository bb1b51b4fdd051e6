import type { AssessmentMetric, AssessmentStatus, AssessmentVerdict, ExpenseCategory } from './catalogue';
import type { Attachment, CalendarDate, Instant } from './domain';

/**
 * The city's yearly assessment round for a closed quota year (seed §四(三)1). Its stations are
 * every station operating during the year, read from the stations, not stored here.
 * `_id` the year as a string.
 */
export interface AssessmentRound {
  _id: string;
  year: number;
  /** The last day (Asia/Shanghai) a station may submit or withdraw its self-inspection. */
  deadline: CalendarDate;
  openedAt: Instant;
  openedBy: string;
  openedByName: string;
  deadlineMovedAt?: Instant;
}

/** One piece of evidence for a metric: what it is, and the files or links that prove it. */
export interface MetricEvidence {
  description: string;
  attachments: Attachment[];
  /** Web addresses (https) of published decisions, project lists, standards, awards. */
  links: string[];
}

/** A metric as the head reports it: a whole count (or fen, for the two benefits) with its evidence. */
export interface MetricReport {
  value: number;
  evidence: MetricEvidence[];
}

/** The station head's 自查报告: a narrative and the seed's metrics. */
export interface SelfInspectionReport {
  narrative: string;
  metrics: Record<AssessmentMetric, MetricReport>;
}

/** The society admin's remark on the report before it goes to the city. */
export interface AssessmentComment {
  at: Instant;
  by: string;
  byName: string;
  text: string;
}

/** A step the city took: 书面审查, 现场考察 (with its date and photos), or the verdict. */
export interface AssessmentReviewEntry {
  step: 'document_review' | 'inspection' | 'verdict';
  at: Instant;
  by: string;
  byName: string;
  opinion: string;
  attachments: Attachment[];
  /** Inspection: the day the city visited the station. */
  inspectedOn?: CalendarDate;
  verdict?: AssessmentVerdict;
}

/** Marked by the city on a passing station: recommended for 贵阳市专家工作站 (§四(三)6). */
export interface AssessmentRecommendation {
  at: Instant;
  by: string;
  byName: string;
  note: string;
}

/**
 * One station's assessment in one round: created when its head first saves the report, or
 * when the city concludes on a station that never wrote one. `_id` `<year>:<stationId>`.
 */
export interface Assessment {
  _id: string;
  year: number;
  stationId: string;
  societyId: string;
  stationName: string;
  status: AssessmentStatus;
  report: SelfInspectionReport;
  comments: AssessmentComment[];
  reviews: AssessmentReviewEntry[];
  /** The latest submission; a withdrawal clears it. */
  submittedAt?: Instant;
  submittedBy?: string;
  /** Set with the verdict. */
  verdict?: AssessmentVerdict;
  concludedAt?: Instant;
  recommendation?: AssessmentRecommendation;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Spending of the year by category, in fen, with what was granted and refunded in it. */
export interface YearSpending {
  grantedFen: number;
  spentFen: number;
  refundedFen: number;
  byCategory: { category: ExpenseCategory; amountFen: number }[];
  /** The balance at the end of the year. */
  balanceAtYearEndFen: number;
}
