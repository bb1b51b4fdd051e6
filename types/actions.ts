import type { ErrorCode } from './errors';
import type {
  Attachment,
  CalendarDate,
  CooperationIntent,
  DemandUnit,
  GeoPoint,
  Industry,
  Instant,
  NeedEventKind,
  NeedStatus,
  NeedUrgency,
  PresenceProof,
  QuotaFigures,
  QuotaMonth,
  QuotaStatus,
  Role,
  ServiceType,
  SocietyLevel,
  StationStatus,
  UserProfile,
  VisitStatus,
} from './domain';

export interface RoleView {
  role: Role;
  societyId?: string;
  societyName?: string;
  stationId?: string;
  stationName?: string;
}

/** The subscribe messages the service sends; each is a template the deployment chooses (README). */
export type NotificationKind = 'need_assigned' | 'need_decided' | 'visit_to_rate' | 'visit_reviewed' | 'station_alert';

export interface WhoAmI {
  openid: string;
  /** Template ids configured for this deployment, for `requestSubscribeMessage`; absent ones are not sent. */
  subscribeTemplates: Partial<Record<NotificationKind, string>>;
  profile: Pick<UserProfile, 'name' | 'workUnit' | 'title' | 'province' | 'city'> | null;
  profileComplete: boolean;
  outOfProvince: boolean;
  roles: RoleView[];
}

export interface PageRequest {
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface StationSummary {
  id: string;
  name: string;
  societyId: string;
  societyName: string;
  level: SocietyLevel;
  industry: Industry;
  demandUnitName: string;
  status: StationStatus;
  /** For check-in: where the station is and how close counts as being there. */
  location: GeoPoint;
  radiusM: number;
}

/** What a person fills in on the profile page. */
export type ProfileInput = Pick<
  UserProfile,
  'name' | 'mobile' | 'workUnit' | 'title' | 'province' | 'city' | 'expertise' | 'industries'
>;

/** The caller's own profile, every field included. */
export interface MyProfile extends ProfileInput {
  complete: boolean;
  outOfProvince: boolean;
  updatedAt: Instant;
}

/** Another person as the viewer may see them: the mobile only when the viewer needs to call them. */
export interface PersonView {
  openid: string;
  name: string;
  workUnit: string;
  title: string;
  province: string;
  outOfProvince: boolean;
  mobile?: string;
}

export interface SocietyInput {
  name: string;
  level: SocietyLevel;
  supervisor: string;
  contactName: string;
  contactPhone: string;
}

export interface SocietyView extends SocietyInput {
  id: string;
  createdAt: Instant;
}

export interface StationInput {
  name: string;
  societyId: string;
  demandUnit: DemandUnit;
  industry: Industry;
  location: GeoPoint;
  /** Check-in radius in metres, 100 to 5,000. */
  radiusM: number;
  cooperationStart: CalendarDate;
  cooperationEnd: CalendarDate;
}

export interface StationDetail extends StationSummary {
  demandUnit: DemandUnit;
  cooperationStart: CalendarDate;
  cooperationEnd: CalendarDate;
  head: PersonView | null;
  createdAt: Instant;
  /** What the caller may do here, so the page shows only buttons that will work. */
  canEdit: boolean;
  canManageRoster: boolean;
  /** Roles the caller may invite to this station. */
  canInvite: InvitableRole[];
}

export interface RosterMember {
  grantId: string;
  role: Role;
  person: PersonView;
  grantedAt: Instant;
  revokedAt?: Instant;
}

export type InvitableRole = Exclude<Role, 'city_admin'>;

export type InvitationStatus = 'active' | 'expired' | 'revoked' | 'used_up';

export interface InvitationView {
  code: string;
  role: InvitableRole;
  societyId: string;
  societyName: string;
  stationId?: string;
  stationName?: string;
  createdAt: Instant;
  createdByName: string;
  expiresAt: Instant;
  maxUses: number;
  uses: number;
  status: InvitationStatus;
  /** A temporary URL of the mini-program code image that opens the binding page; null if not made. */
  qrCodeUrl: string | null;
}

export interface InvitationCreateInput {
  role: InvitableRole;
  /** For a society-admin invitation. */
  societyId?: string;
  /** For every other role. */
  stationId?: string;
  /** 1 to 30 days from now. */
  validDays: number;
  /** 1 to 50 people may bind it. */
  maxUses: number;
}

/** What the binding page shows before the person confirms. */
export interface InvitationPreview {
  code: string;
  role: InvitableRole;
  societyName: string;
  stationName?: string;
  inviterName: string;
  expiresAt: Instant;
  status: InvitationStatus;
  /** The caller already holds this role here: binding again changes nothing. */
  alreadyHeld: boolean;
}

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
}

export interface VisitDetail extends VisitSummary {
  expertOpenid: string;
  accuracyM?: number;
  offSiteReason?: string;
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

export interface StationCodeView {
  stationId: string;
  stationName: string;
  scene: string;
  firstDate: CalendarDate;
  lastDate: CalendarDate;
  /** A temporary URL of the mini-program code image that opens check-in; null if WeChat could not make one. */
  qrCodeUrl: string | null;
}

export interface StationCodeCheck {
  stationId: string;
  stationName: string;
  /** valid: check in with it today; otherwise what is wrong with it, in words on the page. */
  verdict: 'valid' | 'not_yet' | 'expired';
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

/** One station's quota for one year: the figures against the level's quota, and how the year is going. */
export interface QuotaProgress {
  stationId: string;
  stationName: string;
  level: SocietyLevel;
  year: number;
  quota: QuotaFigures;
  figures: QuotaFigures;
  remaining: QuotaFigures;
  /** What each figure should have reached by now to finish on time. */
  pace: QuotaFigures;
  /** The station's status: that of its worst figure. */
  status: QuotaStatus;
  figureStatus: Record<keyof QuotaFigures, QuotaStatus>;
  /** The status rule in words, for the page. */
  statusRule: string;
  /** Share of the year gone, 0 to 1 (1 for a past year). */
  elapsed: number;
  confirmedVisits: number;
  /** Index 0 is January. */
  months: QuotaMonth[];
  /** Experts on the roster now: shown beside the figure, not the quota figure itself. */
  rosterExperts: number;
  yearClose: QuotaYearClose;
}

/**
 * Where a quota year stands (DOMAIN.md "Year end"): running, ended but still open for late
 * records until its close date (00:00 Asia/Shanghai), or frozen.
 */
export interface QuotaYearClose {
  year: number;
  /** `YYYY-MM-DD`: 15 January of the next year unless the city admin moved it. */
  closesOn: string;
  /** The year has ended: statuses are final (met / not_met). */
  final: boolean;
  frozen: boolean;
  /** The city admin may still move the close (the year is not frozen), to a date in this range. */
  movableFrom: string;
  movableTo: string;
}

/** One station's line on the society's or the city's dashboard. */
export interface QuotaDashboardRow {
  stationId: string;
  stationName: string;
  societyId: string;
  societyName: string;
  level: SocietyLevel;
  industry: Industry;
  quota: QuotaFigures;
  figures: QuotaFigures;
  figureStatus: Record<keyof QuotaFigures, QuotaStatus>;
  status: QuotaStatus;
  confirmedVisits: number;
  rosterExperts: number;
  /** The roster has fewer experts than the level's quota: the quota cannot be met as it stands. */
  rosterShort: boolean;
}

export type QuotaDashboardSort = keyof QuotaFigures | 'status' | 'confirmedVisits' | 'rosterExperts' | 'stationName';

export interface QuotaDashboardFilter {
  year?: number;
  /** A society admin sees their own society; the city admin may narrow to one. */
  societyId?: string;
  level?: SocietyLevel;
  industry?: Industry;
  status?: QuotaStatus;
  /** Default: status, worst first. */
  sort?: QuotaDashboardSort;
  order?: 'asc' | 'desc';
}

export interface QuotaDashboard extends Page<QuotaDashboardRow> {
  year: number;
  elapsed: number;
  yearClose: QuotaYearClose;
  /** Stations in each status under the level, industry and society filters (not the status filter). */
  statusCounts: Record<QuotaStatus, number>;
  /** Sums over the same stations. */
  totals: QuotaFigures & { stations: number; confirmedVisits: number };
  /** Confirmed visits per month over the same stations; index 0 is January. */
  months: number[];
}

/** The documents the function renders; each is also the file type WeChat's viewer opens it as. */
export type DocumentKind = 'xlsx' | 'docx';

/** A file the function made in cloud storage, with a temporary URL to open it. */
export interface ExportedFile {
  fileId: string;
  /** As shown, ending with the kind's extension. */
  name: string;
  kind: DocumentKind;
  url: string | null;
}

/**
 * What one rebuild call checked and put right: a batch of stations, whose stored counts for the
 * year are compared with their confirmed visits. Call again with `after: next` until it is null.
 */
export interface QuotaRebuildReport {
  year: number;
  /** Stations checked by this call, and how many there are in all (for the progress bar). */
  stations: number;
  stationsTotal: number;
  /** Confirmed visits of the batch's stations in the year. */
  visits: number;
  repairedStations: number;
  countersWritten: number;
  marksWritten: number;
  marksRemoved: number;
  next: string | null;
}

export interface ActionMap {
  'session.whoami': { request: Record<string, never>; response: WhoAmI };
  'profile.get': { request: Record<string, never>; response: MyProfile | null };
  'profile.update': { request: ProfileInput; response: MyProfile };
  'societies.list': { request: PageRequest; response: Page<SocietyView> };
  'societies.create': { request: SocietyInput; response: SocietyView };
  'stations.list': { request: PageRequest; response: Page<StationSummary> };
  'stations.get': { request: { stationId: string }; response: StationDetail };
  'stations.create': { request: StationInput; response: StationDetail };
  'stations.update': { request: { stationId: string } & Omit<StationInput, 'societyId'>; response: StationDetail };
  'roster.list': { request: { stationId: string; includeRemoved?: boolean }; response: { members: RosterMember[] } };
  'roster.remove': { request: { stationId: string; grantId: string }; response: RosterMember };
  'invitations.create': { request: InvitationCreateInput; response: InvitationView };
  'invitations.list': {
    request: PageRequest & { societyId?: string; stationId?: string };
    response: Page<InvitationView>;
  };
  'invitations.revoke': { request: { code: string }; response: InvitationView };
  'invitations.preview': { request: { code: string }; response: InvitationPreview };
  'invitations.bind': { request: { code: string }; response: { role: RoleView; alreadyHeld: boolean } };
  'needs.create': { request: NeedInput; response: NeedDetail };
  'needs.list': { request: PageRequest & NeedFilter; response: Page<NeedSummary> };
  'needs.get': { request: { needId: string }; response: NeedDetail };
  'needs.accept': { request: { needId: string; expertOpenids: string[]; note?: string }; response: NeedDetail };
  'needs.assign': { request: { needId: string; expertOpenids: string[] }; response: NeedDetail };
  'needs.decline': { request: { needId: string; reason: string }; response: NeedDetail };
  'needs.withdraw': { request: { needId: string; reason?: string }; response: NeedDetail };
  'needs.proposeResolution': { request: { needId: string; note?: string }; response: NeedDetail };
  'needs.resolve': { request: { needId: string; note?: string }; response: NeedDetail };
  'needs.evaluate': { request: { needId: string; rating: number; comment: string }; response: NeedDetail };
  'evaluations.submit': { request: StationEvaluationInput; response: StationEvaluationView };
  'visits.checkIn': { request: CheckInInput; response: VisitDetail };
  'visits.checkOut': { request: CheckOutInput; response: VisitDetail };
  'visits.current': { request: Record<string, never>; response: VisitDetail | null };
  'visits.mine': { request: PageRequest & { year?: number; month?: number }; response: Page<VisitSummary> };
  'visits.get': { request: { visitId: string }; response: VisitDetail };
  'visits.ofStation': { request: PageRequest & { stationId: string; year?: number }; response: Page<VisitSummary> };
  'visits.reviewQueue': { request: PageRequest & { stationId: string }; response: Page<VisitSummary> };
  'visits.review': {
    request: { visitId: string; decision: 'approved' | 'rejected'; reason?: string };
    response: VisitDetail;
  };
  /** Completes a visit the job closed as incomplete (补录): a new record for the head to approve. */
  'visits.correct': { request: Omit<CheckOutInput, 'visitId'> & { visitId: string }; response: VisitDetail };
  'visits.rate': { request: VisitRatingInput; response: VisitDetail };
  /** Takes a confirmation back: the visit stops counting toward the station's quota. */
  'visits.revoke': { request: { visitId: string; reason: string }; response: VisitDetail };
  /** Today's code for the station, or a poster's code valid from `firstDate` for `days` days. */
  'stationCodes.create': {
    request: { stationId: string; firstDate: CalendarDate; days: number };
    response: StationCodeView;
  };
  /** Which station a scanned code belongs to, and whether it works now. */
  'stationCodes.resolve': { request: { scene: string }; response: StationCodeCheck };
  /** The code a demand-unit contact shows the expert; it changes every 30 seconds. */
  'presence.unitCode': { request: { stationId: string }; response: { code: string; secondsLeft: number } };
  'quotas.progress': { request: { stationId: string; year?: number }; response: QuotaProgress };
  'quotas.dashboard': { request: PageRequest & QuotaDashboardFilter; response: QuotaDashboard };
  /** The dashboard as filtered, every station, to Excel. City admin. */
  'quotas.exportDashboard': { request: QuotaDashboardFilter; response: ExportedFile };
  /** A station's visit log for a year, to Excel. City admin. */
  'quotas.exportVisits': { request: { stationId: string; year: number }; response: ExportedFile };
  /** Recounts a year from its confirmed visits and repairs any station-year that disagrees. City admin. */
  'quotas.rebuild': { request: { year: number; after?: string }; response: QuotaRebuildReport };
  /** The city admin moves a year's close to a date from 1 January to 31 March of the next year, before it passes. */
  'quotas.setYearClose': { request: { year: number; closesOn: string }; response: QuotaYearClose };
  /** Per expert: a station's or a society's experts for their managers, or the caller's own (`mine`). */
  'ratings.experts': {
    request: { stationId?: string; societyId?: string; mine?: boolean };
    response: { experts: ExpertRating[] };
  };
  'evaluations.summary': {
    request: { stationId?: string; societyId?: string };
    response: EvaluationSummary;
  };
}

export type ActionName = keyof ActionMap;
export type ActionRequest<A extends ActionName> = ActionMap[A]['request'];
export type ActionResponse<A extends ActionName> = ActionMap[A]['response'];

/** What the client sends to the `api` function. Identity is never part of it. */
export interface ApiEvent<A extends ActionName = ActionName> {
  action: A;
  data: ActionRequest<A>;
  /** Required on writes: replaying a request id returns the first outcome and writes nothing. */
  requestId?: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string };
