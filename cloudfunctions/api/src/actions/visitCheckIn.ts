import type { CheckInInput, CheckOutInput } from '../../../../types/actions';
import type {
  OpenVisitLock,
  PresenceProof,
  ServiceType,
  Station,
  Visit,
  VisitCheckOut,
} from '../../../../types/domain';
import type { CallerContext } from '../context';
import { attachmentProblem, isInFolder, uploadFolder } from '../domain/attachments';
import { calendarMoment } from '../domain/calendar';
import { SERVICE_TYPES } from '../domain/catalogue';
import { distanceM, judgeLocation } from '../domain/geo';
import { checkPresenceCode } from '../domain/presenceCode';
import { checkStationScene, parseStationScene, stationKey } from '../domain/stationCode';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { isOutOfProvince } from '../domain/profile';
import {
  checkOutProblem,
  correctionProblem,
  durationMinutes,
  entryTiming,
  statusAfterCheckOut,
  visitSpan,
} from '../domain/visit';
import { AppError, invalidInput } from '../errors';
import { visitReviewedMessage, visitRevokedMessage, type Message } from '../domain/notifications';
import { presenceSecret } from '../settings';
import { recordCodeAttempt } from '../store/codeAttempts';
import { checkTexts } from '../store/contentCheck';
import { sendMessages } from '../store/notifications';
import { audit, transact, type Tx } from '../store/transaction';
import { findProfile } from '../store/users';
import { findVisit, pageVisits } from '../store/visits';
import { decimal, documentId, empty, instant, integer, list, object, oneOf, optional, text } from '../validate';
import { authorize, recordTarget, requireOperating, requireStation, requireUploaded, stationTarget } from './guard';
import { requireNeed } from './needs';
import { cloudFileId, parseAttachment, parseLocation } from './parsers';
import type { ActionDefinition } from './types';
import { confirmInTransaction, refuseFrozenYear, reverseInTransaction } from './visitConfirmation';
import { holdTimeline, refuseOverlap } from './visitOverlap';
import { visitDetail, visitSummary } from './visitViews';

const MAX_CHECK_IN_PHOTOS = 3;
const MAX_CHECK_OUT_PHOTOS = 9;
const SERVABLE = ['accepted', 'in_service'];

export const checkIn: ActionDefinition<'visits.checkIn'> = {
  parse: object<CheckInInput>({
    stationId: documentId,
    needId: documentId,
    serviceType: oneOf<ServiceType>(SERVICE_TYPES),
    at: instant,
    location: parseLocation,
    accuracyM: decimal(0, 100_000),
    offSiteReason: optional(text(4, 200)),
    stationScene: optional(text(1, 32)),
    unitCode: optional(text(6, 6, { pattern: /^\d{6}$/, description: '应为 6 位数字' })),
    photos: list(cloudFileId, MAX_CHECK_IN_PHOTOS),
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
      await checkTexts(caller.openid, [{ label: '异地服务原因', text: input.offSiteReason ?? '' }]);
    }
    await requireUploaded(input.photos.map((fileId) => ({ fileId })));
    const timeline = await refuseOverlap(caller.openid, { start: input.at, end: input.at }, []);
    const profile = await caller.profile();
    const receivedAt = caller.now.toISOString();
    const { year, month } = calendarMoment(input.at);
    const fields: Omit<Visit, '_id'> = {
      stationId: station._id,
      societyId: station.societyId,
      stationName: station.name,
      needId: need._id,
      needTitle: need.title,
      expertOpenid: caller.openid,
      expertName: profile?.name ?? '',
      serviceType: input.serviceType,
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
      year,
      month,
      outOfProvince: isOutOfProvince(profile),
      createdAt: receivedAt,
      updatedAt: receivedAt,
    };
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

const checkOutFields = {
  visitId: documentId,
  at: instant,
  summary: text(10, 2000),
  outcomes: text(0, 1000),
  photos: list(cloudFileId, MAX_CHECK_OUT_PHOTOS),
  attachments: list(parseAttachment, MAX_CHECK_OUT_PHOTOS),
};

export const checkOut: ActionDefinition<'visits.checkOut'> = {
  parse: object<CheckOutInput>(checkOutFields),
  write: true,
  async handle(input, caller) {
    const visit = await requireOwnVisit(input.visitId, caller);
    if (visit.status !== 'open') throw wrongStatus(visit);
    const problem = checkOutProblem(visit.checkIn.at, input.at);
    if (problem) throw invalidInput(problem);
    const checkOutRecord = await validCheckOut(input, caller);
    const timeline = await refuseOverlap(caller.openid, { start: visit.checkIn.at, end: input.at }, [visit._id]);
    const status = statusAfterCheckOut(visit.checkIn.proof);
    const outOfProvince = isOutOfProvince(await caller.profile());
    let messages: Message[] = [];
    return transact(
      caller,
      async (tx) => {
        const { data: current } = await tx.collection<Visit>('visits').doc(visit._id).get();
        if (!current || current.status !== 'open') throw wrongStatus(current ?? visit);
        await holdTimeline(tx, caller.openid, timeline, checkOutRecord.receivedAt);
        const confirmation =
          status === 'confirmed'
            ? await confirmInTransaction(tx, current, checkOutRecord.receivedAt, outOfProvince)
            : null;
        messages = confirmation?.messages ?? [];
        const changes: Partial<Visit> = {
          checkOut: checkOutRecord,
          durationMinutes: durationMinutes(current.checkIn.at, input.at),
          status,
          updatedAt: checkOutRecord.receivedAt,
          ...confirmation?.changes,
        };
        await tx.collection<Visit>('visits').doc(visit._id).update({ data: changes });
        await releaseLock(tx, caller.openid, visit._id);
        return visitDetail({ ...current, ...changes }, caller);
      },
      () => sendMessages(messages),
    );
  },
};

export const correctVisit: ActionDefinition<'visits.correct'> = {
  parse: object(checkOutFields),
  write: true,
  async handle(input, caller) {
    const visit = await requireOwnVisit(input.visitId, caller);
    if (visit.status !== 'incomplete' || visit.supersededBy) throw wrongStatus(visit);
    const problem = correctionProblem(visit.checkIn.at, input.at, caller.now);
    if (problem) throw invalidInput(problem);
    const checkOutRecord = await validCheckOut(input, caller, { lateAllowed: true });
    const timeline = await refuseOverlap(caller.openid, { start: visit.checkIn.at, end: input.at }, [visit._id]);
    return transact(caller, async (tx) => {
      const { data: current } = await tx.collection<Visit>('visits').doc(visit._id).get();
      if (!current || current.status !== 'incomplete' || current.supersededBy) throw wrongStatus(current ?? visit);
      await refuseFrozenYear(tx, current.year, caller.now);
      await holdTimeline(tx, caller.openid, timeline, checkOutRecord.receivedAt);
      const correction: Omit<Visit, '_id'> = {
        ...withoutId(current),
        status: 'pending',
        checkOut: checkOutRecord,
        durationMinutes: durationMinutes(current.checkIn.at, input.at),
        correctionOf: current._id,
        createdAt: checkOutRecord.receivedAt,
        updatedAt: checkOutRecord.receivedAt,
      };
      const { _id } = (await tx.collection<Visit>('visits').add({ data: correction })) as { _id: string };
      await tx
        .collection<Visit>('visits')
        .doc(current._id)
        .update({ data: { supersededBy: _id, updatedAt: checkOutRecord.receivedAt } });
      return visitDetail({ _id, ...correction }, caller);
    });
  },
};

export const currentVisit: ActionDefinition<'visits.current'> = {
  parse: empty,
  async handle(_input, caller) {
    const { visits } = await pageVisits({ expertOpenid: caller.openid, status: 'open' }, pageWindow(1, 1));
    return visits[0] ? visitDetail(visits[0], caller) : null;
  },
};

export const myVisits: ActionDefinition<'visits.mine'> = {
  parse: object({
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
    year: optional(integer(2000, 2100)),
    month: optional(integer(1, 12)),
  }),
  async handle(input, caller) {
    const window = pageWindow(input.page, input.pageSize);
    const { visits, total } = await pageVisits(
      { expertOpenid: caller.openid, year: input.year, month: input.month },
      window,
    );
    return { items: visits.map(visitSummary), page: window.page, pageSize: window.pageSize, total };
  },
};

export const getVisit: ActionDefinition<'visits.get'> = {
  parse: object({ visitId: documentId }),
  async handle(input, caller) {
    const visit = await requireVisit(input.visitId);
    if (visit.expertOpenid !== caller.openid) await authorize(caller, 'visit.view', recordTarget(visit));
    return visitDetail(visit, caller);
  },
};

/** A station's visits of a year, newest first: the station's log, for those who run or supervise it. */
export const stationVisits: ActionDefinition<'visits.ofStation'> = {
  parse: object({
    stationId: documentId,
    year: optional(integer(2000, 2100)),
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
  }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'quota.view', stationTarget(station));
    const window = pageWindow(input.page, input.pageSize);
    const year = input.year ?? calendarMoment(caller.now).year;
    const { visits, total } = await pageVisits({ stationId: station._id, year }, window);
    return { items: visits.map(visitSummary), page: window.page, pageSize: window.pageSize, total };
  },
};

export const reviewQueue: ActionDefinition<'visits.reviewQueue'> = {
  parse: object({
    stationId: documentId,
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
  }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'visit.review', stationTarget(station));
    const window = pageWindow(input.page, input.pageSize);
    const { visits, total } = await pageVisits({ stationId: station._id, status: 'pending' }, window);
    return { items: visits.map(visitSummary), page: window.page, pageSize: window.pageSize, total };
  },
};

export const reviewVisit: ActionDefinition<'visits.review'> = {
  parse: object({
    visitId: documentId,
    decision: oneOf(['approved', 'rejected'] as const),
    reason: optional(text(2, 200)),
  }),
  write: true,
  async handle(input, caller) {
    const visit = await requireVisit(input.visitId);
    await authorize(caller, 'visit.review', recordTarget(visit));
    if (visit.status !== 'pending') throw wrongStatus(visit);
    if (input.decision === 'rejected' && !input.reason) throw invalidInput('请填写不予认可的理由');
    if (input.reason) await checkTexts(caller.openid, [{ label: '审核意见', text: input.reason }]);
    const outOfProvince = isOutOfProvince(await findProfile(visit.expertOpenid));
    const approved = input.decision === 'approved';
    const timeline = approved
      ? await refuseOverlap(visit.expertOpenid, visitSpan(visit), [visit._id, visit.correctionOf ?? ''], 'approval')
      : null;
    const at = caller.now.toISOString();
    let messages: Message[] = [];
    return transact(
      caller,
      async (tx) => {
        const visits = tx.collection<Visit>('visits');
        const { data: current } = await visits.doc(visit._id).get();
        if (!current || current.status !== 'pending') throw wrongStatus(current ?? visit);
        if (timeline !== null) await holdTimeline(tx, current.expertOpenid, timeline, at);
        const review = {
          decision: input.decision,
          by: caller.openid,
          at,
          ...(input.reason && { reason: input.reason }),
        };
        const confirmation = approved ? await confirmInTransaction(tx, current, at, outOfProvince) : null;
        const changes: Partial<Visit> = confirmation
          ? { review, updatedAt: at, ...confirmation.changes }
          : { review, updatedAt: at, status: 'rejected' };
        await visits.doc(current._id).update({ data: changes });
        if (current.correctionOf) {
          // An approved correction replaces the visit it completes; a rejected one frees it for another try.
          await visits.doc(current.correctionOf).update({
            data: approved
              ? { status: 'superseded', supersededBy: current._id, updatedAt: at }
              : { supersededBy: '', updatedAt: at },
          });
        }
        messages = [
          visitReviewedMessage(
            current.expertOpenid,
            { id: current._id, isCorrection: Boolean(current.correctionOf) },
            { approved, reason: input.reason },
            at,
          ),
          ...(confirmation?.messages ?? []),
        ];
        return visitDetail({ ...current, ...changes }, caller);
      },
      () => sendMessages(messages),
    );
  },
};

/**
 * A confirmation taken back with a reason: the visit stops counting in the same transaction,
 * and the expert is told. A frozen year's visits cannot be revoked.
 */
export const revokeVisit: ActionDefinition<'visits.revoke'> = {
  parse: object({ visitId: documentId, reason: text(4, 200) }),
  write: true,
  async handle(input, caller) {
    const visit = await requireVisit(input.visitId);
    const role = await authorize(caller, 'visit.revoke', recordTarget(visit));
    if (visit.status !== 'confirmed') throw wrongStatus(visit);
    await checkTexts(caller.openid, [{ label: '撤销理由', text: input.reason }]);
    const at = caller.now.toISOString();
    return transact(
      caller,
      async (tx) => {
        const visits = tx.collection<Visit>('visits');
        const { data: current } = await visits.doc(visit._id).get();
        if (!current || current.status !== 'confirmed') throw wrongStatus(current ?? visit);
        await reverseInTransaction(tx, current, at);
        const changes: Partial<Visit> = {
          status: 'revoked',
          revocation: { by: caller.openid, role, at, reason: input.reason },
          updatedAt: at,
        };
        await visits.doc(current._id).update({ data: changes });
        await audit(tx, {
          at,
          actor: caller.openid,
          action: 'visit.revoke',
          role,
          subject: current._id,
          societyId: current.societyId,
          stationId: current.stationId,
          detail: input.reason,
        });
        return visitDetail({ ...current, ...changes }, caller);
      },
      () => sendMessages([visitRevokedMessage(visit.expertOpenid, visit._id, input.reason, at)]),
    );
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
      `您距工作站约 ${verdict.distanceM} 米，超出签到范围（${station.radiusM} 米）。如确在外地服务，请填写原因后按异地服务签到`,
    );
  }
  return { proof: 'off_site', distanceM: verdict.distanceM };
}

function acceptEntry(at: string, caller: CallerContext): boolean {
  const timing = entryTiming(new Date(at), caller.now);
  if (timing.kind === 'too_late') throw new AppError('ENTRY_TOO_LATE');
  if (timing.kind === 'in_future') throw invalidInput('记录时间晚于当前时间，请校准手机时间后重试');
  return timing.late;
}

function requireOwnUploads(fileIds: readonly string[], caller: CallerContext): void {
  const folder = uploadFolder('visits', caller.openid);
  if (fileIds.some((fileId) => !isInFolder(fileId, folder))) {
    throw new AppError('ATTACHMENT_INVALID', '照片不是您本人拍摄上传的');
  }
}

async function validCheckOut(
  input: Omit<CheckOutInput, 'visitId'>,
  caller: CallerContext,
  options: { lateAllowed?: boolean } = {},
): Promise<VisitCheckOut> {
  const late = options.lateAllowed ? true : acceptEntry(input.at, caller);
  requireOwnUploads(input.photos, caller);
  const problem = input.attachments.map((file) => attachmentProblem(file, caller.openid, 'visits')).find(Boolean);
  if (problem) throw new AppError('ATTACHMENT_INVALID', problem);
  await checkTexts(caller.openid, [
    { label: '服务内容', text: input.summary },
    { label: '服务成果', text: input.outcomes },
  ]);
  await requireUploaded([...input.photos.map((fileId) => ({ fileId })), ...input.attachments]);
  return {
    at: input.at,
    receivedAt: caller.now.toISOString(),
    late,
    summary: input.summary,
    outcomes: input.outcomes,
    photos: input.photos,
    attachments: input.attachments,
  };
}

async function releaseLock(tx: Tx, openid: string, visitId: string): Promise<void> {
  const locks = tx.collection<OpenVisitLock>('openVisits');
  const { data: lock } = await locks.doc(openid).get();
  if (lock?.visitId === visitId) await locks.doc(openid).remove();
}

export async function requireVisit(visitId: string): Promise<Visit> {
  const visit = await findVisit(visitId);
  if (!visit) throw new AppError('NOT_FOUND', '服务记录不存在或已被删除');
  return visit;
}

async function requireOwnVisit(visitId: string, caller: CallerContext): Promise<Visit> {
  const visit = await requireVisit(visitId);
  if (visit.expertOpenid !== caller.openid) throw new AppError('FORBIDDEN', '只能签退或补录您本人的服务');
  return visit;
}

function wrongStatus(visit: Visit): AppError {
  if (visit.status === 'incomplete') {
    return new AppError('VISIT_WRONG_STATUS', '这次服务已超过 12 小时未签退，已自动结束；请通过补录提交');
  }
  return new AppError('VISIT_WRONG_STATUS');
}

function withoutId(visit: Visit): Omit<Visit, '_id'> {
  const copy: Partial<Visit> = { ...visit };
  delete copy._id;
  return copy as Omit<Visit, '_id'>;
}
