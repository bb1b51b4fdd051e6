import type { StationControlled } from '../../types/domain';
import {
  agreementStillLongEnough,
  changedFields,
  changeOf,
  controlledAfter,
  movedSince,
} from '../../cloudfunctions/api/src/domain/stationChange';

const station: StationControlled = {
  demandUnit: { name: '贵州华铝新材料有限公司', type: 'enterprise', address: '贵阳市白云区铝城大道 88 号' },
  industry: 'aluminium',
  location: { latitude: 26.6785, longitude: 106.6328 },
  cooperationStart: '2025-03-01',
  cooperationEnd: '2028-02-29',
};

describe('what a proposed change changes', () => {
  it('finds nothing when every value is the station’s own, even as fresh objects', () => {
    expect(changedFields(station, { ...station, demandUnit: { ...station.demandUnit } })).toEqual([]);
    expect(changedFields(station, {})).toEqual([]);
  });

  it('names a host whose address alone moved, and a location moved by one digit', () => {
    const moved = {
      demandUnit: { ...station.demandUnit, address: '贵阳市白云区铝城大道 99 号' },
      location: { latitude: 26.6786, longitude: 106.6328 },
    };
    expect(changedFields(station, moved)).toEqual(['demandUnit', 'location']);
  });

  it('records only the fields that change, with their values now', () => {
    const proposal = changeOf(station, { ...station, industry: 'advanced_equipment', cooperationEnd: '2029-02-28' });
    expect(proposal).toEqual({
      changes: { industry: 'advanced_equipment', cooperationEnd: '2029-02-28' },
      before: { industry: 'aluminium', cooperationEnd: '2028-02-29' },
    });
    expect(controlledAfter(station, proposal.changes)).toEqual({
      ...station,
      industry: 'advanced_equipment',
      cooperationEnd: '2029-02-28',
    });
  });
});

describe('the agreement after a change', () => {
  it('accepts exactly two years and refuses one day less', () => {
    expect(agreementStillLongEnough(station, { cooperationStart: '2026-03-01', cooperationEnd: '2028-02-29' })).toBe(
      true,
    );
    expect(agreementStillLongEnough(station, { cooperationEnd: '2027-02-27' })).toBe(false);
  });

  it('judges a moved start against the end the station keeps', () => {
    expect(agreementStillLongEnough(station, { cooperationStart: '2026-03-02' })).toBe(false);
    expect(agreementStillLongEnough(station, { cooperationStart: '2026-03-01' })).toBe(true);
  });
});

describe('a pending request against the station as it is at approval', () => {
  const before = { industry: 'aluminium' as const, location: station.location };

  it('still fits a station changed elsewhere only', () => {
    expect(movedSince({ ...station, cooperationEnd: '2030-01-01' }, before)).toEqual([]);
  });

  it('names the fields changed since it was asked', () => {
    expect(movedSince({ ...station, location: { latitude: 26.7, longitude: 106.6328 } }, before)).toEqual(['location']);
  });
});
