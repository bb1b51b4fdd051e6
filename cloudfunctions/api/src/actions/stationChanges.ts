import type { StationChangeDecision, StationChangeRequest, StationChangeView } from '../../../../types/actions';
import {
  INDUSTRIES,
  STATION_CHANGE_FIELD_LABELS,
  STATION_CHANGES_SHOWN,
  STATION_LIMITS,
} from '../../../../types/catalogue';
import { STATION_AUDIT_FIELDS } from '../../../../types/catalogue/audit';
import type { Station, StationChange, StationControlled } from '../../../../types/domain';
import { stationChangeMessage } from '../domain/notifications';
import { changedFields, transition } from '../domain/audit';
import { allowingRole } from '../domain/policy';
import { agreementStillLongEnough, changeOf, movedSince } from '../domain/stationChange';
import { AppError, invalidInput } from '../errors';
import { checkTexts } from '../store/contentCheck';
import { sendMessages } from '../store/notifications';
import { findStationChange, newestStationChanges } from '../store/stationChanges';
import { audit, transact, type Tx } from '../store/transaction';
import { boolean, calendarDate, documentId, object, oneOf, optional, text } from '../validate';
import { authorize, recordTarget, requireStation, stationTarget } from './guard';
import { parseDemandUnit, parseLocation } from './parsers';
import type { ActionDefinition } from './types';

const parseReason = text(...STATION_LIMITS.changeReason);

const parseControlled = object<Partial<StationControlled>>({
  demandUnit: optional(parseDemandUnit),
  industry: optional(oneOf(INDUSTRIES)),
  location: optional(parseLocation),
  cooperationStart: optional(calendarDate),
  cooperationEnd: optional(calendarDate),
});

/**
 * 共同条款第 2 条: the society asks the city to change a recognised station's host, place,
 * industry or agreement, with its reasons. One request per station waits at a time.
 */
export const requestStationChange: ActionDefinition<'stations.requestChange'> = {
  parse: object<StationChangeRequest>({ stationId: documentId, changes: parseControlled, reason: parseReason }),
  write: true,
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'station.requestChange', stationTarget(station));
    refuseIfPending(station);
    const proposal = checkedProposal(station, input.changes);
    await checkTexts(caller.openid, [
      { label: '需求单位名称', text: proposal.changes.demandUnit?.name ?? '' },
      { label: '需求单位地址', text: proposal.changes.demandUnit?.address ?? '' },
      { label: '变更理由', text: input.reason },
    ]);
    const requester = await caller.profile();
    const at = caller.now.toISOString();
    return transact(caller, async (tx) => {
      // Decided on the station as the transaction reads it: two requests at once cannot both pass.
      const current = await readStation(tx, station._id);
      refuseIfPending(current);
      const record: Omit<StationChange, '_id'> = {
        stationId: input.stationId,
        societyId: current.societyId,
        stationName: current.name,
        ...checkedProposal(current, input.changes),
        reason: input.reason,
        requestedBy: caller.openid,
        requestedByName: requester?.name || '学会管理员',
        requestedAt: at,
        status: 'pending',
      };
      const { _id } = (await tx.collection<StationChange>('stationChanges').add({ data: record })) as { _id: string };
      await tx
        .collection<Station>('stations')
        .doc(input.stationId)
        .update({ data: { pendingChangeId: _id } });
      await audit(tx, {
        at,
        actor: caller.openid,
        role: 'society_admin',
        action: 'station.change.request',
        societyId: current.societyId,
        stationId: input.stationId,
        subject: _id,
        detail: `${fieldNames(record.changes)}：${input.reason}`,
        ...changedFields(record.before, record.changes, STATION_AUDIT_FIELDS),
      });
      return changeView({ _id, ...record });
    });
  },
};

/**
 * The city approves a pending request, and the station changes in the same transaction, or
 * refuses it with a reason and the station stays as it is. Either way the requester is told.
 */
export const decideStationChange: ActionDefinition<'stations.decideChange'> = {
  parse: object<StationChangeDecision>({ changeId: documentId, approve: boolean, reason: optional(parseReason) }),
  write: true,
  async handle(input, caller) {
    const change = await findStationChange(input.changeId);
    if (!change) throw new AppError('NOT_FOUND', '变更申请不存在或已被删除');
    await authorize(caller, 'station.decideChange', recordTarget(change));
    if (!input.approve && !input.reason) throw invalidInput('不批准变更申请须说明理由');
    refuseIfDecided(change);
    const decider = await caller.profile();
    const at = caller.now.toISOString();
    return transact(
      caller,
      async (tx) => {
        const current = (await tx.collection<StationChange>('stationChanges').doc(change._id).get()).data;
        if (!current) throw new AppError('NOT_FOUND', '变更申请不存在或已被删除');
        refuseIfDecided(current);
        const station = await readStation(tx, current.stationId);
        if (input.approve) refuseIfStale(station, current);
        const decision: Partial<StationChange> = {
          status: input.approve ? 'approved' : 'refused',
          decidedBy: caller.openid,
          decidedByName: decider?.name || '市科协',
          decidedAt: at,
          ...(input.reason && { decisionReason: input.reason }),
        };
        await tx.collection<StationChange>('stationChanges').doc(current._id).update({ data: decision });
        await tx
          .collection<Station>('stations')
          .doc(current.stationId)
          .update({ data: { ...(input.approve && current.changes), pendingChangeId: '' } });
        await audit(tx, {
          at,
          actor: caller.openid,
          role: 'city_admin',
          action: 'station.change.decide',
          societyId: current.societyId,
          stationId: current.stationId,
          subject: current._id,
          detail: `${input.approve ? '批准' : '不批准'}${fieldNames(current.changes)}变更${input.reason ? `：${input.reason}` : ''}`,
          ...(input.approve
            ? changedFields(station, { ...station, ...current.changes }, STATION_AUDIT_FIELDS)
            : transition('changeStatus', current.status, decision.status)),
        });
        return changeView({ ...current, ...decision });
      },
      async (view) => {
        const station = { id: view.stationId, name: view.stationName };
        await sendMessages([stationChangeMessage(change.requestedBy, station, input.approve, input.reason ?? '', at)]);
      },
    );
  },
};

/** A station's requests, the pending one and the decided ones, newest first. */
export const listStationChanges: ActionDefinition<'stations.changes'> = {
  parse: object({ stationId: documentId }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    const target = stationTarget(station);
    await authorize(caller, 'station.view', target);
    const changes = await newestStationChanges(station._id, STATION_CHANGES_SHOWN);
    return {
      items: changes.map(changeView),
      canDecide: allowingRole(await caller.grants(), 'station.decideChange', target) !== null,
    };
  },
};

/** The fields the proposal changes, with their values now; refused when it changes nothing or shortens the agreement. */
function checkedProposal(
  station: Station,
  proposed: Partial<StationControlled>,
): Pick<StationChange, 'changes' | 'before'> {
  const proposal = changeOf(station, proposed);
  if (Object.keys(proposal.changes).length === 0) {
    throw invalidInput('申请的内容与工作站现有的需求单位、位置、产业和合作期限相同，没有需要变更的内容');
  }
  if (!agreementStillLongEnough(station, proposal.changes)) {
    throw new AppError('AGREEMENT_TOO_SHORT', '变更后的合作期限不得少于两年（结束日期不早于开始日期两年后的前一天）');
  }
  return proposal;
}

/**
 * Approval applies the request to the station as it is now: a field changed directly since the
 * request makes its "before" wrong, and dates moved since must still leave two years.
 */
function refuseIfStale(station: Station, change: StationChange): void {
  const moved = movedSince(station, change.before);
  if (moved.length > 0) {
    const names = moved.map((field) => STATION_CHANGE_FIELD_LABELS[field]).join('、');
    throw new AppError(
      'CONFLICT',
      `申请提交后，工作站的${names}已被修改，此申请不再适用；请不批准，并请学会按现状重新申请`,
    );
  }
  if (!agreementStillLongEnough(station, change.changes)) {
    throw new AppError('AGREEMENT_TOO_SHORT', '按工作站现有的合作期限，批准后合作期限将少于两年；请不批准此申请');
  }
}

function refuseIfPending(station: Station): void {
  if (station.pendingChangeId) throw new AppError('CHANGE_PENDING');
}

function refuseIfDecided(change: StationChange): void {
  if (change.status !== 'pending') throw new AppError('CONFLICT', '这项变更申请已经审定，请刷新后查看');
}

async function readStation(tx: Tx, stationId: string): Promise<Station> {
  const { data } = await tx.collection<Station>('stations').doc(stationId).get();
  if (!data) throw new AppError('NOT_FOUND', '工作站不存在或已被删除');
  return data;
}

function fieldNames(changes: Partial<StationControlled>): string {
  return (Object.keys(changes) as (keyof StationControlled)[]).map((f) => STATION_CHANGE_FIELD_LABELS[f]).join('、');
}

function changeView(change: StationChange): StationChangeView {
  return {
    id: change._id,
    stationId: change.stationId,
    stationName: change.stationName,
    changes: change.changes,
    before: change.before,
    reason: change.reason,
    requestedByName: change.requestedByName,
    requestedAt: change.requestedAt,
    status: change.status,
    ...(change.decidedByName && { decidedByName: change.decidedByName }),
    ...(change.decidedAt && { decidedAt: change.decidedAt }),
    ...(change.decisionReason && { decisionReason: change.decisionReason }),
  };
}
