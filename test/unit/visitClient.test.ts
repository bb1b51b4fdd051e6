import { distanceM as serverDistanceM } from '../../cloudfunctions/api/src/domain/geo';
import { distanceM, formatDistance, nearestFirst } from '../../src/utils/distance';
import { sceneFromParam, sceneFromScanPath } from '../../src/utils/stationScene';

const STATION = { latitude: 26.6785, longitude: 106.6328 };
const north = (metres: number) => ({ ...STATION, latitude: STATION.latitude + metres / 111_195 });

describe('the phone orders stations by the distance the server will judge', () => {
  it('measures as the server does', () => {
    for (const metres of [0, 30, 500, 3000, 25_000]) {
      expect(distanceM(STATION, north(metres))).toBeCloseTo(serverDistanceM(STATION, north(metres)), 6);
    }
    expect(distanceM(STATION, north(1000))).toBeCloseTo(1000, -1);
  });

  it('puts the nearest first, and keeps the given order without a position', () => {
    const places = [
      { id: 'far', location: north(5000) },
      { id: 'here', location: north(10) },
      { id: 'near', location: north(800) },
    ];
    expect(nearestFirst(places, STATION).map(({ place }) => place.id)).toEqual(['here', 'near', 'far']);
    expect(nearestFirst(places, null).map(({ place, distanceM: d }) => [place.id, d])).toEqual([
      ['far', null],
      ['here', null],
      ['near', null],
    ]);
  });

  it('words distances in metres, and in kilometres from 1 km', () => {
    expect(formatDistance(30.4)).toBe('30 米');
    expect(formatDistance(999)).toBe('999 米');
    expect(formatDistance(21_130)).toBe('21.1 公里');
    // Rounded to the metre first: never "1000 米".
    expect(formatDistance(999.6)).toBe('1.0 公里');
    expect(formatDistance(30_023)).toBe('30.0 公里');
  });
});

describe("a station code's scene as it reaches the check-in page", () => {
  const scene = 'v=Ab12Cd.k3.1.abcdefghijkl';

  it('is decoded from the page parameter WeChat passes URI-encoded', () => {
    expect(sceneFromParam(encodeURIComponent(scene))).toBe(scene);
    expect(sceneFromParam(scene)).toBe(scene);
    expect(sceneFromParam(undefined)).toBe('');
    expect(sceneFromParam('%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('is found in the path of a code scanned inside the app', () => {
    expect(sceneFromScanPath(`packages/visits/pages/check-in/index?scene=${encodeURIComponent(scene)}`)).toBe(scene);
    expect(sceneFromScanPath('pages/bind/index?code=ABCD2345')).toBe('');
    expect(sceneFromScanPath(undefined)).toBe('');
  });
});
