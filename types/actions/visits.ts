/** Service visits: check-in, check-out, review, and the ratings of experts. */
import type {
  Attachment,
  CalendarDate,
  GeoPoint,
  Instant,
  PresenceProof,
  ReviewFlag,
  ServiceType,
  VisitStatus,
} from '../domain';
import type { Page, PageRequest } from './session';
import type { AttachmentView } from './needs';

export interface CheckInInput {
  stationId: string;
  needId: string;
  serviceType: ServiceType;
  /** The moment on the phone; an entry sent from the offline queue keeps the moment it was made. */
  at: Instant;
  location: GeoPoint;
  /** As wx.getLocation reports it, in metres. */
  accuracyM: number;
  /** Outside the radius the visit may still start, as off-site, with a reason; the station head decides. */
  offSiteReason?: string;
  /** The scene of the station's posted code, scanned by the expert: counts as being there. */
  stationScene?: string;
  /** The 6-digit code on the demand-unit contact's phone, typed in by the expert: counts as being there. */
  unitCode?: string;
  /** Camera photos already uploaded under `visits/<openid>/`. */
  photos: string[];
}

export interface CheckOutInput {
  visitId: string;
  at: Instant;
  summary: string;
  outcomes: string;
  photos: string[];
  attachments: Attachment[];
}

/**
 * 补卡: a visit the expert forgot to check in to, entered afterwards at the need's station. It
 * waits for the station head like an off-site visit.
 */
export interface MakeUpInput {
  /** One of the caller's assigned needs, accepted or in service; the visit is at its station. */
  needId: string;
  serviceType: ServiceType;
  start: Instant;
  end: Instant;
  summary: string;
  outcomes: string;
  /** Why the expert did not check in at the time. */
  reason: string;
  /** At least one, uploaded under `visits/<openid>/`. */
  photos: string[];
  attachments: Attachment[];
}

/** The caller's 补卡 this month (Asia/Shanghai) and the dates the form may offer. */
export interface MakeUpAllowance {
  /** The month's limit (the setting `MAKE_UP_VISITS_PER_MONTH`). */
  limit: number;
  /** Entered this month, rejected ones included. */
  used: number;
  remaining: number;
  /** `YYYY-MM` */
  month: string;
  /** The count starts again at 00:00 on this date. */
  resetsOn: CalendarDate;
  /** The earliest day a make-up may start on, and today, in Asia/Shanghai. */
  earliestDate: CalendarDate;
  today: CalendarDate;
  windowDays: number;
}

export interface VisitSummary {
  id: string;
  stationId: string;
  stationName: string;
  needId: string;
  needTitle: string;
  expertName: string;
  serviceType: ServiceType;
  status: VisitStatus;
  proof: PresenceProof;
  checkInAt: Instant;
  checkOutAt?: Instant;
  durationMinutes?: number;
  distanceM?: number;
  /** Sent from the phone's offline queue noticeably after it was made. */
  late: boolean;
  isCorrection: boolean;
  year: number;
  month: number;
  /**
   * To the station head or staff, on a visit waiting for their decision: what deserves a second
   * look before it counts (empty when nothing does). Absent everywhere else.
   */
  flags?: ReviewFlag[];
}

export interface VisitDetail extends VisitSummary {
  expertOpenid: string;
  accuracyM?: number;
  offSiteReason?: string;
  /** 补卡: why the expert did not check in at the time. */
  makeUpReason?: string;
  checkInPhotos: AttachmentView[];
  summary?: string;
  outcomes?: string;
  checkOutPhotos: AttachmentView[];
  attachments: AttachmentView[];
  review?: { decision: 'approved' | 'rejected'; byName: string; at: Instant; reason?: string };
  revocation?: { byName: string; at: Instant; reason: string };
  outOfProvince: boolean;
  rating: VisitRatingView | null;
  can: { checkOut: boolean; review: boolean; correct: boolean; rate: boolean; revoke: boolean };
}

export interface VisitRatingInput {
  visitId: string;
  responsiveness: number;
  professionalism: number;
  effect: number;
  comment: string;
}

export interface VisitRatingView extends Omit<VisitRatingInput, 'visitId'> {
  byName: string;
  at: Instant;
  /** Until then the unit may change it; afterwards it is fixed. */
  editableUntil: Instant;
}

/** One expert's average ratings over the visits rated so far. */
export interface ExpertRating {
  expertOpenid: string;
  expertName: string;
  ratedVisits: number;
  responsiveness: number;
  professionalism: number;
  effect: number;
}

/** The visits actions: request and response of each. */
export interface VisitActions {
  'visits.checkIn': { request: CheckInInput; response: VisitDetail };
  'visits.checkOut': { request: CheckOutInput; response: VisitDetail };
  'visits.current': { request: Record<string, never>; response: VisitDetail | null };
  /** The caller's visits; `years`: from the year of their first visit (any status) to this one, newest first. */
  'visits.mine': {
    request: PageRequest & { year?: number; month?: number };
    response: Page<VisitSummary> & { years: number[] };
  };
  'visits.get': { request: { visitId: string }; response: VisitDetail };
  'visits.ofStation': { request: PageRequest & { stationId: string; year?: number }; response: Page<VisitSummary> };
  /**
   * The head's queues: `pending` (default) waits for a decision; `incomplete` are visits closed
   * unfinished that their expert may still complete (补录): not yet corrected, their year not frozen.
   */
  'visits.reviewQueue': {
    request: PageRequest & { stationId: string; status?: 'pending' | 'incomplete' };
    response: Page<VisitSummary>;
  };
  'visits.review': {
    request: { visitId: string; decision: 'approved' | 'rejected'; reason?: string };
    response: VisitDetail;
  };
  /** Completes a visit the job closed as incomplete (补录): a new record for the head to approve. */
  'visits.correct': { request: Omit<CheckOutInput, 'visitId'> & { visitId: string }; response: VisitDetail };
  /** 补卡: a past visit the expert forgot to check in to, for the station head to approve. */
  'visits.makeUp': { request: MakeUpInput; response: VisitDetail };
  'visits.makeUpAllowance': { request: Record<string, never>; response: MakeUpAllowance };
  'visits.rate': { request: VisitRatingInput; response: VisitDetail };
  /** Takes a confirmation back: the visit stops counting toward the station's quota. */
  'visits.revoke': { request: { visitId: string; reason: string }; response: VisitDetail };
  /** Per expert: a station's or a society's experts for their managers, or the caller's own (`mine`). */
  'ratings.experts': {
    request: { stationId?: string; societyId?: string; mine?: boolean };
    response: { experts: ExpertRating[] };
  };
}
