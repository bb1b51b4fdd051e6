import type { StationClosureDecision, StationClosureRequest, StationClosureView } from '../../../../types/actions';
import { CLOSURE_KIND_LABELS, CLOSURE_KINDS, STATION_CHANGES_SHOWN } from '../../../../types/catalogue';
import type { Station, StationClosure, StationStatusEntry } from '../../../../types/domain';
import { transition } from '../domain/audit';
import { closureDecisionMessage } from '../domain/notifications';
import { allowingRole } from '../domain/policy';
import { AppError, invalidInput } from '../errors';
import { checkTexts } from '../store/contentCheck';
import { temporaryUrls } from '../store/files';
import { sendMessages } from '../store/notifications';
import { societyAdminOpenids } from '../store/roles';
import { findStationClosure, newestStationClosures } from '../store/stationClosures';
import { audit, transact, type Tx } from '../store/transaction';
import { boolean, documentId, object, oneOf, optional } from '../validate';
import { authorize, recordTarget, requireStation, stationTarget } from './guard';
import {
  parseDocumentNumber,
  parseStatusAttachments,
  parseStatusReason,
  readStation,
  refuseUnless,
  requireOwnUploads,
  statusEntry,
  statusMessages,
  writeStatus,
} from './stationStatus';
import type { ActionDefinition } from './types';

/**
 * §四(三)5: the society asks in writing to merge a station into another of its own, restructure
 * it or withdraw it. One request per station waits for the city at a time.
 */
export const requestStationClosure: ActionDefinition<'stations.requestClosure'> = {
  parse: object<StationClosureRequest>({
    stationId: documentId,
    kind: oneOf(CLOSURE_KINDS),
    intoStationId: optional(documentId),
    reason: parseStatusReason,
    attachments: parseStatusAttachments,
  }),
  write: true,
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'station.requestClosure', stationTarget(station));
    refuseIfPending(station);
    refuseUnless(station, 'close');
    const into = await mergeTarget(station, input);
    await requireOwnUploads(input.attachments, caller.openid);
    await checkTexts(caller.openid, [{ label: '申请理由', text: input.reason }]);
    const requester = await caller.profile();
    const at = caller.now.toISOString();
    return transact(caller, async (tx) => {
      const current = await readStation(tx, station._id);
      refuseIfPending(current);
      refuseUnless(current, 'close');
      const record: Omit<StationClosure, '_id'> = {
        stationId: current._id,
        societyId: current.societyId,
        stationName: current.name,
        kind: input.kind,
        ...(into && { intoStationId: into._id, intoStationName: into.name }),
        reason: input.reason,
        attachments: input.attachments,
        requestedBy: caller.openid,
        requestedByName: requester?.name || '学会管理员',
        requestedAt: at,
        status: 'pending',
      };
      const { _id } = (await tx.collection<StationClosure>('stationClosures').add({ data: record })) as {
        _id: string;
      };
      await tx
        .collection<Station>('stations')
        .doc(current._id)
        .update({ data: { pendingClosureId: _id } });
      await audit(tx, {
        at,
        actor: caller.openid,
        role: 'society_admin',
        action: 'station.closure.request',
        societyId: current.societyId,
        stationId: current._id,
        subject: _id,
        detail: `申请${CLOSURE_KIND_LABELS[input.kind]}${into ? `（并入${into.name}）` : ''}：${input.reason}`,
      });
      return closureView({ _id, ...record }, new Map());
    });
  },
};

/**
 * The city approves on its document, and the station closes in the same transaction, or refuses
 * with a reason and the station goes on. The head and the society hear either way.
 */
export const decideStationClosure: ActionDefinition<'stations.decideClosure'> = {
  parse: object<StationClosureDecision>({
    closureId: documentId,
    approve: boolean,
    reason: optional(parseStatusReason),
    documentNumber: optional(parseDocumentNumber),
  }),
  write: true,
  async handle(input, caller) {
    const closure = await findStationClosure(input.closureId);
    if (!closure) throw new AppError('NOT_FOUND', '撤并申请不存在或已被删除');
    await authorize(caller, 'station.decideClosure', recordTarget(closure));
    if (!input.approve && !input.reason) throw invalidInput('不批准撤并申请须说明理由');
    if (input.approve && !input.documentNumber) throw invalidInput('批准撤并申请须填写批准文号');
    refuseIfDecided(closure);
    if (input.reason) await checkTexts(caller.openid, [{ label: '理由', text: input.reason }]);
    const entry = await statusEntry(caller, 'close', {
      reason: input.reason || closure.reason,
      closureKind: closure.kind,
      closureId: closure._id,
      ...(input.documentNumber && { documentNumber: input.documentNumber }),
      attachments: closure.attachments,
    });
    const decision: Partial<StationClosure> = {
      status: input.approve ? 'approved' : 'refused',
      decidedBy: caller.openid,
      decidedByName: entry.byName,
      decidedAt: entry.at,
      ...(input.reason && { decisionReason: input.reason }),
      ...(input.approve && { documentNumber: input.documentNumber }),
    };
    // The station as the transaction left it, for the messages after the commit.
    let decided: Station | null = null;
    return transact(
      caller,
      async (tx) => {
        const current = (await tx.collection<StationClosure>('stationClosures').doc(closure._id).get()).data;
        if (!current) throw new AppError('NOT_FOUND', '撤并申请不存在或已被删除');
        refuseIfDecided(current);
        const station = await readStation(tx, current.stationId);
        await tx.collection<StationClosure>('stationClosures').doc(current._id).update({ data: decision });
        decided = input.approve ? await approve(tx, station, current, entry) : await clearPending(tx, station);
        await audit(tx, {
          at: entry.at,
          actor: caller.openid,
          role: 'city_admin',
          action: 'station.closure.decide',
          societyId: current.societyId,
          stationId: current.stationId,
          subject: current._id,
          detail: `${input.approve ? `批准${CLOSURE_KIND_LABELS[current.kind]}（${input.documentNumber}）` : '不批准'}${input.reason ? `：${input.reason}` : ''}`,
          ...(input.approve
            ? transition('stationStatus', station.status, entry.status)
            : transition('closureStatus', current.status, decision.status)),
        });
        return closureView({ ...current, ...decision }, new Map());
      },
      async () => {
        if (!decided) return;
        const target = { id: decided._id, name: decided.name };
        const told = input.approve
          ? await statusMessages(decided, 'close', entry.reason, entry.at)
          : [...new Set([closure.requestedBy, ...(await societyAdminOpenids(decided.societyId))])].map((openid) =>
              closureDecisionMessage(openid, target, false, input.reason ?? '', entry.at),
            );
        await sendMessages(told);
      },
    );
  },
};

/** A station's closure requests, the pending one and the decided ones, newest first. */
export const listStationClosures: ActionDefinition<'stations.closures'> = {
  parse: object({ stationId: documentId }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    const target = stationTarget(station);
    await authorize(caller, 'station.closures', target);
    const closures = await newestStationClosures(station._id, STATION_CHANGES_SHOWN);
    const urls = await temporaryUrls(closures.flatMap((closure) => closure.attachments.map((file) => file.fileId)));
    return {
      items: closures.map((closure) => closureView(closure, urls)),
      canDecide: allowingRole(await caller.grants(), 'station.decideClosure', target) !== null,
    };
  },
};

/** A merge names another operating station of the same society; the other kinds name none. */
async function mergeTarget(station: Station, input: StationClosureRequest): Promise<Station | null> {
  if (input.kind !== 'merge') {
    if (input.intoStationId) throw invalidInput('只有合并需要选择并入的工作站');
    return null;
  }
  if (!input.intoStationId) throw invalidInput('合并须选择并入的工作站');
  if (input.intoStationId === station._id) throw invalidInput('不能并入工作站自身');
  const into = await requireStation(input.intoStationId);
  if (into.societyId !== station.societyId) throw invalidInput('只能并入本学会的其他工作站');
  if (into.status !== 'operating') throw invalidInput(`${into.name}不在运行中，不能并入`);
  return into;
}

/** A merge closes the station into one still operating, checked as the transaction reads it. */
async function approve(tx: Tx, station: Station, closure: StationClosure, entry: StationStatusEntry): Promise<Station> {
  refuseUnless(station, 'close');
  if (closure.intoStationId) {
    const into = await readStation(tx, closure.intoStationId);
    if (into.status !== 'operating') {
      throw new AppError('STATION_WRONG_STATUS', `${into.name}已不在运行中，不能并入；请不批准此申请`);
    }
  }
  return writeStatus(tx, station, entry, { pendingClosureId: '' });
}

async function clearPending(tx: Tx, station: Station): Promise<Station> {
  await tx
    .collection<Station>('stations')
    .doc(station._id)
    .update({ data: { pendingClosureId: '' } });
  return { ...station, pendingClosureId: '' };
}

function refuseIfPending(station: Station): void {
  if (station.pendingClosureId) throw new AppError('CLOSURE_PENDING');
}

function refuseIfDecided(closure: StationClosure): void {
  if (closure.status !== 'pending') throw new AppError('CONFLICT', '这项撤并申请已经审定，请刷新后查看');
}

function closureView(closure: StationClosure, urls: ReadonlyMap<string, string>): StationClosureView {
  return {
    id: closure._id,
    stationId: closure.stationId,
    stationName: closure.stationName,
    kind: closure.kind,
    ...(closure.intoStationId && { intoStationId: closure.intoStationId, intoStationName: closure.intoStationName }),
    reason: closure.reason,
    attachments: closure.attachments.map((file) => ({ ...file, url: urls.get(file.fileId) ?? null })),
    requestedByName: closure.requestedByName,
    requestedAt: closure.requestedAt,
    status: closure.status,
    ...(closure.decidedByName && { decidedByName: closure.decidedByName }),
    ...(closure.decidedAt && { decidedAt: closure.decidedAt }),
    ...(closure.decisionReason && { decisionReason: closure.decisionReason }),
    ...(closure.documentNumber && { documentNumber: closure.documentNumber }),
  };
}
