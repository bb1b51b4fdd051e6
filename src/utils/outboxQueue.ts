import type { CheckInInput, CheckOutInput } from '../../types/actions';

export type OutboxAction = 'visits.checkIn' | 'visits.checkOut';

/** A photo taken while offline, still on the phone. */
export interface LocalPhoto {
  path: string;
  name: string;
  size: number;
}

export interface OutboxEntry {
  requestId: string;
  action: OutboxAction;
  /** The request as it will be sent; `photos` holds cloud file ids already uploaded. */
  data: CheckInInput | CheckOutInput;
  /** Photos taken while offline: local file paths still to upload before sending (weapp: saved files). */
  localPhotos: LocalPhoto[];
  /** Whose folder the local photos go to (the server accepts only `visits/<openid>/…`); set when there are any. */
  openid?: string;
  /** Words for the list: e.g. "签到 · 铝业工作站". */
  label: string;
  keptAt: string;
  attempts: number;
  /** Set when the server refused it (not a network failure): the entry stays, shown with this message, until dismissed. */
  refused?: { code: string; message: string };
  /**
   * A check-out of a visit whose check-in is itself still kept (the whole visit went without a
   * network): the check-in's request id. The visit id is filled in once that check-in is sent.
   */
  afterCheckIn?: string;
}

export type AttemptOutcome = 'sent' | 'network' | { code: string; message: string };

/** Adds an entry; one already kept under the same request id wins, since it is the same write. */
export function keep(queue: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  if (queue.some((kept) => kept.requestId === entry.requestId)) return [...queue];
  return [...queue, entry];
}

/** The queue after one send: `visitId` is what a sent check-in created, for the check-out kept behind it. */
export function afterAttempt(
  queue: readonly OutboxEntry[],
  requestId: string,
  outcome: AttemptOutcome,
  visitId?: string,
): OutboxEntry[] {
  if (outcome === 'sent') {
    return queue
      .filter((entry) => entry.requestId !== requestId)
      .map((entry) => {
        if (entry.afterCheckIn !== requestId || !visitId) return entry;
        const waiting: OutboxEntry = { ...entry, data: { ...entry.data, visitId } };
        delete waiting.afterCheckIn;
        return waiting;
      });
  }
  return queue.map((entry) => {
    if (outcome !== 'network' && entry.afterCheckIn === requestId) {
      return { ...entry, refused: { code: outcome.code, message: '这次服务的签到未被接受，签退无法发送' } };
    }
    if (entry.requestId !== requestId) return entry;
    if (outcome === 'network') return { ...entry, attempts: entry.attempts + 1 };
    return { ...entry, attempts: entry.attempts + 1, refused: { code: outcome.code, message: outcome.message } };
  });
}

/**
 * Records one local photo as done: uploaded (its file id joins the request) or, with `fileId` null,
 * gone from the phone. Saved at once so that a later failure does not upload it a second time.
 */
export function afterUpload(
  queue: readonly OutboxEntry[],
  requestId: string,
  path: string,
  fileId: string | null,
): OutboxEntry[] {
  return queue.map((entry) => {
    if (entry.requestId !== requestId) return entry;
    const photos = fileId === null ? entry.data.photos : [...entry.data.photos, fileId];
    return {
      ...entry,
      data: { ...entry.data, photos },
      localPhotos: entry.localPhotos.filter((photo) => photo.path !== path),
    };
  });
}

/** Drops an entry, and a check-out kept behind it: without its check-in it cannot be sent. */
export function dismiss(queue: readonly OutboxEntry[], requestId: string): OutboxEntry[] {
  return queue.filter((entry) => entry.requestId !== requestId && entry.afterCheckIn !== requestId);
}

/**
 * What to send, in order: by the moment on the phone, a check-in before a check-out of the same
 * moment, since the server judges each against the visits it already has. A check-out whose
 * check-in is still kept waits for it.
 */
export function sendable(queue: readonly OutboxEntry[]): OutboxEntry[] {
  return queue
    .filter((entry) => !entry.refused && !entry.afterCheckIn)
    .sort(
      (a, b) =>
        Date.parse(a.data.at) - Date.parse(b.data.at) ||
        Number(a.action === 'visits.checkOut') - Number(b.action === 'visits.checkOut'),
    );
}

/** Hours since the moment recorded, which is what the server's 72-hour limit counts. */
export function hoursWaiting(entry: OutboxEntry, now: Date): number {
  return Math.max(0, (now.getTime() - Date.parse(entry.data.at)) / 3_600_000);
}

/** The queue as read from storage: anything malformed (an older app, a damaged write) is dropped. */
export function parseQueue(raw: unknown): OutboxEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isEntry).reduce<OutboxEntry[]>(keep, []);
}

function isEntry(value: unknown): value is OutboxEntry {
  if (!isRecord(value)) return false;
  const { requestId, action, data, localPhotos, openid, label, keptAt, attempts, refused, afterCheckIn } = value;
  return (
    typeof requestId === 'string' &&
    requestId !== '' &&
    (action === 'visits.checkIn' || action === 'visits.checkOut') &&
    isRecord(data) &&
    typeof data.at === 'string' &&
    !Number.isNaN(Date.parse(data.at)) &&
    Array.isArray(data.photos) &&
    data.photos.every((photo) => typeof photo === 'string') &&
    Array.isArray(localPhotos) &&
    localPhotos.every(isLocalPhoto) &&
    (localPhotos.length === 0 || (typeof openid === 'string' && openid !== '')) &&
    (openid === undefined || typeof openid === 'string') &&
    typeof label === 'string' &&
    typeof keptAt === 'string' &&
    typeof attempts === 'number' &&
    (afterCheckIn === undefined || typeof afterCheckIn === 'string') &&
    (refused === undefined ||
      (isRecord(refused) && typeof refused.code === 'string' && typeof refused.message === 'string'))
  );
}

function isLocalPhoto(value: unknown): value is LocalPhoto {
  return (
    isRecord(value) &&
    typeof value.path === 'string' &&
    typeof value.name === 'string' &&
    typeof value.size === 'number'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
