import type { RoleGrant } from '../../types/domain';
import { filterPool, poolCounts, poolMembers } from '../../cloudfunctions/api/src/domain/expertPool';

const stations = [
  { _id: 'st-b', name: '乙站' },
  { _id: 'st-a', name: '甲站' },
];
const grant = (openid: string, stationId: string, fields: Partial<RoleGrant> = {}): RoleGrant => ({
  _id: `expert:${stationId}:${openid}`,
  openid,
  role: 'expert',
  societyId: 'soc',
  stationId,
  grantedAt: '2026-01-01T00:00:00.000Z',
  grantedBy: 'head',
  ...fields,
});

describe('the society’s pool of experts', () => {
  it('holds each person once, with every station of the society they serve now, by name', () => {
    const pool = poolMembers([grant('p1', 'st-b'), grant('p1', 'st-a'), grant('p2', 'st-b')], stations);
    expect([...pool.values()]).toEqual([
      {
        openid: 'p1',
        stations: [
          { id: 'st-a', name: '甲站' },
          { id: 'st-b', name: '乙站' },
        ],
      },
      { openid: 'p2', stations: [{ id: 'st-b', name: '乙站' }] },
    ]);
  });

  it('leaves out removed experts, other roles and other societies’ stations', () => {
    const pool = poolMembers(
      [
        grant('gone', 'st-a', { revokedAt: '2026-02-01T00:00:00.000Z' }),
        grant('head', 'st-a', { role: 'station_head' }),
        grant('elsewhere', 'st-other'),
      ],
      stations,
    );
    expect(pool.size).toBe(0);
  });

  const pool = poolMembers(
    [grant('gz', 'st-a'), grant('hn', 'st-a'), grant('hn', 'st-b'), grant('blank', 'st-b')],
    stations,
  );
  const provinces = new Map([
    ['gz', { province: '贵州省' }],
    ['hn', { province: '湖南' }],
    ['blank', { province: '' }],
  ]);

  it('keeps the experts of one station, or those from outside Guizhou, or both', () => {
    expect(filterPool(pool.values(), provinces, {})).toEqual(['gz', 'hn', 'blank']);
    expect(filterPool(pool.values(), provinces, { stationId: 'st-b' })).toEqual(['hn', 'blank']);
    expect(filterPool(pool.values(), provinces, { outOfProvince: true })).toEqual(['hn']);
    expect(filterPool(pool.values(), provinces, { outOfProvince: true, stationId: 'st-a' })).toEqual(['hn']);
    expect(filterPool(pool.values(), provinces, { stationId: 'st-other' })).toEqual([]);
  });

  it('counts the pool and its experts from outside Guizhou (a blank province is not 省外)', () => {
    expect(poolCounts([...pool.keys()], provinces)).toEqual({ experts: 3, outOfProvince: 1 });
  });
});
