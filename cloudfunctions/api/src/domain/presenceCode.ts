import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The demand unit's proof that the expert is with them: its phone shows a 6-digit code that
 * changes every 30 seconds (HMAC of the station and the time step, as in TOTP); the expert
 * types it in. A code from a recent step is "expired", which tells the two people to look again
 * rather than that someone guessed.
 */
export const STEP_SECONDS = 30;
/** The step before the current one is still accepted: typing takes time. */
const GRACE_STEPS = 1;
/** How far back a code is still recognised, to be called expired rather than wrong. */
const RECOGNISED_STEPS = 20;

export function presenceCode(secret: string, stationId: string, at: Date): string {
  return codeForStep(secret, stationId, stepOf(at));
}

/** Seconds the code shown at `at` stays valid, for the countdown on the unit's phone. */
export function secondsLeft(at: Date): number {
  return STEP_SECONDS - (Math.floor(at.getTime() / 1000) % STEP_SECONDS);
}

export type PresenceVerdict = 'valid' | 'expired' | 'wrong';

export function checkPresenceCode(secret: string, stationId: string, code: string, at: Date): PresenceVerdict {
  if (!/^\d{6}$/.test(code)) return 'wrong';
  const now = stepOf(at);
  for (let back = 0; back <= RECOGNISED_STEPS; back++) {
    if (sameCode(codeForStep(secret, stationId, now - back), code)) return back <= GRACE_STEPS ? 'valid' : 'expired';
  }
  return 'wrong';
}

function stepOf(at: Date): number {
  return Math.floor(at.getTime() / 1000 / STEP_SECONDS);
}

function codeForStep(secret: string, stationId: string, step: number): string {
  const digest = createHmac('sha256', secret).update(`presence:${stationId}:${step}`).digest();
  // RFC 4226 dynamic truncation.
  const offset = digest[digest.length - 1] & 0x0f;
  const value = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, '0');
}

function sameCode(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
