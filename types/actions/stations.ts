/** Stations and the codes that prove an expert is at one. */
import type { InvitableRole } from '../catalogue';
import type { CalendarDate, DemandUnit, GeoPoint, Industry, Instant, SocietyLevel, StationStatus } from '../domain';
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

/** The stations actions: request and response of each. */
export interface StationActions {
  'stations.list': { request: PageRequest; response: Page<StationSummary> };
  'stations.get': { request: { stationId: string }; response: StationDetail };
  'stations.create': { request: StationInput; response: StationDetail };
  'stations.update': { request: { stationId: string } & Omit<StationInput, 'societyId'>; response: StationDetail };
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
