import { stationScope } from '../../cloudfunctions/api/src/domain/access';
import type { RoleGrant } from '../../types/domain';

const base = { grantedAt: '2026-01-01T00:00:00Z', grantedBy: 'x' };
const grant = (id: string, fields: Partial<RoleGrant>): RoleGrant => ({
  _id: id,
  openid: 'u',
  role: 'expert',
  ...base,
  ...fields,
});

describe('stationScope', () => {
  it('lets a city admin see every station', () => {
    expect(stationScope([grant('a', { role: 'expert', stationId: 's1' }), grant('b', { role: 'city_admin' })])).toEqual(
      { kind: 'all' },
    );
  });

  it('gives a user without grants nothing', () => {
    expect(stationScope([])).toEqual({ kind: 'none' });
  });

  it('ignores revoked grants, so a removed expert loses the station', () => {
    expect(stationScope([grant('a', { stationId: 's1', revokedAt: '2026-02-01T00:00:00Z' })])).toEqual({
      kind: 'none',
    });
  });

  it('combines station roles and society admin roles without duplicates', () => {
    expect(
      stationScope([
        grant('a', { role: 'expert', stationId: 's1' }),
        grant('b', { role: 'station_head', stationId: 's1' }),
        grant('c', { role: 'demand_unit', stationId: 's2' }),
        grant('d', { role: 'society_admin', societyId: 'soc1' }),
      ]),
    ).toEqual({ kind: 'some', stationIds: ['s1', 's2'], societyIds: ['soc1'] });
  });
});
