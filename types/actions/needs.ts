/** Technical needs through their lifecycle, and the demand unit's yearly evaluation. */
import type {
  Attachment,
  CalendarDate,
  CooperationIntent,
  Industry,
  Instant,
  NeedEventKind,
  NeedStatus,
  NeedUrgency,
  Role,
  ServiceType,
} from '../domain';
import type { Page, PageRequest } from './session';
import type { PersonView } from './people';
import type { VisitSummary } from './visits';

/** What a demand unit (or a station head on its behalf) fills in. */
export interface NeedInput {
  stationId: string;
  title: string;
  description: string;
  industry: Industry;
  serviceType: ServiceType;
  expectedOutcome: string;
  urgency: NeedUrgency;
  desiredDate?: CalendarDate;
  attachments: Attachment[];
}

export interface NeedFilter {
  /** One station's needs; or, with `assignedToMe`, the caller's assignments everywhere. */
  stationId?: string;
  assignedToMe?: boolean;
  /** Any of these statuses; absent: every status the caller may see. */
  statuses?: NeedStatus[];
  year?: number;
  industry?: Industry;
  serviceType?: ServiceType;
  /** Part of the title. */
  search?: string;
}

export interface NeedSummary {
  id: string;
  stationId: string;
  stationName: string;
  title: string;
  industry: Industry;
  serviceType: ServiceType;
  urgency: NeedUrgency;
  status: NeedStatus;
  desiredDate: CalendarDate | '';
  onBehalf: boolean;
  assignedCount: number;
  resolutionProposed: boolean;
  createdAt: Instant;
}

export interface NeedTimelineEntry {
  kind: NeedEventKind;
  at: Instant;
  /** The person's name, or '' for a step the service took itself. */
  actorName: string;
  actorRole: Role | 'system';
  reason?: string;
  experts?: string[];
}

export interface AttachmentView extends Attachment {
  /** A temporary download URL; null when the file is gone from storage. */
  url: string | null;
}

export interface NeedEvaluationView {
  rating: number;
  comment: string;
  at: Instant;
  byName: string;
}

/** The steps the caller may take on this need now; the page shows only these buttons. */
export interface NeedPermissions {
  accept: boolean;
  decline: boolean;
  assign: boolean;
  withdraw: boolean;
  proposeResolution: boolean;
  resolve: boolean;
  evaluate: boolean;
}

export interface NeedDetail extends NeedSummary {
  societyId: string;
  demandUnitName: string;
  description: string;
  expectedOutcome: string;
  attachments: AttachmentView[];
  submittedBy: PersonView;
  /** Mobile numbers are included for the demand unit and the station's managers. */
  assignedExperts: PersonView[];
  timeline: NeedTimelineEntry[];
  /** The service visits for this need that count or may count (open, pending, confirmed), newest first. */
  visits: VisitSummary[];
  evaluation: NeedEvaluationView | null;
  can: NeedPermissions;
  /** The need is resolved and the caller may open its 服务确认单. */
  confirmation: boolean;
}

export interface StationEvaluationInput {
  stationId: string;
  year: number;
  overall: number;
  comment: string;
  intent: CooperationIntent;
}

export interface StationEvaluationView extends Omit<StationEvaluationInput, 'stationId'> {
  stationId: string;
  stationName: string;
  submittedByName: string;
  submittedAt: Instant;
}

/** One station's figures for one year. */
export interface EvaluationYear {
  year: number;
  /** The unit's yearly evaluation, once filed. */
  yearly: StationEvaluationView | null;
  /** Ratings given when closing needs submitted that year. */
  needRatings: { count: number; average: number | null };
}

export interface StationEvaluations {
  stationId: string;
  stationName: string;
  years: EvaluationYear[];
  /** Mean of the yearly overall ratings filed so far; null when none. */
  averageOverall: number | null;
}

export interface EvaluationSummary {
  /** Newest year first within each station. */
  stations: StationEvaluations[];
  /** Per year across the stations shown: the society's view. */
  byYear: { year: number; evaluated: number; averageOverall: number | null; needRatingAverage: number | null }[];
  /** Years for which the caller (a demand unit) may still file the evaluation of `stationId`. */
  evaluableYears: number[];
}

/** An expert of the need's station as the head chooses whom to assign. */
export interface ExpertCandidate {
  person: PersonView;
  expertise: string[];
  industries: Industry[];
  /** Confirmed visits at the need's station in the current year (Asia/Shanghai). */
  visitsThisYear: number;
  /** Check-in of the expert's last confirmed visit at the station, any year; null when none. */
  lastVisitAt: Instant | null;
  /** What of the need the expert's profile matches: its industry, and the expertise its text names. */
  matches: { industry: boolean; expertise: string[] };
}

/** The needs actions: request and response of each. */
export interface NeedActions {
  'needs.create': { request: NeedInput; response: NeedDetail };
  'needs.list': { request: PageRequest & NeedFilter; response: Page<NeedSummary> };
  'needs.get': { request: { needId: string }; response: NeedDetail };
  /** The station's experts for assigning this need, those matching it first. */
  'needs.candidates': { request: { needId: string }; response: { year: number; experts: ExpertCandidate[] } };
  'needs.accept': { request: { needId: string; expertOpenids: string[]; note?: string }; response: NeedDetail };
  'needs.assign': { request: { needId: string; expertOpenids: string[] }; response: NeedDetail };
  'needs.decline': { request: { needId: string; reason: string }; response: NeedDetail };
  'needs.withdraw': { request: { needId: string; reason?: string }; response: NeedDetail };
  'needs.proposeResolution': { request: { needId: string; note?: string }; response: NeedDetail };
  'needs.resolve': { request: { needId: string; note?: string }; response: NeedDetail };
  'needs.evaluate': { request: { needId: string; rating: number; comment: string }; response: NeedDetail };
  'evaluations.submit': { request: StationEvaluationInput; response: StationEvaluationView };
  'evaluations.summary': {
    request: { stationId?: string; societyId?: string };
    response: EvaluationSummary;
  };
}
