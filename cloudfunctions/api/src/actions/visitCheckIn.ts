import type { CheckInInput } from '../../../../types/actions';
import type { OpenVisitLock, PresenceProof, ServiceType, Station, Visit } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { isInFolder, uploadFolder } from '../domain/attachments';
import { formatDistance, SERVICE_TYPES, VISIT_LIMITS, VISIT_PHOTO_LIMITS } from '../../../../types/catalogue';
import { distanceM, judgeLocation } from '../domain/geo';
import { checkPresenceCode } from '../domain/presenceCode';
import { checkStationScene, parseStationScene, stationKey } from '../domain/stationCode';
import { entryTiming, visitBasis } from '../domain/visit';
import { AppError, invalidInput } from '../errors';
import { presenceSecret } from '../settings';
import { recordCodeAttempt } from '../store/codeAttempts';
import { checkTexts } from '../store/contentCheck';
import { transact } from '../store/transaction';
import { decimal, documentId, instant, list, object, oneOf, optional, text } from '../validate';
import { authorize, requireOperating, requireStation, requireUploaded, stationTarget } from './guard';
import { requireNeed } from './needs';
import { cloudFileId, parseLocation } from './parsers';
import type { ActionDefinition } from './types';
import { refuseFrozenYear } from './visitConfirmation';
import { holdTimeline, refuseOverlap } from './visitOverlap';
import { visitDetail } from './visitViews';

const SERVABLE = ['accepted', 'in_service'];

export const checkIn: ActionDefinition<'visits.checkIn'> = {
  parse: object<CheckInInput>({
    stationId: documentId,
    needId: documentId,
    serviceType: oneOf<ServiceType>(SERVICE_TYPES),
    at: instant,
    location: parseLocation,
    accuracyM: decimal(0, 100_000),
    offSiteReason: optional(text(...VISIT_LIMITS.offSiteReason)),
    stationScene: optional(text(1, 32)),
    unitCode: optional(text(6, 6, { pattern: /^\d{6}$/, description: '应为 6 位数字' })),
    photos: list(cloudFileId, VISIT_PHOTO_LIMITS.checkIn),
  }),
  write: true,
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'visit.checkIn', stationTarget(station));
    requireOperating(station);
    const late = acceptEntry(input.at, caller);
    requireOwnUploads(input.photos, caller);
    const need = await requireNeed(input.needId);
    if (need.stationId !== station._id || !SERVABLE.includes(need.status)) throw new AppError('NEED_NOT_SERVABLE');
    const presence = await provePresence(input, station, caller);
    if (presence.proof === 'off_site') {
      // The head approves an off-site visit on what it shows, as for 外勤打卡.
      if (input.photos.length === 0) throw new AppError('OFF_SITE_PHOTO_REQUIRED');
      await checkTexts(caller.openid, [{ label: '异地服务原因', text: input.offSiteReason ?? '' }]);
    }
    await requireUploaded(input.photos.map((fileId) => ({ fileId })));
    const timeline = await refuseOverlap(caller.openid, { start: input.at, end: input.at }, []);
    const profile = await caller.profile();
    const receivedAt = caller.now.toISOString();
    const fields: Omit<Visit, '_id'> = {
      ...visitBasis(station, need, { openid: caller.openid, profile }, input.serviceType, input.at, receivedAt),
      status: 'open',
      checkIn: {
        at: input.at,
        receivedAt,
        late,
        proof: presence.proof,
        location: input.location,
        accuracyM: input.accuracyM,
        distanceM: presence.distanceM,
        ...(presence.proof === 'off_site' && { offSiteReason: input.offSiteReason }),
        photos: input.photos,
      },
    };
    const { year } = fields;
    return transact(caller, async (tx) => {
      // The lock is one document per expert: of any number of check-ins at once, one creates it.
      await refuseFrozenYear(tx, year, caller.now);
      const locks = tx.collection<OpenVisitLock>('openVisits');
      const { data: open } = await locks.doc(caller.openid).get();
      if (open) throw new AppError('VISIT_ALREADY_OPEN');
      await holdTimeline(tx, caller.openid, timeline, receivedAt);
      const { _id } = (await tx.collection<Visit>('visits').add({ data: fields })) as { _id: string };
      await locks.add({ data: { _id: caller.openid, visitId: _id, since: input.at } });
      return visitDetail({ _id, ...fields }, caller);
    });
  },
};

/**
 * How the expert shows they are at the station, strongest first: the station's posted code,
 * the unit's rotating code, then the location. A code proves presence whatever the fix says
 * (indoors a fix can be poor); the location is still recorded, with its distance.
 */
async function provePresence(
  input: CheckInInput,
  station: Station,
  caller: CallerContext,
): Promise<{ proof: PresenceProof; distanceM: number }> {
  const distance = Math.round(distanceM(station.location, input.location));
  if (input.stationScene) {
    const secret = presenceSecret();
    const parsed = parseStationScene(input.stationScene);
    const verdict = checkStationScene(secret, input.stationScene, new Date(input.at));
    if (!parsed || parsed.key !== stationKey(secret, station._id) || verdict === 'forged') {
      throw new AppError('STATION_CODE_INVALID');
    }
    if (verdict !== 'valid') {
      throw new AppError(
        'STATION_CODE_INVALID',
        verdict === 'expired' ? '这张签到码已过期，请扫描工作站最新的签到码' : '这张签到码还未到启用日期',
      );
    }
    return { proof: 'station_code', distanceM: distance };
  }
  if (input.unitCode) {
    const verdict = checkPresenceCode(presenceSecret(), station._id, input.unitCode, new Date(input.at));
    const limit = await recordCodeAttempt(caller.openid, caller.now, verdict === 'wrong');
    if (limit === 'exceeded') throw new AppError('CODE_ATTEMPTS_EXCEEDED');
    if (verdict === 'expired') throw new AppError('CODE_EXPIRED');
    if (verdict === 'wrong') throw new AppError('CODE_WRONG');
    return { proof: 'unit_code', distanceM: distance };
  }
  const verdict = judgeLocation(station, input.location, input.accuracyM);
  if (verdict.kind === 'too_coarse') throw new AppError('LOCATION_TOO_COARSE');
  if (verdict.kind === 'on_site') return { proof: 'location', distanceM: verdict.distanceM };
  if (!input.offSiteReason) {
    throw new AppError(
      'OUTSIDE_RADIUS',
      `您距工作站约 ${formatDistance(verdict.distanceM)}，超出签到范围（${formatDistance(station.radiusM)}）。如确在外地服务，请填写原因并拍摄现场照片后按异地服务签到`,
    );
  }
  return { proof: 'off_site', distanceM: verdict.distanceM };
}

// Check-out is held to the same rules for the time entered and for whose photos they are.
export function acceptEntry(at: string, caller: CallerContext): boolean {
  const timing = entryTiming(new Date(at), caller.now);
  if (timing.kind === 'too_late') throw new AppError('ENTRY_TOO_LATE');
  if (timing.kind === 'in_future') throw invalidInput('记录时间晚于当前时间，请校准手机时间后重试');
  return timing.late;
}

export function requireOwnUploads(fileIds: readonly string[], caller: CallerContext): void {
  const folder = uploadFolder('visits', caller.openid);
  if (fileIds.some((fileId) => !isInFolder(fileId, folder))) {
    throw new AppError('ATTACHMENT_INVALID', '照片不是您本人拍摄上传的');
  }
}
