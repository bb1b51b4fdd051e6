import { distanceM, judgeLocation } from '../../cloudfunctions/api/src/domain/geo';
import { checkPresenceCode, presenceCode, secondsLeft } from '../../cloudfunctions/api/src/domain/presenceCode';
import {
  checkStationScene,
  dayNumber,
  parseStationScene,
  stationScene,
} from '../../cloudfunctions/api/src/domain/stationCode';

const station = { location: { latitude: 26.6785, longitude: 106.6328 }, radiusM: 500 };
/** A point `metres` due north of the station. */
const north = (metres: number) => ({
  latitude: station.location.latitude + metres / 111_195,
  longitude: station.location.longitude,
});

describe('distance and radius', () => {
  it('measures great-circle distance', () => {
    expect(distanceM(station.location, north(1000))).toBeCloseTo(1000, 0);
    // Guiyang to Beijing is about 1,730 km.
    expect(distanceM(station.location, { latitude: 39.9042, longitude: 116.4074 }) / 1000).toBeCloseTo(1730, -1);
  });

  it.each([
    ['on the radius with a perfect fix', 500, 0, 'on_site'],
    ['just outside with a perfect fix', 502, 0, 'off_site'],
    ['40 m outside with a 60 m fix (allowance)', 540, 60, 'on_site'],
    ['80 m outside with a 150 m fix (allowance capped at 50 m)', 580, 150, 'off_site'],
    ['at the centre with a 201 m fix', 0, 201, 'too_coarse'],
    ['at the centre with exactly 200 m', 0, 200, 'on_site'],
    ['with no accuracy reported', 0, Number.NaN, 'too_coarse'],
  ])('%s', (_label, metres, accuracy, kind) => {
    expect(judgeLocation(station, north(metres), accuracy).kind).toBe(kind);
  });
});

describe('the unit’s rotating code', () => {
  const secret = 'test-secret';
  const at = new Date('2026-11-25T03:00:10Z');

  it('accepts the current and the previous code, calls an older one expired and anything else wrong', () => {
    const now = presenceCode(secret, 'st-1', at);
    expect(now).toMatch(/^\d{6}$/);
    expect(checkPresenceCode(secret, 'st-1', now, at)).toBe('valid');
    expect(checkPresenceCode(secret, 'st-1', now, new Date(at.getTime() + 30_000))).toBe('valid');
    expect(checkPresenceCode(secret, 'st-1', now, new Date(at.getTime() + 90_000))).toBe('expired');
    expect(checkPresenceCode(secret, 'st-1', now, new Date(at.getTime() + 3_600_000))).toBe('wrong');
    expect(checkPresenceCode(secret, 'st-2', now, at)).toBe('wrong');
    expect(checkPresenceCode('other-secret', 'st-1', now, at)).toBe('wrong');
    expect(checkPresenceCode(secret, 'st-1', '12345', at)).toBe('wrong');
    expect(secondsLeft(at)).toBe(20);
  });
});

describe('the station’s posted code', () => {
  const secret = 'test-secret';
  const today = dayNumber('2026-11-25');

  it('fits WeChat’s 32-character scene and reads back', () => {
    const scene = stationScene(secret, { key: 'Ab3xYz', firstDay: today, days: 366 });
    expect(scene.length).toBeLessThanOrEqual(32);
    expect(parseStationScene(scene)).toMatchObject({ key: 'Ab3xYz', firstDay: today, days: 366 });
  });

  it('works on its days in Asia/Shanghai only, and a changed character makes it forged', () => {
    const scene = stationScene(secret, { key: 'Ab3xYz', firstDay: today, days: 1 });
    expect(checkStationScene(secret, scene, new Date('2026-11-24T16:00:00Z'))).toBe('valid');
    expect(checkStationScene(secret, scene, new Date('2026-11-24T15:59:59Z'))).toBe('not_yet');
    expect(checkStationScene(secret, scene, new Date('2026-11-25T15:59:59Z'))).toBe('valid');
    expect(checkStationScene(secret, scene, new Date('2026-11-25T16:00:00Z'))).toBe('expired');
    const longer = scene.replace(/\.1\./, '.2.');
    expect(checkStationScene(secret, longer, new Date('2026-11-25T17:00:00Z'))).toBe('forged');
    expect(checkStationScene('other', scene, new Date('2026-11-25T03:00:00Z'))).toBe('forged');
    expect(checkStationScene(secret, 'i=ABCDEFGH', new Date())).toBe('forged');
  });
});
