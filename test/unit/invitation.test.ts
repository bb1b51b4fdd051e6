import type { Invitation, Role, RoleGrant } from '../../types/domain';
import {
  codeFromBytes,
  grantId,
  invitationScene,
  invitationStatus,
  invitationsLosingAuthority,
  isWellFormedCode,
  normaliseCode,
} from '../../cloudfunctions/api/src/domain/invitation';
import { cooperationLongEnough } from '../../cloudfunctions/api/src/domain/station';
import { checkStationForm, emptyStationForm } from '../../src/utils/stationForm';
import { earliestCooperationEnd } from '../../types/catalogue';

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
    expect(cooperationLongEnough('2024-02-29', '2026-02-26')).toBe(false);
    expect(cooperationLongEnough('2026-01-01', '2027-12-31')).toBe(true);
    expect(cooperationLongEnough('2026-01-01', '2027-12-30')).toBe(false);
  });

  it('is the station form rule too: the form accepts the first end the server accepts, not the day before', () => {
    const form = (start: string, end: string) =>
      checkStationForm({ ...emptyStationForm('soc'), cooperationStart: start, cooperationEnd: end }).cooperationEnd;
    for (const [start, end] of [
      ['2025-03-01', '2027-02-28'],
      ['2024-02-29', '2026-02-27'],
      ['2026-01-01', '2027-12-31'],
    ]) {
      expect(earliestCooperationEnd(start)).toBe(end);
      expect(form(start, end)).toBeUndefined();
      const dayBefore = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(form(start, dayBefore)).toBe(`合作协议期限不少于两年：结束日期不早于 ${end}`);
      expect(cooperationLongEnough(start, dayBefore)).toBe(false);
    }
  });
});

describe('invitationsLosingAuthority', () => {
  const grant = (role: Role, place: { societyId: string; stationId?: string }): RoleGrant => ({
    _id: grantId(role, place, 'head'),
    openid: 'head',
    role,
    ...place,
    grantedAt: '2026-01-01T00:00:00.000Z',
    grantedBy: 'x',
  });
  const issued = (code: string, role: Invitation['role'], stationId: string, extra: Partial<Invitation> = {}) => ({
    ...base,
    _id: code,
    role,
    societyId: 'soc-a',
    societyName: 'A',
    stationId,
    createdBy: 'head',
    createdByName: 'H',
    createdAt: '2026-11-20T00:00:00.000Z',
    usedBy: [],
    ...extra,
  });
  const codes = (invitations: Invitation[]) => invitations.map((invitation) => invitation._id);

  it('takes every active invitation for the station when nothing else covers it', () => {
    const invitations = [issued('EXPERT01', 'expert', 'st-1'), issued('UNIT0001', 'demand_unit', 'st-1')];
    expect(codes(invitationsLosingAuthority(invitations, [], now))).toEqual(['EXPERT01', 'UNIT0001']);
  });

  it('leaves those already revoked, used up or expired as they are', () => {
    const invitations = [
      issued('REVOKED1', 'expert', 'st-1', { revokedAt: '2026-11-21T00:00:00.000Z' }),
      issued('USEDUP01', 'expert', 'st-1', { uses: 2 }),
      issued('EXPIRED1', 'expert', 'st-1', { expiresAt: '2026-11-24T00:00:00.000Z' }),
    ];
    expect(invitationsLosingAuthority(invitations, [], now)).toEqual([]);
  });

  it('keeps an invitation a remaining grant could issue, and takes one it could not', () => {
    const invitations = [issued('EXPERT01', 'expert', 'st-1'), issued('UNIT0001', 'demand_unit', 'st-1')];
    const stillAdmin = [grant('society_admin', { societyId: 'soc-a' })];
    expect(codes(invitationsLosingAuthority(invitations, stillAdmin, now))).toEqual(['UNIT0001']);
    const headElsewhere = [grant('station_head', { societyId: 'soc-a', stationId: 'st-2' })];
    expect(codes(invitationsLosingAuthority(invitations, headElsewhere, now))).toEqual(['EXPERT01', 'UNIT0001']);
    const cityAdmin = [grant('city_admin', { societyId: 'soc-a' })];
    expect(invitationsLosingAuthority(invitations, cityAdmin, now)).toEqual([]);
  });
});
