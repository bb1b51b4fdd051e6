import type { Invitation, RoleGrant, Station } from '../../../../types/domain';
import { grantsOf, type CallerContext } from '../context';
import { transition } from '../domain/audit';
import { invitationStatus, invitationsLosingAuthority } from '../domain/invitation';
import { allowingRemoval, allowingRole, invitesAnyone } from '../domain/policy';
import { AppError } from '../errors';
import { calendarMoment } from '../domain/calendar';
import { rosterFlagMessage } from '../domain/notifications';
import { LEVEL_QUOTAS } from '../../../../types/catalogue';
import { liveInvitationsIssuedBy } from '../store/invitations';
import { sendMessages } from '../store/notifications';
import { rosterExpertCount } from '../store/quotas';
import { findGrant, societyAdminOpenids, stationRoster } from '../store/roles';
import { audit, transact, type Tx } from '../store/transaction';
import { findProfile, profilesOf } from '../store/users';
import { boolean, documentId, object, optional, text } from '../validate';
import { actingAs, authorize, requireStation, stationTarget } from './guard';
import { revokeInvitationIn } from './invitations';
import type { ActionDefinition } from './types';
import { personView, rosterMember } from './views';

export const listRoster: ActionDefinition<'roster.list'> = {
  parse: object({ stationId: documentId, includeRemoved: optional(boolean) }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    const target = stationTarget(station);
    await authorize(caller, 'station.view', target);
    const grants = await stationRoster(station._id, input.includeRemoved ?? false);
    const profiles = await profilesOf(grants.map((grant) => grant.openid));
    const seesContacts = allowingRole(await caller.grants(), 'contacts.view', target) !== null;
    const members = grants.map((grant) =>
      rosterMember(
        grant,
        personView(grant.openid, profiles.get(grant.openid), seesContacts || grant.openid === caller.openid),
      ),
    );
    // The application's 进站专家信息表: who the head is still to invite, matched by name to the experts who joined.
    const joined = new Set(
      members
        .filter((member) => member.role === 'expert' && !member.revokedAt)
        .map((member) => member.person.name.trim()),
    );
    const plannedExperts = (station.plannedExperts ?? []).map((expert) => ({
      ...expert,
      joined: joined.has(expert.name.trim()),
    }));
    return { members, plannedExperts };
  },
};

export const removeFromRoster: ActionDefinition<'roster.remove'> = {
  parse: object({ stationId: documentId, grantId: text(1, 128) }),
  write: true,
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    const target = stationTarget(station);
    const grant = await findGrant(input.grantId);
    await authorize(caller, 'roster.manage', target);
    if (!grant || grant.stationId !== station._id) throw new AppError('NOT_FOUND', '名册中没有这个人');
    await actingAs(caller, allowingRemoval(await caller.grants(), target, grant.role));
    const person = personView(grant.openid, await findProfile(grant.openid), true);
    if (grant.revokedAt) return rosterMember(grant, person);
    const orphaned = await invitationsGoingWith(grant, caller.now);
    // A removal that found the grant already revoked inside its transaction still commits (its
    // request record), so only the call that revoked it tells anyone.
    let revokedHere = false;
    return transact(
      caller,
      async (tx) => {
        const outcome = await revoke(tx, grant, station, caller);
        revokedHere = outcome.revokedHere;
        if (revokedHere) await revokeInvitations(tx, orphaned, grant.openid, caller);
        return rosterMember(outcome.grant, person);
      },
      () =>
        revokedHere && grant.role === 'expert' ? flagRosterChange(station, person.name, caller) : Promise.resolve(),
    );
  },
};

/**
 * The invitations a person issued for the station that no grant they keep could issue. They are
 * found with a query, which a transaction does not allow, so each is read again inside it.
 */
async function invitationsGoingWith(removed: RoleGrant, now: Date): Promise<Invitation[]> {
  if (!invitesAnyone(removed.role) || !removed.stationId) return [];
  const [issued, grants] = await Promise.all([
    liveInvitationsIssuedBy(removed.openid, removed.stationId, now),
    grantsOf(removed.openid),
  ]);
  const kept = grants.filter((grant) => grant._id !== removed._id);
  return invitationsLosingAuthority(issued, kept, now);
}

async function revokeInvitations(
  tx: Tx,
  candidates: Invitation[],
  issuer: string,
  caller: CallerContext,
): Promise<void> {
  for (const candidate of candidates) {
    const { data: current } = await tx.collection<Invitation>('invitations').doc(candidate._id).get();
    if (current && invitationStatus(current, caller.now) === 'active') {
      await revokeInvitationIn(tx, current, caller, issuer);
    }
  }
}

/**
 * An expert off the roster is told to the station head and the society's admins, with the
 * roster's size and whether it is now below the level's expert quota (the quota cannot be met then).
 */
async function flagRosterChange(station: Station, expertName: string, caller: CallerContext): Promise<void> {
  const [experts, admins] = await Promise.all([rosterExpertCount(station._id), societyAdminOpenids(station.societyId)]);
  const roster = { experts, quota: LEVEL_QUOTAS[station.level].experts };
  const place = { id: station._id, name: station.name, year: calendarMoment(caller.now).year };
  const at = caller.now.toISOString();
  const people = new Set([station.headOpenid, ...admins].filter(Boolean));
  await sendMessages([...people].map((openid) => rosterFlagMessage(openid, place, expertName, roster, at)));
}

async function revoke(
  tx: Tx,
  grant: RoleGrant,
  station: Station,
  caller: CallerContext,
): Promise<{ grant: RoleGrant; revokedHere: boolean }> {
  const at = caller.now.toISOString();
  const { data: current } = await tx.collection<RoleGrant>('roles').doc(grant._id).get();
  if (!current || current.revokedAt) return { grant: current ?? grant, revokedHere: false };
  await tx
    .collection<RoleGrant>('roles')
    .doc(grant._id)
    .update({ data: { revokedAt: at, revokedBy: caller.openid } });
  if (current.role === 'station_head' && station.headOpenid === current.openid) {
    await tx
      .collection<Station>('stations')
      .doc(station._id)
      .update({ data: { headOpenid: '' } });
  }
  await audit(tx, {
    at,
    actor: caller.openid,
    action: 'role.revoke',
    role: current.role,
    subject: current.openid,
    societyId: station.societyId,
    stationId: station._id,
    ...transition('role', current.role, undefined),
  });
  return { grant: { ...current, revokedAt: at, revokedBy: caller.openid }, revokedHere: true };
}
