import { AppError } from './errors';

/**
 * The secret that signs station codes and the demand unit's rotating codes (README deployment
 * step). Without it nobody could tell a genuine code from a made-up one, so those proofs are off.
 */
export function presenceSecret(): string {
  const secret = process.env.PRESENCE_SECRET?.trim();
  if (!secret || secret.length < 16)
    throw new AppError('NOT_CONFIGURED', '签到码功能尚未配置（PRESENCE_SECRET），请联系管理员');
  return secret;
}

/** How many 补卡 an expert may enter a month (README deployment step); 0 turns 补卡 off. */
export const MAKE_UP_SETTING = 'MAKE_UP_VISITS_PER_MONTH';
export const DEFAULT_MAKE_UP_VISITS_PER_MONTH = 3;
const MAX_MAKE_UP_VISITS_PER_MONTH = 31;

/**
 * The setting as a whole number from 0 to 31; unset, the default. A value that is not one (a
 * typo such as `5次`) also gives the default, and says so in the function's log, rather than
 * turning 补卡 off or letting it run without a limit.
 */
export function makeUpVisitsPerMonth(setting = process.env[MAKE_UP_SETTING]): number {
  const value = setting?.trim();
  if (!value) return DEFAULT_MAKE_UP_VISITS_PER_MONTH;
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(parsed <= MAX_MAKE_UP_VISITS_PER_MONTH)) {
    console.warn(
      `api: ${MAKE_UP_SETTING}=${value} is not a whole number from 0 to ${MAX_MAKE_UP_VISITS_PER_MONTH}; using ${DEFAULT_MAKE_UP_VISITS_PER_MONTH}`,
    );
    return DEFAULT_MAKE_UP_VISITS_PER_MONTH;
  }
  return parsed;
}
