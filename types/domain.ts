import type {
  AttachmentKind,
  ClosureKind,
  ClosureStatus,
  CooperationIntent,
  DemandUnitType,
  Industry,
  NeedStatus,
  NeedUrgency,
  PresenceProof,
  QuotaFigure,
  RevocationReason,
  Role,
  ServiceType,
  SocietyLevel,
  StationChangeStatus,
  StationStatus,
  VisitStatus,
} from './catalogue';

/** The catalogue's value types, where the records that carry them are declared. */
export type * from './catalogue';

/** An instant, always UTC, as an ISO-8601 string. */
export type Instant = string;

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. */
export type CalendarDate = string;

export interface GeoPoint {
  /** GCJ-02, as wx.getLocation returns it. */
  latitude: number;
  longitude: number;
}

export interface UserProfile {
  /** The user's OPENID. */
  _id: string;
  name: string;
  mobile: string;
  workUnit: string;
  title: string;
  province: string;
  city: string;
  expertise: string[];
  industries: Industry[];
  createdAt: Instant;
  updatedAt: Instant;
}

/**
 * A role held by a user. For an expert this is also the roster entry: one grant
 * per station, revoked rather than deleted so past years keep their counts.
 */
export interface RoleGrant {
  _id: string;
  openid: string;
  role: Role;
  societyId?: string;
  /** Copied at grant time so listing a person's roles needs no further reads. */
  societyName?: string;
  stationId?: string;
  stationName?: string;
  grantedAt: Instant;
  grantedBy: string;
  revokedAt?: Instant;
  revokedBy?: string;
  /** Earlier memberships of the same person in the same place, kept when they rejoin. */
  earlierPeriods?: GrantPeriod[];
}

export interface GrantPeriod {
  grantedAt: Instant;
  grantedBy: string;
  revokedAt: Instant;
  revokedBy: string;
}

export interface Society {
  _id: string;
  name: string;
  level: SocietyLevel;
  supervisor: string;
  contactName: string;
  contactPhone: string;
  /** What the 申报书 asks of the society; absent on a society registered before it was asked. */
  details?: SocietyDetails;
  createdAt: Instant;
  updatedAt?: Instant;
}

/** The 申报书's 申请单位基本情况 beyond the registry's fields; '' where not yet given. */
export interface SocietyDetails {
  /** 统一社会信用代码. */
  creditCode: string;
  headName: string;
  headTitle: string;
  address: string;
  postcode: string;
  bankAccountName: string;
  bankName: string;
  bankAccount: string;
  financeOfficer: string;
}

export interface DemandUnit {
  name: string;
  type: DemandUnitType;
  address: string;
}

export interface Station {
  _id: string;
  name: string;
  societyId: string;
  societyName: string;
  level: SocietyLevel;
  industry: Industry;
  demandUnit: DemandUnit;
  /** Empty while the station has no head. */
  headOpenid: string;
  location: GeoPoint;
  radiusM: number;
  cooperationStart: CalendarDate;
  cooperationEnd: CalendarDate;
  status: StationStatus;
  /** Short key in the scene of the station's posted code; set when the first code is made. */
  codeKey?: string;
  /** The city's recognition; absent on a station registered before the product asked for it. */
  recognition?: StationRecognition;
  /** The application's 进站专家信息表: the roster its head is to invite. */
  plannedExperts?: PlannedExpert[];
  /** The change request awaiting the city; absent or '' when none does. */
  pendingChangeId?: string;
  /** Every suspension, resumption, revocation and closure, oldest first. */
  statusHistory?: StationStatusEntry[];
  /**
   * The calendar year (Asia/Shanghai) in which the station was revoked or closed: it stays in the
   * dashboards and assessment of that year and earlier, and leaves those after. Absent while it runs.
   */
  endedYear?: number;
  /** The closure request awaiting the city; absent or '' when none does. */
  pendingClosureId?: string;
  createdAt: Instant;
}

/** One change of a station's status, with who, when, why and on what authority. */
export interface StationStatusEntry {
  status: StationStatus;
  at: Instant;
  by: string;
  byName: string;
  reason: string;
  /** Revocation: which of the seed's reasons. */
  revocationReason?: RevocationReason;
  /** Closure: merge, restructure or withdraw, and the request it answers. */
  closureKind?: ClosureKind;
  closureId?: string;
  documentNumber?: string;
  attachments?: Attachment[];
}

/**
 * A society's written request to merge, restructure or close a station (§四(三)5), and the city's
 * decision. At most one per station is pending: the station's `pendingClosureId` names it.
 */
export interface StationClosure {
  _id: string;
  stationId: string;
  societyId: string;
  stationName: string;
  kind: ClosureKind;
  /** A merge: the society's station that takes over this one's work. */
  intoStationId?: string;
  intoStationName?: string;
  reason: string;
  /** The written request, scanned or as a file: at least one. */
  attachments: Attachment[];
  requestedBy: string;
  requestedByName: string;
  requestedAt: Instant;
  status: ClosureStatus;
  decidedBy?: string;
  decidedByName?: string;
  decidedAt?: Instant;
  /** The city's reason; required when it refuses. */
  decisionReason?: string;
  documentNumber?: string;
}

/** The fields of a station that change only through a request the city approves. */
export type StationControlled = Pick<
  Station,
  'demandUnit' | 'industry' | 'location' | 'cooperationStart' | 'cooperationEnd'
>;

/**
 * A society's request to change a recognised station's host, place, industry or agreement
 * (共同条款第 2 条), and the city's decision on it. At most one per station is pending: the
 * station's `pendingChangeId` names it.
 */
export interface StationChange {
  _id: string;
  stationId: string;
  societyId: string;
  stationName: string;
  /** Only the fields that differ from the station when it was asked. */
  changes: Partial<StationControlled>;
  /** Those fields' values when it was asked. */
  before: Partial<StationControlled>;
  reason: string;
  requestedBy: string;
  requestedByName: string;
  requestedAt: Instant;
  status: StationChangeStatus;
  decidedBy?: string;
  decidedByName?: string;
  decidedAt?: Instant;
  /** The city's reason; required when it refuses. */
  decisionReason?: string;
}

/** 认定 and 挂牌 (seed §四(二)3–4). */
export interface StationRecognition {
  documentNumber: string;
  recognisedOn: CalendarDate;
  applicationId?: string;
  plaquedOn?: CalendarDate;
}

/** An expert named in the application, before they bind an invitation. */
export interface PlannedExpert {
  name: string;
  unit: string;
  title: string;
  field: string;
  province: string;
}

/** A file the person uploaded to cloud storage before submitting the form that carries it. */
export interface Attachment {
  fileId: string;
  name: string;
  /** Bytes, as the phone reported them; limits per kind are in `ATTACHMENT_LIMITS`. */
  size: number;
  kind: AttachmentKind;
}

export type NeedEventKind =
  | 'submitted'
  | 'accepted'
  | 'declined'
  | 'withdrawn'
  | 'assigned'
  | 'in_service'
  | 'resolution_proposed'
  | 'resolved'
  | 'closed';

/** One step of a need's life: who did it, in which role, when and why. */
export interface NeedEvent {
  kind: NeedEventKind;
  at: Instant;
  /** OPENID, or 'system' for a step taken by the service itself (the first confirmed visit). */
  by: string;
  role: Role | 'system';
  reason?: string;
  /** For 'accepted' and 'assigned': the experts assigned after this step. */
  experts?: string[];
}

/** The demand unit's word on how one need was served, given when it closes the need. */
export interface NeedEvaluation {
  /** 1 to 5. */
  rating: number;
  comment: string;
  by: string;
  at: Instant;
}

export interface Need {
  _id: string;
  stationId: string;
  societyId: string;
  stationName: string;
  demandUnitName: string;
  title: string;
  description: string;
  industry: Industry;
  serviceType: ServiceType;
  expectedOutcome: string;
  urgency: NeedUrgency;
  /** '' when the unit has no date in mind. */
  desiredDate: CalendarDate | '';
  attachments: Attachment[];
  status: NeedStatus;
  submittedBy: string;
  /** Recorded by a station head or staff member for the unit, not by the unit itself. */
  onBehalf: boolean;
  /** Calendar year in Asia/Shanghai when it was submitted: the list's year filter. */
  year: number;
  assignedExperts: string[];
  /** Set while the station head's proposal that the need is resolved awaits the unit. */
  resolutionProposedAt?: Instant;
  history: NeedEvent[];
  evaluation?: NeedEvaluation;
  createdAt: Instant;
  updatedAt: Instant;
}

/** The demand unit's yearly evaluation of its station (需求方评价); `_id` is `${stationId}:${year}`. */
export interface StationEvaluation {
  _id: string;
  stationId: string;
  societyId: string;
  stationName: string;
  year: number;
  /** 1 to 5. */
  overall: number;
  comment: string;
  intent: CooperationIntent;
  submittedBy: string;
  submittedAt: Instant;
}

export interface VisitCheckIn {
  /** The moment on the phone: for an entry kept offline, when it was made, not when it was sent. */
  at: Instant;
  receivedAt: Instant;
  /** Sent from the phone's offline queue noticeably after it was made. */
  late: boolean;
  proof: PresenceProof;
  location?: GeoPoint;
  accuracyM?: number;
  distanceM?: number;
  offSiteReason?: string;
  /** 补卡 (proof `make_up`): why the expert did not check in at the time. */
  makeUpReason?: string;
  photos: string[];
}

export interface VisitCheckOut {
  at: Instant;
  receivedAt: Instant;
  late: boolean;
  summary: string;
  outcomes: string;
  photos: string[];
  attachments: Attachment[];
}

export interface VisitReview {
  decision: 'approved' | 'rejected';
  by: string;
  at: Instant;
  reason?: string;
}

/** Who took a confirmation back, when and why. */
export interface VisitRevocation {
  by: string;
  role: Role;
  at: Instant;
  reason: string;
}

/** The demand unit's rating of one confirmed visit; editable for 7 days after it is first given. */
export interface VisitRating {
  /** Each 1 to 5. */
  responsiveness: number;
  professionalism: number;
  effect: number;
  comment: string;
  by: string;
  firstAt: Instant;
  at: Instant;
}

export interface Visit {
  _id: string;
  stationId: string;
  societyId: string;
  stationName: string;
  needId: string;
  needTitle: string;
  expertOpenid: string;
  expertName: string;
  serviceType: ServiceType;
  status: VisitStatus;
  checkIn: VisitCheckIn;
  checkOut?: VisitCheckOut;
  durationMinutes?: number;
  /** Calendar year and month in Asia/Shanghai of the check-in: the quota year it counts for. */
  year: number;
  month: number;
  /** The expert's out-of-province flag when the visit was confirmed (until then, at check-in). */
  outOfProvince: boolean;
  review?: VisitReview;
  confirmedAt?: Instant;
  revocation?: VisitRevocation;
  /** For a correction (补录): the visit it completes or replaces. */
  correctionOf?: string;
  supersededBy?: string;
  rating?: VisitRating;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A station-year's figures (`QUOTA_FIGURES` says what each counts). */
export type QuotaFigures = Record<QuotaFigure, number>;

/** Confirmed visits, needs first served and experts first counted in one month of a station-year. */
export interface QuotaMonth {
  visits: number;
  needsServed: number;
  experts: number;
}

/**
 * One station's quota figures for one calendar year (Asia/Shanghai), kept as visits are
 * confirmed, in the same transaction: reading progress never scans visits. `_id` `<stationId>:<year>`.
 */
export interface QuotaCounter extends QuotaFigures {
  _id: string;
  stationId: string;
  societyId: string;
  year: number;
  visits: number;
  /** Index 0 is January. */
  months: QuotaMonth[];
  updatedAt: Instant;
}

/** A confirmed visit as a mark holds it: enough to say in which month, and whether out of province. */
export interface QuotaMarkVisit {
  visitId: string;
  /** The check-in instant: the earliest decides the month the need or expert counts in. */
  at: Instant;
  month: number;
  outOfProvince: boolean;
}

/**
 * That a need, or an expert, counts for a station-year, with every confirmed visit that makes
 * it count, earliest check-in first: reversing one visit leaves the mark as the others make it.
 * `_id` `need:<stationId>:<year>:<needId>` or `expert:<stationId>:<year>:<openid>`.
 */
export interface QuotaMark {
  _id: string;
  stationId: string;
  societyId: string;
  year: number;
  kind: 'need' | 'expert';
  /** The need's id or the expert's OPENID. */
  subject: string;
  visits: QuotaMarkVisit[];
}

/**
 * A quota year's close (DOMAIN.md "Year end"): until its close date the year's records can still
 * change; from then on its counters are the figures the annual assessment uses. `_id` is the year;
 * a year without a record closes on the default date.
 */
export interface QuotaYear {
  _id: string;
  year: number;
  /** Set by the city admin (`quotas.setYearClose`); absent: 15 January of the next year. `YYYY-MM-DD`, Asia/Shanghai. */
  closesOn?: string;
  closeMovedBy?: string;
  closeMovedAt?: Instant;
  /** Set by the hourly job at the close; from then on the year's figures never change. */
  frozenAt?: Instant;
}

/**
 * Moves on whenever a visit of the expert is written that takes their time: a transaction that
 * checked for overlaps at one version conflicts if another such write came first. `_id` the OPENID.
 */
export interface ExpertTimeline {
  _id: string;
  version: number;
  updatedAt: Instant;
}

/**
 * The 补卡 an expert has entered in one calendar month (Asia/Shanghai) of entering them, approved,
 * pending or rejected alike: the month's limit is decided on it inside the transaction that
 * writes the visit. `_id` `<openid>:<YYYY-MM>`.
 */
export interface MakeUpCount {
  _id: string;
  openid: string;
  /** `YYYY-MM`. */
  month: string;
  used: number;
  visitIds: string[];
  updatedAt: Instant;
}

/** The monthly check's message to a station's head, recorded once per station and month. `_id` `<station>:<YYYY-MM>`. */
export interface QuotaAlert {
  _id: string;
  stationId: string;
  headOpenid: string;
  year: number;
  month: number;
  status: 'at_risk' | 'behind';
  figures: QuotaFigures;
  sentAt: Instant;
}

/**
 * The agreement reminder sent for a station's agreement, once: `_id` `<station>:<cooperationEnd>`,
 * so a renewal (a new end date) arms the next one.
 */
export interface AgreementReminder {
  _id: string;
  stationId: string;
  cooperationEnd: CalendarDate;
  recipients: string[];
  sentAt: Instant;
}

/** One per expert, present while they have a visit open: the lock that makes a second check-in fail. */
export interface OpenVisitLock {
  /** The expert's OPENID. */
  _id: string;
  visitId: string;
  since: Instant;
}

export interface Invitation {
  /** The short code itself: binding reads it with one `doc(code).get()`. */
  _id: string;
  role: Exclude<Role, 'city_admin'>;
  societyId: string;
  societyName: string;
  stationId?: string;
  stationName?: string;
  createdBy: string;
  createdByName: string;
  createdAt: Instant;
  expiresAt: Instant;
  maxUses: number;
  uses: number;
  /** Who bound it, so a second bind by the same person is recognised and costs no use. */
  usedBy: string[];
  revokedAt?: Instant;
  revokedBy?: string;
  /** Cloud storage file ID of the mini-program code image. */
  qrFileId?: string;
  /** The one person who may bind it (an invitation from the society's 专家库); anyone with the code when absent. */
  addressedTo?: string;
}

export type AuditAction =
  | 'role.grant'
  | 'role.revoke'
  | 'invitation.create'
  | 'invitation.revoke'
  | 'society.create'
  | 'society.update'
  | 'application.submit'
  | 'application.review'
  | 'station.create'
  | 'station.update'
  | 'station.change.request'
  | 'station.change.decide'
  | 'station.suspend'
  | 'station.resume'
  | 'station.revoke'
  | 'station.closure.request'
  | 'station.closure.decide'
  | 'visit.revoke'
  | 'quota.rebuild'
  | 'quota.freeze'
  | 'quota.close.move'
  | 'blacklist.add'
  | 'blacklist.remove'
  | 'blacklist.import'
  | 'assessment.round.open'
  | 'assessment.round.deadline'
  | 'assessment.report'
  | 'assessment.comment'
  | 'assessment.review'
  | 'assessment.recommend'
  | 'ledger.grant'
  | 'ledger.expense'
  | 'ledger.refund';

/** Who did what to whom, and when; written in the same transaction as the change itself. */
export interface AuditEntry {
  _id: string;
  at: Instant;
  actor: string;
  action: AuditAction;
  role?: Role;
  subject?: string;
  societyId?: string;
  stationId?: string;
  detail?: string;
  /**
   * The fields the change touched, by their audit names (types/catalogue/audit.ts), with small
   * values: their values before and after. Never a whole document, never a secret.
   */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}
