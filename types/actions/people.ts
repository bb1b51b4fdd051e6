/** Profiles, societies, station rosters and the invitations that grant roles. */
import type { InvitableRole, InvitationStatus } from '../catalogue';
import type { Instant, PlannedExpert, Role, SocietyDetails, SocietyLevel, UserProfile } from '../domain';
import type { Page, PageRequest, RoleView } from './session';

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
  details: SocietyDetails;
  createdAt: Instant;
}

/** A society's record changed: name and level by the city admin only (they decide quotas and subsidy). */
export interface SocietyUpdate extends Pick<SocietyInput, 'supervisor' | 'contactName' | 'contactPhone'> {
  societyId: string;
  name?: string;
  level?: SocietyLevel;
  details: SocietyDetails;
}

export interface RosterMember {
  grantId: string;
  role: Role;
  person: PersonView;
  grantedAt: Instant;
  revokedAt?: Instant;
}

/** An expert the station's application named, and whether someone of that name has joined as an expert. */
export interface PlannedRosterExpert extends PlannedExpert {
  joined: boolean;
}

export type { InvitableRole, InvitationStatus } from '../catalogue';

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

/** The people actions: request and response of each. */
export interface PeopleActions {
  'profile.get': { request: Record<string, never>; response: MyProfile | null };
  'profile.update': { request: ProfileInput; response: MyProfile };
  'societies.list': { request: PageRequest; response: Page<SocietyView> };
  'societies.create': { request: SocietyInput; response: SocietyView };
  'societies.get': { request: { societyId: string }; response: SocietyView };
  'societies.update': { request: SocietyUpdate; response: SocietyView };
  'roster.list': {
    request: { stationId: string; includeRemoved?: boolean };
    response: { members: RosterMember[]; plannedExperts: PlannedRosterExpert[] };
  };
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
