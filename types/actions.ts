import type { ErrorCode } from './errors';
import type {
  CalendarDate,
  DemandUnit,
  GeoPoint,
  Industry,
  Instant,
  Role,
  SocietyLevel,
  StationStatus,
  UserProfile,
} from './domain';

export interface RoleView {
  role: Role;
  societyId?: string;
  societyName?: string;
  stationId?: string;
  stationName?: string;
}

export interface WhoAmI {
  openid: string;
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
  location: GeoPoint;
  radiusM: number;
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
