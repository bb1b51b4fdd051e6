import type { InvitableRole } from '../../../../types/actions';
import type { Role, RoleGrant } from '../../../../types/domain';
import { activeGrants } from './access';

/** What an action touches: a society, or a station of a society. */
export interface Target {
  societyId: string;
  stationId?: string;
}

export type Permission =
  | 'society.create'
  | 'society.view'
  | 'society.edit'
  | 'station.create'
  | 'station.view'
  | 'station.edit'
  | 'station.requestChange'
  | 'station.decideChange'
  | 'station.changeStatus'
  | 'station.requestClosure'
  | 'station.decideClosure'
  | 'station.closures'
  | 'roster.manage'
  | 'contacts.view'
  | 'need.submit'
  | 'need.view'
  | 'need.manage'
  | 'need.confirm'
  | 'evaluation.submit'
  | 'evaluation.view'
  | 'visit.checkIn'
  | 'visit.review'
  | 'visit.revoke'
  | 'visit.view'
  | 'visit.rate'
  | 'rating.view'
  | 'quota.view'
  | 'quota.rebuild'
  | 'quota.close'
  | 'quota.dashboard'
  | 'quota.export'
  | 'station.code'
  | 'presence.show'
  | 'application.apply'
  | 'application.view'
  | 'application.review'
  | 'blacklist.manage'
  | 'assessment.open'
  | 'assessment.round'
  | 'assessment.view'
  | 'assessment.report'
  | 'assessment.comment'
  | 'assessment.review'
  | 'ledger.view'
  | 'ledger.overview'
  | 'ledger.grant'
  | 'ledger.expense'
  | 'ledger.refund'
  | 'expertPool.view'
  | 'expertPool.invite'
  | 'report.serviceConfirmation'
  | 'report.station'
  | 'report.evaluations'
  | 'report.society'
  | 'audit.view';

/** Which roles hold a permission, for the targets their grant covers (see `covers`). */
const PERMISSIONS: Record<Permission, readonly Role[]> = {
  'society.create': ['city_admin'],
  'society.view': ['city_admin', 'society_admin'],
  'society.edit': ['city_admin', 'society_admin'],
  'station.create': ['city_admin'],
  'station.view': ['city_admin', 'society_admin', 'station_head', 'station_staff', 'expert', 'demand_unit'],
  'station.edit': ['city_admin', 'society_admin'],
  // 共同条款第 2 条: the society asks, the city decides; the city, deciding, also edits those fields directly.
  'station.requestChange': ['society_admin'],
  'station.decideChange': ['city_admin'],
  // §四(三)4–5: the city suspends, resumes and revokes; the society asks in writing to merge,
  // restructure or close its own station, and the city decides.
  'station.changeStatus': ['city_admin'],
  'station.requestClosure': ['society_admin'],
  'station.decideClosure': ['city_admin'],
  // The written request and its papers: the society, the city, and the head whose station it is.
  'station.closures': ['city_admin', 'society_admin', 'station_head'],
  'roster.manage': ['city_admin', 'society_admin', 'station_head'],
  'contacts.view': ['city_admin', 'society_admin', 'station_head', 'station_staff'],
  // A station head or staff member may record a need on the unit's behalf.
  'need.submit': ['station_head', 'station_staff', 'demand_unit'],
  'need.view': ['city_admin', 'society_admin', 'station_head', 'station_staff', 'expert', 'demand_unit'],
  'need.manage': ['station_head', 'station_staff'],
  'need.confirm': ['demand_unit'],
  'evaluation.submit': ['demand_unit'],
  'evaluation.view': ['city_admin', 'society_admin', 'station_head', 'station_staff', 'demand_unit'],
  'visit.checkIn': ['expert'],
  'visit.review': ['station_head', 'station_staff'],
  // Taking a count back is a correction of record: the head who approved, or those who supervise.
  'visit.revoke': ['city_admin', 'society_admin', 'station_head'],
  // An expert sees their own visits; this is for everyone else at the station.
  'visit.view': ['city_admin', 'society_admin', 'station_head', 'station_staff', 'demand_unit'],
  'visit.rate': ['demand_unit'],
  'rating.view': ['city_admin', 'society_admin', 'station_head', 'station_staff'],
  'quota.view': ['city_admin', 'society_admin', 'station_head', 'station_staff'],
  'quota.rebuild': ['city_admin'],
  'quota.close': ['city_admin'],
  'quota.dashboard': ['city_admin', 'society_admin'],
  // The society exports its own stations' dashboard and visit logs (issue 17); the city exports any.
  'quota.export': ['city_admin', 'society_admin'],
  'station.code': ['station_head', 'station_staff'],
  // The demand unit's phone shows the rotating code that proves the expert is with it.
  'presence.show': ['demand_unit'],
  'application.apply': ['society_admin'],
  'application.view': ['city_admin', 'society_admin'],
  'application.review': ['city_admin'],
  'blacklist.manage': ['city_admin'],
  'assessment.open': ['city_admin'],
  'assessment.round': ['city_admin', 'society_admin'],
  'assessment.view': ['city_admin', 'society_admin', 'station_head', 'station_staff'],
  // The 自查报告 is the head's to write and submit (§四(三)3); the society comments before it goes.
  'assessment.report': ['station_head'],
  'assessment.comment': ['society_admin'],
  'assessment.review': ['city_admin'],
  // Seed §四(四): the city grants and takes back what is left; the society spends and keeps the receipts.
  'ledger.view': ['city_admin', 'society_admin', 'station_head'],
  'ledger.overview': ['city_admin', 'society_admin'],
  'ledger.grant': ['city_admin'],
  'ledger.expense': ['society_admin'],
  'ledger.refund': ['city_admin'],
  // The 专家库: the society's experts across its stations; the society moves them between its own stations.
  'expertPool.view': ['city_admin', 'society_admin'],
  'expertPool.invite': ['society_admin'],
  // The unit keeps it for the assessment; the station, its society and the city may print it too.
  // Experts are left out: it carries the unit's ratings of each of them.
  'report.serviceConfirmation': ['city_admin', 'society_admin', 'station_head', 'station_staff', 'demand_unit'],
  // A station's own visit log and roster, to Excel: the people who run it and those who supervise it.
  'report.station': ['city_admin', 'society_admin', 'station_head', 'station_staff'],
  // Every station's yearly evaluation side by side, and who has not filed: the city's view.
  'report.evaluations': ['city_admin'],
  // The society's annual report: its own admin, and the city that assesses every society.
  'report.society': ['city_admin', 'society_admin'],
  // The trail of who changed what: the city's, and each society's of its own stations.
  'audit.view': ['city_admin', 'society_admin'],
};

/** Each role invites the roles one step below it (DOMAIN.md: city → society admin → station head → experts, units). */
const INVITES: Record<Role, readonly InvitableRole[]> = {
  city_admin: ['society_admin', 'station_head', 'station_staff', 'expert', 'demand_unit'],
  society_admin: ['station_head', 'station_staff', 'expert'],
  station_head: ['station_staff', 'expert', 'demand_unit'],
  station_staff: [],
  expert: [],
  demand_unit: [],
};

/** Who a manager may take off a station's roster: a station head cannot remove a head. */
const REMOVES: Record<Role, readonly Role[]> = {
  city_admin: ['station_head', 'station_staff', 'expert', 'demand_unit'],
  society_admin: ['station_head', 'station_staff', 'expert', 'demand_unit'],
  station_head: ['station_staff', 'expert', 'demand_unit'],
  station_staff: [],
  expert: [],
  demand_unit: [],
};

export const ROLE_ORDER: readonly Role[] = [
  'city_admin',
  'society_admin',
  'station_head',
  'station_staff',
  'expert',
  'demand_unit',
];

/** A grant covers a target when it is city-wide, for the target's society, or for the target station itself. */
export function covers(grant: RoleGrant, target: Target): boolean {
  if (grant.role === 'city_admin') return true;
  if (grant.role === 'society_admin') return grant.societyId === target.societyId;
  return target.stationId !== undefined && grant.stationId === target.stationId;
}

/** The widest role that allows `permission` on `target`, or null: the caller is refused. */
export function allowingRole(grants: readonly RoleGrant[], permission: Permission, target: Target): Role | null {
  return widest(grants, target, (role) => PERMISSIONS[permission].includes(role));
}

export function allowingInvite(grants: readonly RoleGrant[], target: Target, invited: InvitableRole): Role | null {
  if (invited === 'society_admin' && target.stationId !== undefined) return null;
  if (invited !== 'society_admin' && target.stationId === undefined) return null;
  return widest(grants, target, (role) => INVITES[role].includes(invited));
}

/** Whether a grant of this role could have issued any invitation at all. */
export function invitesAnyone(role: Role): boolean {
  return INVITES[role].length > 0;
}

export function invitableRoles(grants: readonly RoleGrant[], target: Target): InvitableRole[] {
  const roles = new Set<InvitableRole>();
  for (const grant of activeGrants(grants)) {
    if (covers(grant, target)) INVITES[grant.role].forEach((role) => roles.add(role));
  }
  return [...roles].filter((role) => allowingInvite(grants, target, role) !== null);
}

export function allowingRemoval(grants: readonly RoleGrant[], target: Target, removed: Role): Role | null {
  return widest(grants, target, (role) => REMOVES[role].includes(removed));
}

/** Society admins may see the societies they administer; the city admin sees all. */
export function visibleSocieties(grants: readonly RoleGrant[]): 'all' | string[] {
  const active = activeGrants(grants);
  if (active.some((grant) => grant.role === 'city_admin')) return 'all';
  return [
    ...new Set(active.filter((grant) => grant.role === 'society_admin').flatMap((grant) => grant.societyId ?? [])),
  ];
}

function widest(grants: readonly RoleGrant[], target: Target, allows: (role: Role) => boolean): Role | null {
  const roles = activeGrants(grants)
    .filter((grant) => covers(grant, target) && allows(grant.role))
    .map((grant) => grant.role);
  return ROLE_ORDER.find((role) => roles.includes(role)) ?? null;
}
