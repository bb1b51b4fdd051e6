/** The demand unit's 技术服务确认单: one resolved need, the visits that served it, and its outcome. */
import type { Industry, Instant, NeedStatus, PresenceProof, ServiceType } from '../domain';
import type { ExportedFile } from './documents';
import type { NeedEvaluationView } from './needs';

export interface ServiceConfirmationRating {
  responsiveness: number;
  professionalism: number;
  effect: number;
  comment: string;
  byName: string;
  at: Instant;
}

/** A confirmed visit for the need, as the confirmation lists it. */
export interface ServiceConfirmationVisit {
  id: string;
  checkInAt: Instant;
  /** Absent only on a visit confirmed without a check-out, which the records do not make. */
  checkOutAt?: Instant;
  expertName: string;
  serviceType: ServiceType;
  proof: PresenceProof;
  durationMinutes: number;
  /** What was done, as the expert reported it at check-out. */
  summary: string;
  outcomes: string;
  rating: ServiceConfirmationRating | null;
}

/** An expert who served the need, with their particulars from the profile. */
export interface ServiceConfirmationExpert {
  openid: string;
  name: string;
  workUnit: string;
  title: string;
  visits: number;
  minutes: number;
}

/** The head's proposal that the need is resolved and the unit's confirmation of it. */
export interface ServiceConfirmationOutcome {
  /** Null when the unit confirmed without a proposal. */
  proposedAt: Instant | null;
  proposedByName: string;
  /** The head's note on what was achieved; '' when none was given. */
  proposal: string;
  confirmedAt: Instant;
  confirmedByName: string;
  /** The unit's note on confirming; '' when none was given. */
  confirmation: string;
}

export interface ServiceConfirmation {
  needId: string;
  title: string;
  description: string;
  expectedOutcome: string;
  industry: Industry;
  serviceType: ServiceType;
  status: NeedStatus;
  submittedAt: Instant;
  submittedByName: string;
  /** Recorded by the station for the unit. */
  onBehalf: boolean;
  stationId: string;
  stationName: string;
  societyName: string;
  demandUnitName: string;
  /** '' while the station has no head. */
  stationHeadName: string;
  outcome: ServiceConfirmationOutcome;
  /** Oldest first. */
  visits: ServiceConfirmationVisit[];
  /** In the order they first served. */
  experts: ServiceConfirmationExpert[];
  totalMinutes: number;
  /** The unit's rating on closing the need; null until it does. */
  evaluation: NeedEvaluationView | null;
}

export interface ServiceConfirmationActions {
  /** A resolved (or closed) need's confirmation, for its unit, its station, its society and the city. */
  'reports.serviceConfirmation': { request: { needId: string }; response: ServiceConfirmation };
  /** The same as a Word file to print, sign and stamp. */
  'reports.serviceConfirmationDocument': { request: { needId: string }; response: ExportedFile };
}
