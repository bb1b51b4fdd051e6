/** The yearly assessment: rounds, each station's file and self-inspection, the city's review and verdict. */
import type {
  AssessmentComment,
  AssessmentRecommendation,
  AssessmentReviewEntry,
  SelfInspectionReport,
  YearSpending,
} from '../assessment';
import type {
  AssessmentMetric,
  AssessmentStatus,
  AssessmentVerdict,
  CooperationIntent,
  Industry,
  NeedStatus,
  QuotaFigures,
  QuotaStatus,
  ServiceType,
  SocietyLevel,
  StationStatus,
  Attachment,
  CalendarDate,
  Instant,
} from '../domain';
import type { ExportedFile } from './documents';

/** Where a station stands in a round: its assessment's status, or not started / not submitted. */
export type RoundStationState = AssessmentStatus | 'not_started' | 'not_submitted';

export interface AssessmentRoundView {
  year: number;
  deadline: CalendarDate;
  /** The deadline (its last day, Asia/Shanghai) has passed: reports are closed. */
  deadlinePassed: boolean;
  openedAt: Instant;
  openedByName: string;
  /** Stations in the round (of the caller's society for a society admin), per state. */
  counts: Record<RoundStationState, number> & { stations: number; recommended: number };
}

/** One station's line in a round. */
export interface RoundStationRow {
  stationId: string;
  stationName: string;
  societyId: string;
  societyName: string;
  level: SocietyLevel;
  industry: Industry;
  /** The station's status now (a revoked station stays in the rounds of the years it operated). */
  stationStatus: StationStatus;
  state: RoundStationState;
  submittedAt?: Instant;
  verdict?: AssessmentVerdict;
  recommended: boolean;
  /** The year's final quota status (met / not_met). */
  quotaStatus: QuotaStatus;
}

/**
 * A station's line in the round's Excel export: its round row with the year's figures, the
 * metrics its head reported (null without a report) and the demand unit's score (null without an
 * evaluation). The recommended-only export adds the city's note.
 */
export type AssessmentSheetRow = RoundStationRow & {
  figures: QuotaFigures;
  metrics: Record<AssessmentMetric, number> | null;
  evaluationOverall: number | null;
  recommendationNote?: string;
};

export interface AssessmentRoundDetail {
  round: AssessmentRoundView;
  stations: RoundStationRow[];
  canReview: boolean;
}

/** The year's records of a station, assembled by the server, never typed by anyone. */
export interface AssessmentFile {
  year: number;
  station: {
    id: string;
    name: string;
    societyName: string;
    level: SocietyLevel;
    industry: Industry;
    demandUnitName: string;
    status: StationStatus;
    cooperationStart: CalendarDate;
    cooperationEnd: CalendarDate;
  };
  /** The frozen figures of the year, against the level's quota, with the final status. */
  quota: {
    quota: QuotaFigures;
    figures: QuotaFigures;
    figureStatus: Record<keyof QuotaFigures, QuotaStatus>;
    status: QuotaStatus;
    confirmedVisits: number;
  };
  /** The needs served in the year (at least one confirmed visit in it). */
  needsServed: {
    needId: string;
    title: string;
    serviceType: ServiceType;
    status: NeedStatus;
    visits: number;
  }[];
  /** The year's confirmed visits, earliest first; `visitsTotal` counts them all when more than are listed. */
  visits: {
    visitId: string;
    at: Instant;
    expertName: string;
    needTitle: string;
    serviceType: ServiceType;
    minutes: number;
  }[];
  visitsTotal: number;
  /** The demand unit's evaluation of the year, or null if it has not filed one. */
  evaluation: { overall: number; comment: string; intent: CooperationIntent; submittedAt: Instant } | null;
  roster: {
    /** Experts on the roster at the end of the year. */
    expertsAtYearEnd: number;
    joined: { name: string; role: 'expert' | 'station_head' | 'station_staff'; at: Instant }[];
    left: { name: string; role: 'expert' | 'station_head' | 'station_staff'; at: Instant }[];
  };
  spending: YearSpending;
}

export interface AssessmentView {
  year: number;
  round: AssessmentRoundView;
  stationId: string;
  stationName: string;
  state: RoundStationState;
  /** Empty metrics and narrative before the head has saved anything. */
  report: SelfInspectionReport;
  comments: AssessmentComment[];
  reviews: AssessmentReviewEntry[];
  submittedAt?: Instant;
  verdict?: AssessmentVerdict;
  recommendation?: AssessmentRecommendation;
  file: AssessmentFile;
  /** Temporary URLs of the evidence and inspection files by fileId, on `assessments.get` (the page opens them). */
  fileUrls?: Record<string, string>;
  /** What the caller may do now, so the page shows only buttons that will work. */
  can: {
    edit: boolean;
    submit: boolean;
    withdraw: boolean;
    comment: boolean;
    review: AssessmentReviewInput['step'][];
    recommend: boolean;
  };
}

export interface AssessmentKey {
  year: number;
  stationId: string;
}

export interface AssessmentReviewInput extends AssessmentKey {
  step: AssessmentReviewEntry['step'];
  opinion: string;
  /** Inspection: at least one photo. */
  attachments: Attachment[];
  /** Inspection: the day of the visit, within the round. */
  inspectedOn?: CalendarDate;
  /** Verdict: 合格 or 不合格; 不合格 requires the reasons in `opinion`. */
  verdict?: AssessmentVerdict;
}

/** The assessments actions: request and response of each. */
export interface AssessmentActions {
  /** The city opens the round for a year after the year has closed (frozen), with a deadline. */
  'assessments.openRound': { request: { year: number; deadline: CalendarDate }; response: AssessmentRoundView };
  /** The city moves the deadline, not into the past. */
  'assessments.setDeadline': { request: { year: number; deadline: CalendarDate }; response: AssessmentRoundView };
  /** Rounds the caller can see, newest first. */
  'assessments.rounds': {
    request: Record<string, never>;
    response: { items: AssessmentRoundView[]; canOpen: boolean };
  };
  /** A round's stations (all for the city, the society's own for a society admin). */
  'assessments.round': { request: { year: number }; response: AssessmentRoundDetail };
  /** One station's assessment with its file. */
  'assessments.get': { request: AssessmentKey; response: AssessmentView };
  /** The head saves the self-inspection draft (before the deadline, while draft). */
  'assessments.saveReport': { request: AssessmentKey & { report: SelfInspectionReport }; response: AssessmentView };
  /** The head submits the report: complete, before the deadline. */
  'assessments.submit': { request: AssessmentKey; response: AssessmentView };
  /** The head takes the report back to change it: before the deadline and before the city reviewed it. */
  'assessments.withdraw': { request: AssessmentKey; response: AssessmentView };
  /** The society admin comments on its station's report. */
  'assessments.comment': { request: AssessmentKey & { text: string }; response: AssessmentView };
  /** The city's 书面审查, 现场考察 and verdict, in that order. */
  'assessments.review': { request: AssessmentReviewInput; response: AssessmentView };
  /** The city marks a passing station as recommended for 贵阳市专家工作站, or takes it back. */
  'assessments.recommend': {
    request: AssessmentKey & { recommended: boolean; note: string };
    response: AssessmentView;
  };
  /** The assessment as a Word document. */
  'assessments.document': { request: AssessmentKey; response: ExportedFile };
  /** The round as an Excel workbook (one row per station), or only the recommended stations. */
  'assessments.export': { request: { year: number; only?: 'recommended' }; response: ExportedFile };
}
