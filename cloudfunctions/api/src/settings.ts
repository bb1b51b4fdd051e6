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
