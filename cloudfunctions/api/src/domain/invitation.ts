import type { InvitationStatus } from '../../../../types/actions';
import type { Invitation, Role, RoleGrant } from '../../../../types/domain';
import { allowingInvite, type Target } from './policy';

/** No 0/O, 1/I/L: a code is read aloud over the phone and typed by hand. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
const SCENE_PREFIX = 'i=';

/** A code from hash bytes: the same request always yields the same code, so a retried create makes one invitation. */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error('not enough bytes for an invitation code');
  return Array.from(bytes.slice(0, CODE_LENGTH), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
}

/** People type codes in lower case and with spaces; the stored form is upper case. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

export function isWellFormedCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((char) => CODE_ALPHABET.includes(char));
}

/** The mini-program code's scene (at most 32 characters): `i=` and the code. */
export function invitationScene(code: string): string {
  return `${SCENE_PREFIX}${code}`;
}

type StatusFields = Pick<Invitation, 'revokedAt' | 'uses' | 'maxUses' | 'expiresAt'>;

/** Revocation wins over everything, then exhaustion, then expiry. */
export function invitationStatus(invitation: StatusFields, now: Date): InvitationStatus {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.uses >= invitation.maxUses) return 'used_up';
  if (now.getTime() >= Date.parse(invitation.expiresAt)) return 'expired';
  return 'active';
}

export function expiryAfter(now: Date, validDays: number): string {
  return new Date(now.getTime() + validDays * 86_400_000).toISOString();
}

/** One grant document per person, role and place, so binding twice finds the same record. */
export function grantId(role: Role, place: { societyId?: string; stationId?: string }, openid: string): string {
  return `${role}:${place.stationId ?? place.societyId ?? 'city'}:${openid}`;
}

export function invitationTarget(invitation: Pick<Invitation, 'societyId' | 'stationId'>): Target {
  return invitation.stationId
    ? { societyId: invitation.societyId, stationId: invitation.stationId }
    : { societyId: invitation.societyId };
}

/**
 * Which of someone's invitations stop working when they lose a grant: those still active that
 * the grants they keep could not issue. An invitation does not record the grant it was issued
 * under, so one its issuer could issue again today stands (the head of a station who is also its
 * society's admin keeps their expert invitations; their demand-unit ones, which a society
 * admin cannot issue, go), and so do those for another station they still head.
 */
export function invitationsLosingAuthority<T extends Invitation>(
  invitations: readonly T[],
  remainingGrants: readonly RoleGrant[],
  now: Date,
): T[] {
  return invitations.filter(
    (invitation) =>
      invitationStatus(invitation, now) === 'active' &&
      allowingInvite(remainingGrants, invitationTarget(invitation), invitation.role) === null,
  );
}
