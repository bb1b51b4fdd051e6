import {
  codeFromBytes,
  grantId,
  invitationScene,
  invitationStatus,
  isWellFormedCode,
  normaliseCode,
} from '../../cloudfunctions/api/src/domain/invitation';
import { cooperationLongEnough } from '../../cloudfunctions/api/src/domain/station';

const base = { uses: 0, maxUses: 2, expiresAt: '2026-12-01T00:00:00.000Z' };
const now = new Date('2026-11-25T00:00:00.000Z');

describe('invitation codes', () => {
  it('are 8 unambiguous characters, the same for the same bytes', () => {
    const bytes = Uint8Array.from([0, 1, 2, 3, 30, 31, 200, 255, 9]);
    const code = codeFromBytes(bytes);
    expect(code).toHaveLength(8);
    expect(code).toBe(codeFromBytes(bytes));
    expect(code).not.toMatch(/[01OIL]/);
    expect(isWellFormedCode(code)).toBe(true);
  });

  it('accept what people type: lower case, spaces, dashes', () => {
    expect(normaliseCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(isWellFormedCode('ABCDEFG0')).toBe(false);
  });

  it('fit the mini-program scene limit of 32 characters', () => {
    expect(invitationScene('ABCDEFGH')).toBe('i=ABCDEFGH');
    expect(invitationScene('ABCDEFGH').length).toBeLessThanOrEqual(32);
  });
});

describe('invitationStatus', () => {
  it('is active before expiry with uses left', () => {
    expect(invitationStatus(base, now)).toBe('active');
  });
  it('expires at the expiry instant exactly', () => {
    expect(invitationStatus(base, new Date(base.expiresAt))).toBe('expired');
    expect(invitationStatus(base, new Date(Date.parse(base.expiresAt) - 1))).toBe('active');
  });
  it('is used up at the last use, and revocation wins over both', () => {
    expect(invitationStatus({ ...base, uses: 2 }, now)).toBe('used_up');
    expect(invitationStatus({ ...base, uses: 2, revokedAt: now.toISOString() }, now)).toBe('revoked');
  });
});

describe('grantId', () => {
  it('names one record per person, role and place', () => {
    expect(grantId('expert', { societyId: 's', stationId: 'st' }, 'o')).toBe('expert:st:o');
    expect(grantId('society_admin', { societyId: 's' }, 'o')).toBe('society_admin:s:o');
  });
});

describe('cooperationLongEnough', () => {
  it('needs two years, the last day included', () => {
    expect(cooperationLongEnough('2025-03-01', '2027-02-28')).toBe(true);
    expect(cooperationLongEnough('2025-03-01', '2027-02-27')).toBe(false);
    expect(cooperationLongEnough('2024-02-29', '2026-02-27')).toBe(true);
  });
});
