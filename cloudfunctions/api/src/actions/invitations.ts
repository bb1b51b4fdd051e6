import { createHash } from 'node:crypto';
import type { InvitationView, Page, RoleView } from '../../../../types/actions';
import type { Invitation, RoleGrant, Station } from '../../../../types/domain';
import { INVITABLE_ROLES } from '../../../../types/catalogue';
import {
  codeFromBytes,
  expiryAfter,
  grantId,
  invitationScene,
  invitationStatus,
  invitationTarget,
  isWellFormedCode,
  normaliseCode,
} from '../domain/invitation';
import { transition } from '../domain/audit';
import { BIND_PAGE } from '../domain/notifications';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { allowingInvite, allowingRole, type Target } from '../domain/policy';
import { AppError, invalidInput } from '../errors';
import { storeMiniProgramCode, temporaryUrls } from '../store/files';
import { findInvitation, pageInvitations } from '../store/invitations';
import { findGrant } from '../store/roles';
import { audit, transact, type Tx } from '../store/transaction';
import type { CallerContext } from '../context';
import { documentId, integer, object, oneOf, optional, type Parser } from '../validate';
import { actingAs, requireOperating, requireSociety, requireStation, stationTarget } from './guard';
import type { ActionDefinition } from './types';

const parseCode: Parser<string> = (value, field) => {
  const code = typeof value === 'string' ? normaliseCode(value) : '';
  if (!isWellFormedCode(code)) throw invalidInput(`${field} 应为 8 位邀请码（字母和数字）`);
  return code;
};

export const createInvitation: ActionDefinition<'invitations.create'> = {
  parse: object({
    role: oneOf(INVITABLE_ROLES),
    societyId: optional(documentId),
    stationId: optional(documentId),
    validDays: integer(1, 30),
    maxUses: integer(1, 50),
  }),
  write: true,
  async handle(input, caller) {
    const place = await invitationPlace(input);
    await actingAs(caller, allowingInvite(await caller.grants(), place.target, input.role));
    if (place.station) requireOperating(place.station);
    const code = codeFromBytes(createHash('sha256').update(caller.request!.key).digest());
    const inviter = await caller.profile();
    const qrFileId = await storeMiniProgramCode(invitationScene(code), BIND_PAGE, `invitations/${code}.png`);
    const qrUrls = await temporaryUrls([qrFileId ?? undefined]);
    return transact(caller, async (tx) => {
      const fields: Invitation = {
        _id: code,
        role: input.role,
        societyId: place.target.societyId,
        societyName: place.societyName,
        ...(place.station && { stationId: place.station._id, stationName: place.station.name }),
        createdBy: caller.openid,
        createdByName: inviter?.name || '管理员',
        createdAt: caller.now.toISOString(),
        expiresAt: expiryAfter(caller.now, input.validDays),
        maxUses: input.maxUses,
        uses: 0,
        usedBy: [],
        ...(qrFileId && { qrFileId }),
      };
      await tx.collection<Invitation>('invitations').add({ data: fields });
      await audit(tx, {
        at: fields.createdAt,
        actor: caller.openid,
        action: 'invitation.create',
        role: input.role,
        societyId: fields.societyId,
        stationId: fields.stationId,
        detail: code,
      });
      return invitationView(fields, qrUrls, caller.now);
    });
  },
};

export const listInvitations: ActionDefinition<'invitations.list'> = {
  parse: object({
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
    societyId: optional(documentId),
    stationId: optional(documentId),
  }),
  async handle(input, caller): Promise<Page<InvitationView>> {
    const grants = await caller.grants();
    const window = pageWindow(input.page, input.pageSize);
    let place: { stationId: string } | { societyId: string };
    if (input.stationId) {
      const station = await requireStation(input.stationId);
      await actingAs(caller, allowingRole(grants, 'roster.manage', stationTarget(station)));
      place = { stationId: station._id };
    } else if (input.societyId) {
      await actingAs(caller, allowingInvite(grants, { societyId: input.societyId }, 'society_admin'));
      place = { societyId: input.societyId };
    } else {
      throw invalidInput('请指定工作站或学会');
    }
    const { invitations, total } = await pageInvitations(place, window);
    return {
      items: await invitationViews(invitations, caller.now),
      page: window.page,
      pageSize: window.pageSize,
      total,
    };
  },
};

export const revokeInvitation: ActionDefinition<'invitations.revoke'> = {
  parse: object({ code: parseCode }),
  write: true,
  async handle(input, caller) {
    const invitation = await requireInvitation(input.code);
    const target = invitationTarget(invitation);
    if (invitation.createdBy !== caller.openid) {
      await actingAs(caller, allowingInvite(await caller.grants(), target, invitation.role));
    }
    const qrUrls = await temporaryUrls([invitation.qrFileId]);
    // Decided on the transaction's own read: a check made before it lets two managers (or two
    // taps) both pass it and record two revocations. A code already revoked is answered as it
    // stands rather than refused: whoever taps again wanted it revoked, and it is.
    return transact(caller, async (tx) => {
      const { data: current } = await tx.collection<Invitation>('invitations').doc(invitation._id).get();
      if (!current) throw new AppError('INVITATION_NOT_FOUND');
      if (current.revokedAt) return invitationView(current, qrUrls, caller.now);
      return invitationView(await revokeInvitationIn(tx, current, caller), qrUrls, caller.now);
    });
  },
};

/**
 * Revokes an invitation the caller's transaction has just read, with its audit entry. `subject`
 * names the person whose removal took the invitation with it, when that is why.
 */
export async function revokeInvitationIn(
  tx: Tx,
  invitation: Invitation,
  caller: CallerContext,
  subject?: string,
): Promise<Invitation> {
  const at = caller.now.toISOString();
  await tx
    .collection<Invitation>('invitations')
    .doc(invitation._id)
    .update({ data: { revokedAt: at, revokedBy: caller.openid } });
  await audit(tx, {
    at,
    actor: caller.openid,
    action: 'invitation.revoke',
    role: invitation.role,
    ...(subject && { subject }),
    ...invitationTarget(invitation),
    detail: invitation._id,
    ...transition('invitationStatus', invitationStatus(invitation, caller.now), 'revoked'),
  });
  return { ...invitation, revokedAt: at, revokedBy: caller.openid };
}

export const previewInvitation: ActionDefinition<'invitations.preview'> = {
  parse: object({ code: parseCode }),
  async handle(input, caller) {
    const invitation = await requireInvitation(input.code);
    requireAddressee(invitation, caller.openid);
    const grant = await findGrant(grantId(invitation.role, invitationTarget(invitation), caller.openid));
    return {
      code: invitation._id,
      role: invitation.role,
      societyName: invitation.societyName,
      ...(invitation.stationName && { stationName: invitation.stationName }),
      inviterName: invitation.createdByName,
      expiresAt: invitation.expiresAt,
      status: invitationStatus(invitation, caller.now),
      alreadyHeld: Boolean(grant && !grant.revokedAt),
    };
  },
};

export const bindInvitation: ActionDefinition<'invitations.bind'> = {
  parse: object({ code: parseCode }),
  write: true,
  handle: (input, caller) => transact(caller, (tx) => bind(tx, input.code, caller)),
};

/** Everything is read and written inside one transaction, so two people can't take the last use. */
async function bind(tx: Tx, code: string, caller: CallerContext): Promise<{ role: RoleView; alreadyHeld: boolean }> {
  const { data: invitation } = await tx.collection<Invitation>('invitations').doc(code).get();
  if (!invitation) throw new AppError('INVITATION_NOT_FOUND');
  requireAddressee(invitation, caller.openid);
  const target = invitationTarget(invitation);
  const id = grantId(invitation.role, target, caller.openid);
  const grants = tx.collection<RoleGrant>('roles');
  const { data: existing } = await grants.doc(id).get();
  const role = roleView(invitation);
  if (existing && !existing.revokedAt) return { role, alreadyHeld: true };

  const status = invitationStatus(invitation, caller.now);
  if (status === 'expired') throw new AppError('INVITATION_EXPIRED');
  if (status === 'revoked') throw new AppError('INVITATION_REVOKED');
  if (status === 'used_up') throw new AppError('INVITATION_USED_UP');

  if (invitation.stationId) {
    const { data: station } = await tx.collection<Station>('stations').doc(invitation.stationId).get();
    if (station) requireOperating(station);
  }
  const at = caller.now.toISOString();
  if (invitation.role === 'station_head') await takeHeadship(tx, invitation.stationId!, caller.openid);
  const grant: Omit<RoleGrant, '_id'> = {
    openid: caller.openid,
    role: invitation.role,
    societyId: invitation.societyId,
    societyName: invitation.societyName,
    ...(invitation.stationId && { stationId: invitation.stationId, stationName: invitation.stationName }),
    grantedAt: at,
    grantedBy: invitation.createdBy,
    ...(existing && { earlierPeriods: [...(existing.earlierPeriods ?? []), earlierPeriod(existing)] }),
  };
  await grants.doc(id).set({ data: grant });
  await tx
    .collection<Invitation>('invitations')
    .doc(code)
    .update({ data: { uses: invitation.uses + 1, usedBy: [...invitation.usedBy, caller.openid] } });
  await audit(tx, {
    at,
    actor: caller.openid,
    action: 'role.grant',
    role: invitation.role,
    subject: caller.openid,
    ...target,
    detail: `邀请码 ${code}，邀请人 ${invitation.createdBy}`,
    ...transition('role', undefined, invitation.role),
  });
  return { role, alreadyHeld: false };
}

async function takeHeadship(tx: Tx, stationId: string, openid: string): Promise<void> {
  const stations = tx.collection<Station>('stations');
  const { data: station } = await stations.doc(stationId).get();
  if (!station) throw new AppError('NOT_FOUND', '工作站不存在或已被删除');
  if (station.headOpenid && station.headOpenid !== openid) throw new AppError('STATION_HAS_HEAD');
  await stations.doc(stationId).update({ data: { headOpenid: openid } });
}

function earlierPeriod(grant: RoleGrant) {
  return {
    grantedAt: grant.grantedAt,
    grantedBy: grant.grantedBy,
    revokedAt: grant.revokedAt!,
    revokedBy: grant.revokedBy ?? '',
  };
}

async function invitationPlace(input: { role: string; societyId?: string; stationId?: string }): Promise<{
  target: Target;
  societyName: string;
  station?: Station;
}> {
  if (input.role === 'society_admin') {
    if (!input.societyId) throw invalidInput('邀请学会管理员需指定学会');
    const society = await requireSociety(input.societyId);
    return { target: { societyId: society._id }, societyName: society.name };
  }
  if (!input.stationId) throw invalidInput('邀请站内人员需指定工作站');
  const station = await requireStation(input.stationId);
  return { target: stationTarget(station), societyName: station.societyName, station };
}

/** An invitation addressed to one person (from the society's 专家库) is theirs alone, even with its code. */
function requireAddressee(invitation: Invitation, openid: string): void {
  if (invitation.addressedTo && invitation.addressedTo !== openid) throw new AppError('INVITATION_NOT_YOURS');
}

async function requireInvitation(code: string): Promise<Invitation> {
  const invitation = await findInvitation(code);
  if (!invitation) throw new AppError('INVITATION_NOT_FOUND');
  return invitation;
}

function roleView(invitation: Invitation): RoleView {
  return {
    role: invitation.role,
    societyId: invitation.societyId,
    societyName: invitation.societyName,
    ...(invitation.stationId && { stationId: invitation.stationId, stationName: invitation.stationName }),
  };
}

async function invitationViews(invitations: Invitation[], now: Date): Promise<InvitationView[]> {
  const urls = await temporaryUrls(invitations.map((invitation) => invitation.qrFileId));
  return invitations.map((invitation) => invitationView(invitation, urls, now));
}

function invitationView(invitation: Invitation, urls: Map<string, string>, now: Date): InvitationView {
  return {
    code: invitation._id,
    role: invitation.role,
    societyId: invitation.societyId,
    societyName: invitation.societyName,
    ...(invitation.stationId && { stationId: invitation.stationId, stationName: invitation.stationName }),
    createdAt: invitation.createdAt,
    createdByName: invitation.createdByName,
    expiresAt: invitation.expiresAt,
    maxUses: invitation.maxUses,
    uses: invitation.uses,
    status: invitationStatus(invitation, now),
    qrCodeUrl: (invitation.qrFileId && urls.get(invitation.qrFileId)) || null,
  };
}
