import type { Role, RoleGrant } from '../../types/domain';
import {
  allowingInvite,
  allowingRemoval,
  allowingRole,
  invitableRoles,
  invitesAnyone,
  visibleSocieties,
} from '../../cloudfunctions/api/src/domain/policy';

const grant = (role: Role, place: { societyId?: string; stationId?: string } = {}, revoked = false): RoleGrant => ({
  _id: `${role}-${place.stationId ?? place.societyId ?? 'city'}`,
  openid: 'someone',
  role,
  ...place,
  grantedAt: '2026-01-01T00:00:00.000Z',
  grantedBy: 'x',
  ...(revoked && { revokedAt: '2026-02-01T00:00:00.000Z', revokedBy: 'x' }),
});
const station = { societyId: 'soc-a', stationId: 'st-1' };
const otherStation = { societyId: 'soc-a', stationId: 'st-2' };
const otherSociety = { societyId: 'soc-b', stationId: 'st-9' };

describe('allowingRole', () => {
  it('gives the city admin every station', () => {
    expect(allowingRole([grant('city_admin')], 'station.edit', otherSociety)).toBe('city_admin');
  });

  it('gives a society admin its own society’s stations only', () => {
    const admin = [grant('society_admin', { societyId: 'soc-a' })];
    expect(allowingRole(admin, 'station.edit', otherStation)).toBe('society_admin');
    expect(allowingRole(admin, 'station.edit', otherSociety)).toBeNull();
  });

  it('lets a society admin ask to change its station’s host, place or agreement, and only the city decide', () => {
    const admin = [grant('society_admin', { societyId: 'soc-a' })];
    const city = [grant('city_admin')];
    expect(allowingRole(admin, 'station.requestChange', station)).toBe('society_admin');
    expect(allowingRole(admin, 'station.requestChange', otherSociety)).toBeNull();
    expect(allowingRole(admin, 'station.decideChange', station)).toBeNull();
    expect(allowingRole(city, 'station.decideChange', otherSociety)).toBe('city_admin');
    expect(allowingRole(city, 'station.requestChange', station)).toBeNull();
    expect(allowingRole([grant('station_head', station)], 'station.requestChange', station)).toBeNull();
  });

  it('gives a station head their own station only, and never the edit of its registry record', () => {
    const head = [grant('station_head', station)];
    expect(allowingRole(head, 'roster.manage', station)).toBe('station_head');
    expect(allowingRole(head, 'roster.manage', otherStation)).toBeNull();
    expect(allowingRole(head, 'station.edit', station)).toBeNull();
  });

  it('lets an expert see a station on their roster, and not manage it', () => {
    const expert = [grant('expert', station)];
    expect(allowingRole(expert, 'station.view', station)).toBe('expert');
    expect(allowingRole(expert, 'roster.manage', station)).toBeNull();
    expect(allowingRole(expert, 'station.view', otherStation)).toBeNull();
  });

  it('ignores a revoked grant', () => {
    expect(allowingRole([grant('station_head', station, true)], 'station.view', station)).toBeNull();
  });

  it('answers with the widest role when several allow it', () => {
    const both = [grant('expert', station), grant('society_admin', { societyId: 'soc-a' })];
    expect(allowingRole(both, 'station.view', station)).toBe('society_admin');
  });
});

describe('who invites whom', () => {
  it('follows the chain city → society admin → station head → experts and demand units', () => {
    expect(allowingInvite([grant('city_admin')], { societyId: 'soc-a' }, 'society_admin')).toBe('city_admin');
    const admin = [grant('society_admin', { societyId: 'soc-a' })];
    expect(allowingInvite(admin, { societyId: 'soc-a' }, 'society_admin')).toBeNull();
    expect(invitableRoles(admin, station)).toEqual(['station_head', 'station_staff', 'expert']);
    expect(invitableRoles([grant('station_head', station)], station)).toEqual([
      'station_staff',
      'expert',
      'demand_unit',
    ]);
    expect(invitableRoles([grant('expert', station)], station)).toEqual([]);
  });

  it('refuses a station role without a station and a society admin with one', () => {
    expect(allowingInvite([grant('city_admin')], { societyId: 'soc-a' }, 'expert')).toBeNull();
    expect(allowingInvite([grant('city_admin')], station, 'society_admin')).toBeNull();
  });
});

describe('who removes whom from a roster', () => {
  it('lets a station head remove experts but not a head; a society admin may remove the head', () => {
    expect(allowingRemoval([grant('station_head', station)], station, 'expert')).toBe('station_head');
    expect(allowingRemoval([grant('station_head', station)], station, 'station_head')).toBeNull();
    expect(allowingRemoval([grant('society_admin', { societyId: 'soc-a' })], station, 'station_head')).toBe(
      'society_admin',
    );
  });
});

describe('visibleSocieties', () => {
  it('is everything for the city admin, the administered ones for a society admin, none for others', () => {
    expect(visibleSocieties([grant('city_admin')])).toBe('all');
    expect(visibleSocieties([grant('society_admin', { societyId: 'soc-a' }), grant('expert', station)])).toEqual([
      'soc-a',
    ]);
    expect(visibleSocieties([grant('expert', station)])).toEqual([]);
  });
});

describe('invitesAnyone', () => {
  it('is true of the roles that issue invitations only', () => {
    const roles: Role[] = ['city_admin', 'society_admin', 'station_head', 'station_staff', 'expert', 'demand_unit'];
    expect(roles.filter(invitesAnyone)).toEqual(['city_admin', 'society_admin', 'station_head']);
  });
});
