import Taro from '@tarojs/taro';
import type { Instant } from '../../types/domain';
import type { ApplicationFormValues } from '../utils/applicationForm';

/**
 * A 申报书 typed on the phone but not yet saved, kept in the phone's storage so that a closed app
 * or a lost network loses nothing: restored when the form opens again, if newer than the server's.
 */
export interface KeptApplication {
  keptAt: Instant;
  /**
   * The server's updatedAt the typing went on from. Newer than the server's copy means the server
   * has not changed since: judged by the server's own clock, not the phone's.
   */
  basedOn: Instant;
  values: ApplicationFormValues;
}

const keyOf = (applicationId: string) => `zwt.application.${applicationId}.v1`;

/** False when the phone would not store it (full): the form then says it is not kept. */
export function keepApplication(applicationId: string, basedOn: Instant, values: ApplicationFormValues): boolean {
  try {
    const kept: KeptApplication = { keptAt: new Date().toISOString(), basedOn, values };
    Taro.setStorageSync(keyOf(applicationId), kept);
    return true;
  } catch {
    return false;
  }
}

/** What was kept and not saved since, when it is newer than the server's copy; anything older is dropped. */
export function keptApplication(applicationId: string, serverUpdatedAt: Instant): KeptApplication | null {
  let kept: unknown;
  try {
    kept = Taro.getStorageSync(keyOf(applicationId));
  } catch {
    return null;
  }
  if (!isKept(kept)) return null;
  if (Date.parse(kept.basedOn) >= Date.parse(serverUpdatedAt)) return kept;
  dropKeptApplication(applicationId);
  return null;
}

export function dropKeptApplication(applicationId: string): void {
  try {
    Taro.removeStorageSync(keyOf(applicationId));
  } catch {
    // Nothing kept, or storage unavailable: nothing to drop.
  }
}

/** A kept entry as this version of the form wrote it (an older shape is not trusted). */
function isKept(value: unknown): value is KeptApplication {
  if (typeof value !== 'object' || value === null) return false;
  const { keptAt, basedOn, values } = value as Partial<KeptApplication>;
  return (
    typeof keptAt === 'string' &&
    typeof basedOn === 'string' &&
    typeof values === 'object' &&
    values !== null &&
    Array.isArray(values.budget) &&
    Array.isArray(values.staff) &&
    Array.isArray(values.experts) &&
    typeof values.host?.location === 'object'
  );
}
