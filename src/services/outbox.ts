import Taro from '@tarojs/taro';
import type { ActionRequest, ActionResponse } from '../../types/actions';
import {
  afterAttempt,
  afterUpload,
  dismiss,
  keep,
  parseQueue,
  sendable,
  type AttemptOutcome,
  type LocalPhoto,
  type OutboxAction,
  type OutboxEntry,
} from '../utils/outboxQueue';
import { callApi, newRequestId } from './api';
import { cloudPathFor, uploadToCloud } from './files';

const STORAGE_KEY = 'zwt.outbox.v1';
const RETRY_INTERVAL_MS = 60_000;

export type KeepOptions = {
  label: string;
  requestId?: string;
  /** A check-out of a visit whose check-in is still kept: that check-in's request id. */
  afterCheckIn?: string;
} & (
  | { localPhotos?: undefined }
  | {
      /** Photos that could not be uploaded: the entry is kept without trying the call. */
      localPhotos: LocalPhoto[];
      /** Whose folder the photos go to once they can be uploaded. */
      openid: string;
    }
);

export type SendOrKeepResult<A extends OutboxAction> =
  | { status: 'sent'; data: ActionResponse<A> }
  | { status: 'kept'; entry: OutboxEntry }
  | { status: 'refused'; code: string; message: string };

export interface FlushSummary {
  sent: number;
  /** Still waiting for the network. */
  kept: number;
  refused: number;
}

const listeners = new Set<() => void>();
let flushing: Promise<FlushSummary> | null = null;
let started = false;

/**
 * Sends a check-in or check-out, or keeps it on the phone when the network fails, to be sent by
 * `flushOutbox` with the same request id (so a write that did arrive is not made twice).
 */
export async function sendOrKeep<A extends OutboxAction>(
  action: A,
  data: ActionRequest<A>,
  opts: KeepOptions,
): Promise<SendOrKeepResult<A>> {
  const requestId = opts.requestId ?? newRequestId();
  if (opts.afterCheckIn) {
    // Kept first, so that a flush sending its check-in gives it the visit id and sends it too.
    const kept = await keepNew(action, data, requestId, opts);
    void flushOutbox();
    return kept;
  }
  if (opts.localPhotos?.length) return keepNew(action, data, requestId, opts);
  // Entries already waiting go first: a check-in sent ahead of a waiting check-out would be refused.
  if (sendable(read()).length > 0) {
    await flushOutbox();
    if (sendable(read()).length > 0) return keepNew(action, data, requestId, opts);
  }
  const result = await callApi(action, data, { requestId });
  if (result.ok) return { status: 'sent', data: result.data };
  if (result.code === 'NETWORK') return keepNew(action, data, requestId, opts);
  return { status: 'refused', code: result.code, message: result.message };
}

export function keptEntries(): OutboxEntry[] {
  return read();
}

export function isFlushing(): boolean {
  return flushing !== null;
}

export function dismissEntry(requestId: string): void {
  const queue = read();
  queue.find((entry) => entry.requestId === requestId)?.localPhotos.forEach((photo) => removeLocal(photo.path));
  write(dismiss(queue, requestId));
}

/** Called after every change to the kept entries or to whether a flush is under way. */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Sends the waiting entries in order, one at a time, until the network fails again. One flush at a time. */
export function flushOutbox(): Promise<FlushSummary> {
  if (!flushing) {
    flushing = sendWaiting().finally(() => {
      flushing = null;
      notify();
    });
    notify();
  }
  return flushing;
}

/** Once, from the app: flush when the network returns, and every minute while entries wait. */
export function startOutbox(): void {
  if (started) return;
  started = true;
  Taro.onNetworkStatusChange(({ isConnected }) => {
    if (isConnected) void flushOutbox();
  });
  // Taro's H5 version listens to navigator.connection only, which most browsers lack or never fire.
  if (process.env.TARO_ENV === 'h5') window.addEventListener('online', () => void flushOutbox());
  setInterval(() => {
    if (sendable(read()).length > 0) void flushOutbox();
  }, RETRY_INTERVAL_MS);
  // Entries left from an earlier session.
  void flushOutbox();
}

async function sendWaiting(): Promise<FlushSummary> {
  const summary: FlushSummary = { sent: 0, kept: 0, refused: 0 };
  const tried = new Set<string>();
  // Read afresh each time: an entry may have been dismissed, and a sent check-in frees the check-out behind it.
  for (let entry = nextToSend(tried); entry; entry = nextToSend(tried)) {
    tried.add(entry.requestId);
    const { outcome, visitId } = await sendEntry(entry);
    write(afterAttempt(read(), entry.requestId, outcome, visitId));
    if (outcome === 'network') break;
    if (outcome === 'sent') summary.sent += 1;
    else summary.refused += 1;
  }
  summary.kept = sendable(read()).length;
  return summary;
}

function nextToSend(tried: ReadonlySet<string>): OutboxEntry | undefined {
  return sendable(read()).find((entry) => !tried.has(entry.requestId));
}

async function sendEntry(entry: OutboxEntry): Promise<{ outcome: AttemptOutcome; visitId?: string }> {
  const photos = [...entry.data.photos];
  for (const photo of entry.localPhotos) {
    if (!localFileExists(photo.path)) {
      // Cleared by WeChat or the person: the visit's time and place still matter more than one photo.
      write(afterUpload(read(), entry.requestId, photo.path, null));
      continue;
    }
    const uploaded = await uploadToCloud(photo, cloudPathFor('visits', entry.openid ?? '', photo.name));
    // The upload gives no reason; on a factory floor it is nearly always the network.
    if (!uploaded.ok) return { outcome: 'network' };
    photos.push(uploaded.fileId);
    write(afterUpload(read(), entry.requestId, photo.path, uploaded.fileId));
    removeLocal(photo.path);
  }
  const result = await callApi(entry.action, { ...entry.data, photos }, { requestId: entry.requestId });
  if (result.ok) return { outcome: 'sent', visitId: result.data.id };
  return { outcome: result.code === 'NETWORK' ? 'network' : { code: result.code, message: result.message } };
}

async function keepNew<A extends OutboxAction>(
  action: A,
  data: ActionRequest<A>,
  requestId: string,
  opts: KeepOptions,
): Promise<SendOrKeepResult<A>> {
  const localPhotos = await Promise.all((opts.localPhotos ?? []).map(saveLocal));
  const entry: OutboxEntry = {
    requestId,
    action,
    data,
    localPhotos,
    ...(opts.localPhotos ? { openid: opts.openid } : {}),
    label: opts.label,
    keptAt: new Date().toISOString(),
    attempts: 0,
    ...(opts.afterCheckIn && { afterCheckIn: opts.afterCheckIn }),
  };
  if (!write(keep(read(), entry))) {
    return { status: 'refused', code: 'NETWORK', message: '网络不可用，且手机存储空间不足，无法暂存本条记录' };
  }
  return { status: 'kept', entry };
}

function read(): OutboxEntry[] {
  try {
    return parseQueue(Taro.getStorageSync(STORAGE_KEY));
  } catch {
    return [];
  }
}

/** False when the phone would not store it (full), so a caller never reports as kept what was lost. */
function write(queue: OutboxEntry[]): boolean {
  try {
    Taro.setStorageSync(STORAGE_KEY, queue);
  } catch {
    return false;
  }
  notify();
  return true;
}

function notify(): void {
  listeners.forEach((listener) => listener());
}

/** A camera photo's temporary file may be cleared when the app closes; a saved one lasts until removed. */
async function saveLocal(photo: LocalPhoto): Promise<LocalPhoto> {
  if (process.env.TARO_ENV !== 'weapp') return photo;
  try {
    const saved = await Taro.saveFile({ tempFilePath: photo.path });
    return 'savedFilePath' in saved ? { ...photo, path: saved.savedFilePath } : photo;
  } catch {
    // Already saved by the page, or no room: the temporary file still serves this session.
    return photo;
  }
}

function removeLocal(path: string): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  Taro.removeSavedFile({ filePath: path }).catch(() => undefined);
}

function localFileExists(path: string): boolean {
  if (process.env.TARO_ENV !== 'weapp') return true;
  try {
    Taro.getFileSystemManager().accessSync(path);
    return true;
  } catch {
    return false;
  }
}
