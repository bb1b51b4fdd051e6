/** Stations and the codes that prove an expert is at one. */
import type { InvitableRole } from '../catalogue';
import type {
  CalendarDate,
  DemandUnit,
  GeoPoint,
  Industry,
  Instant,
  SocietyLevel,
  StationChangeStatus,
  StationControlled,
  StationRecognition,
  StationStatus,
  StationStatusEntry,
  Attachment,
  ClosureKind,
  ClosureStatus,
  RevocationReason,
} from '../domain';
import type { Page, PageRequest } from './session';
import type { PersonView } from './people';

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

/** What the station list narrows to; each filter left out matches every station in the caller's scope. */
export interface StationFilter {
  /** Text the name contains, in any letter case. */
  name?: string;
  societyId?: string;
  level?: SocietyLevel;
  industry?: Industry;
  status?: StationStatus;
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

/**
 * Registering a station the city recognised before the product existed: its recognition
 * document and date. A new station comes from an application's recognition instead.
 */
export interface StationRegistration extends StationInput {
  recognition: Pick<StationRecognition, 'documentNumber' | 'recognisedOn'>;
}

export interface StationDetail extends StationSummary {
  demandUnit: DemandUnit;
  cooperationStart: CalendarDate;
  cooperationEnd: CalendarDate;
  head: PersonView | null;
  /** Absent on a station registered before recognition was recorded. */
  recognition?: StationRecognition;
  createdAt: Instant;
  /** What the caller may do here, so the page shows only buttons that will work. */
  canEdit: boolean;
  canManageRoster: boolean;
  /** Roles the caller may invite to this station. */
  canInvite: InvitableRole[];
  /** The host, place, industry and agreement change only through a request the caller makes (society admin). */
  canRequestChange: boolean;
  /** The caller decides change requests, and so edits those fields directly (city admin). */
  canDecideChange: boolean;
  /** A change request awaits the city. */
  changePending: boolean;
  /** Suspensions, resumptions, revocation or closure, oldest first. */
  statusHistory: StationStatusEntry[];
  /** The cooperation agreement has ended and no renewal was approved. */
  agreementEnded: boolean;
  /** Days until the agreement ends, when 60 or fewer and not yet ended; null otherwise. */
  agreementEndsInDays: number | null;
  canSuspend: boolean;
  canResume: boolean;
  canRevoke: boolean;
  canRequestClosure: boolean;
  /** A closure request awaits the city. */
  closurePending: boolean;
}

export interface StationStatusInput {
  stationId: string;
  reason: string;
}

export interface StationRevocationInput {
  stationId: string;
  revocationReason: RevocationReason;
  /** The facts, in words. */
  reason: string;
  documentNumber: string;
  /** The decision document or the evidence: at least one. */
  attachments: Attachment[];
}

export interface StationClosureRequest {
  stationId: string;
  kind: ClosureKind;
  /** A merge: the society's operating station that takes over. */
  intoStationId?: string;
  reason: string;
  /** The written request: at least one file. */
  attachments: Attachment[];
}

export interface StationClosureDecision {
  closureId: string;
  approve: boolean;
  /** Required when refusing. */
  reason?: string;
  /** Required when approving: the city's document. */
  documentNumber?: string;
}

export interface StationClosureView {
  id: string;
  stationId: string;
  stationName: string;
  kind: ClosureKind;
  intoStationId?: string;
  intoStationName?: string;
  reason: string;
  attachments: (Attachment & { url: string | null })[];
  requestedByName: string;
  requestedAt: Instant;
  status: ClosureStatus;
  decidedByName?: string;
  decidedAt?: Instant;
  decisionReason?: string;
  documentNumber?: string;
}

/** A request to change the host, place, industry or agreement, and the city's decision. */
export interface StationChangeView {
  id: string;
  stationId: string;
  stationName: string;
  changes: Partial<StationControlled>;
  before: Partial<StationControlled>;
  reason: string;
  requestedByName: string;
  requestedAt: Instant;
  status: StationChangeStatus;
  decidedByName?: string;
  decidedAt?: Instant;
  decisionReason?: string;
}

export interface StationChangeRequest {
  stationId: string;
  /** The new values of the fields to change; a field left out stays as it is. */
  changes: Partial<StationControlled>;
  reason: string;
}

export interface StationChangeDecision {
  changeId: string;
  approve: boolean;
  /** Required when refusing. */
  reason?: string;
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

/** How many things of one kind wait, and since when the oldest has waited. */
export interface TodoCount {
  count: number;
  /** When the oldest came in (a need's submission, a visit's check-in); null when none waits. */
  oldestAt: Instant | null;
}

/** What waits at one of the caller's stations: the desk for its head or staff, the ratings for its demand unit. */
export interface StationTodos {
  stationId: string;
  stationName: string;
  /** For the station's head or staff member. */
  desk?: {
    /** Needs submitted and neither accepted nor declined (待受理). */
    needsToAccept: TodoCount;
    /** Visits waiting for the head's decision: off-site visits and corrections (待审核). */
    visitsToReview: TodoCount;
    /** Visits closed unfinished that their expert may still complete: not yet corrected, year not frozen (待补录). */
    visitsToComplete: TodoCount;
  };
  /** For the demand unit: confirmed visits it has not rated, and the newest of them (the one to open). */
  toRate?: { count: number; firstVisitId: string | null };
}

/** Suspension, revocation and closure of a station: request and response of each. */
export interface StationStatusActions {
  /** The city suspends an operating station (暂停), with the reason. */
  'stations.suspend': { request: StationStatusInput; response: StationDetail };
  /** The city lifts a suspension, with the reason. */
  'stations.resume': { request: StationStatusInput; response: StationDetail };
  /** The city revokes a station for one of the seed's reasons (§四(三)4): final. */
  'stations.revoke': { request: StationRevocationInput; response: StationDetail };
  /** The society asks in writing to merge, restructure or close a station (§四(三)5). */
  'stations.requestClosure': { request: StationClosureRequest; response: StationClosureView };
  /** The city approves (the station closes at once) or refuses with a reason. */
  'stations.decideClosure': { request: StationClosureDecision; response: StationClosureView };
  /** A station's closure requests, newest first. */
  'stations.closures': {
    request: { stationId: string };
    response: { items: StationClosureView[]; canDecide: boolean };
  };
}

/** The stations actions: request and response of each. */
export interface StationActions {
  /** The stations the caller's roles reach, narrowed by the filters, by name. */
  'stations.list': { request: PageRequest & StationFilter; response: Page<StationSummary> };
  'stations.get': { request: { stationId: string }; response: StationDetail };
  'stations.create': { request: StationRegistration; response: StationDetail };
  'stations.update': { request: { stationId: string } & Omit<StationInput, 'societyId'>; response: StationDetail };
  /** The society admin asks the city to change the host, place, industry or agreement (共同条款第 2 条). */
  'stations.requestChange': { request: StationChangeRequest; response: StationChangeView };
  /** The city admin approves (the station changes at once) or refuses with a reason. */
  'stations.decideChange': { request: StationChangeDecision; response: StationChangeView };
  /** A station's change requests, newest first (at most `STATION_CHANGES_SHOWN`). */
  'stations.changes': {
    request: { stationId: string };
    response: { items: StationChangeView[]; canDecide: boolean };
  };
  /** Per station where the caller is head, staff or demand unit: what waits for them there. */
  'stations.todos': { request: Record<string, never>; response: { stations: StationTodos[] } };
  /** Today's code for the station, or a poster's code valid from `firstDate` for `days` days. */
  'stationCodes.create': {
    request: { stationId: string; firstDate: CalendarDate; days: number };
    response: StationCodeView;
  };
  /** Which station a scanned code belongs to, and whether it works now. */
  'stationCodes.resolve': { request: { scene: string }; response: StationCodeCheck };
  /** The code a demand-unit contact shows the expert; it changes every 30 seconds. */
  'presence.unitCode': { request: { stationId: string }; response: { code: string; secondsLeft: number } };
}
