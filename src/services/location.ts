import Taro from '@tarojs/taro';
import type { GeoPoint, Instant } from '../../types/domain';

/** Where the phone was, how sure it was, and when. */
export interface Fix {
  location: GeoPoint;
  accuracyM: number;
  at: Instant;
}

export type FixResult = { ok: true; fix: Fix } | { ok: false; message: string };

/** The phone has no number for its accuracy: treat it as too coarse rather than as exact. */
const UNKNOWN_ACCURACY_M = 9999;

/**
 * Where the phone is now. The mini-program asks for GCJ-02 (the coordinates stations are
 * recorded in); a browser only knows WGS-84, which the H5 build takes as it is.
 */
export async function currentFix(): Promise<FixResult> {
  try {
    const reading = await Taro.getLocation({
      type: process.env.TARO_ENV === 'h5' ? 'wgs84' : 'gcj02',
      isHighAccuracy: true,
      highAccuracyExpireTime: 4000,
    });
    return {
      ok: true,
      fix: {
        location: { latitude: reading.latitude, longitude: reading.longitude },
        accuracyM: Math.round(reading.accuracy ?? reading.horizontalAccuracy ?? UNKNOWN_ACCURACY_M),
        at: new Date().toISOString(),
      },
    };
  } catch {
    return { ok: false, message: '无法获取位置：请允许站务通使用位置信息，并打开手机定位（GPS）' };
  }
}
