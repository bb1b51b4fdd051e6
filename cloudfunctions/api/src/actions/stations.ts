import type { Page, StationDetail, StationInput, StationRegistration, StationSummary } from '../../../../types/actions';
import type { Station } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { stationScope } from '../domain/access';
import {
  APPLICATION_LIMITS,
  INDUSTRIES,
  SOCIETY_LEVELS,
  STATION_LIMITS,
  STATION_RADIUS_M,
  STATION_STATUSES,
  STATION_STATUS_LABELS,
} from '../../../../types/catalogue';
import { STATION_AUDIT_FIELDS } from '../../../../types/catalogue/audit';
import { changedFields as auditedChanges } from '../domain/audit';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { allowingRole, invitableRoles, type Permission } from '../domain/policy';
import { cooperationLongEnough } from '../domain/station';
import { changedFields } from '../domain/stationChange';
import { agreementState, isFinal, statusRefusal, type StatusCommand } from '../domain/stationStatus';
import { AppError, invalidInput } from '../errors';
import { checkTexts } from '../store/contentCheck';
import { renameStationInGrants } from '../store/roles';
import { pageStations } from '../store/stations';
import { audit, transact } from '../store/transaction';
import { findProfile } from '../store/users';
import { calendarDate, documentId, integer, object, oneOf, optional, text } from '../validate';
import { actingAs, authorize, requireSociety, requireStation, stationTarget } from './guard';
import { parseDemandUnit, parseLocation } from './parsers';
import type { ActionDefinition } from './types';
import { personView } from './views';

const stationFields = {
  name: text(...STATION_LIMITS.name),
  demandUnit: parseDemandUnit,
  industry: oneOf(INDUSTRIES),
  location: parseLocation,
  radiusM: integer(STATION_RADIUS_M.min, STATION_RADIUS_M.max),
  cooperationStart: calendarDate,
  cooperationEnd: calendarDate,
};

export const listStations: ActionDefinition<'stations.list'> = {
  parse: object({
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
    name: optional(text(...STATION_LIMITS.search)),
    societyId: optional(documentId),
    level: optional(oneOf(SOCIETY_LEVELS)),
    industry: optional(oneOf(INDUSTRIES)),
    status: optional(oneOf(STATION_STATUSES)),
  }),
  async handle({ page, pageSize, ...filter }, caller): Promise<Page<StationSummary>> {
    const window = pageWindow(page, pageSize);
    const { stations, total } = await pageStations(stationScope(await caller.grants()), filter, window);
    return { items: stations.map(stationSummary), page: window.page, pageSize: window.pageSize, total };
  },
};

export const getStation: ActionDefinition<'stations.get'> = {
  parse: object({ stationId: documentId }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'station.view', stationTarget(station));
    return stationDetail(station, caller);
  },
};

export const createStation: ActionDefinition<'stations.create'> = {
  parse: withCooperationCheck(
    object<StationRegistration>({
      ...stationFields,
      societyId: documentId,
      recognition: object({ documentNumber: text(...APPLICATION_LIMITS.documentNumber), recognisedOn: calendarDate }),
    }),
  ),
  write: true,
  async handle(input, caller) {
    await actingAs(caller, allowingRole(await caller.grants(), 'station.create', { societyId: input.societyId }));
    const society = await requireSociety(input.societyId);
    await checkStationTexts(caller, input);
    return transact(caller, async (tx) => {
      const fields: Omit<Station, '_id'> = {
        ...input,
        societyName: society.name,
        level: society.level,
        headOpenid: '',
        status: 'operating',
        createdAt: caller.now.toISOString(),
      };
      const { _id } = (await tx.collection<Station>('stations').add({ data: fields })) as { _id: string };
      await audit(tx, {
        at: fields.createdAt,
        actor: caller.openid,
        action: 'station.create',
        societyId: society._id,
        stationId: _id,
      });
      return stationDetail({ _id, ...fields }, caller);
    });
  },
};

export const updateStation: ActionDefinition<'stations.update'> = {
  parse: withCooperationCheck(object({ ...stationFields, stationId: documentId })),
  write: true,
  async handle({ stationId, ...changes }, caller) {
    const current = await requireStation(stationId);
    const target = stationTarget(current);
    const role = await authorize(caller, 'station.edit', target);
    if (isFinal(current.status))
      throw new AppError(
        'STATION_NOT_OPERATING',
        `${current.name}${STATION_STATUS_LABELS[current.status]}，其信息不再修改；已有记录仍可查看`,
      );
    // 共同条款第 2 条: the host, place, industry and agreement change through the city's approval.
    const approver = allowingRole(await caller.grants(), 'station.decideChange', target) !== null;
    if (!approver && changedFields(current, changes).length > 0) throw new AppError('CHANGE_NEEDS_APPROVAL');
    await checkStationTexts(caller, changes);
    // Only what the caller may set is written: a request approved meanwhile is not undone.
    const written = approver ? changes : { name: changes.name, radiusM: changes.radiusM };
    const station = { ...current, ...written };
    const detail = await stationDetail(station, caller);
    await transact(caller, async (tx) => {
      await tx.collection<Station>('stations').doc(stationId).update({ data: written });
      await audit(tx, {
        at: caller.now.toISOString(),
        actor: caller.openid,
        action: 'station.update',
        role,
        societyId: current.societyId,
        stationId,
        ...auditedChanges(current, station, STATION_AUDIT_FIELDS),
      });
      return detail;
    });
    if (station.name !== current.name) await renameStationInGrants(stationId, station.name);
    return detail;
  },
};

/** The names and address every member of the station and every poster reader sees. */
function checkStationTexts(caller: CallerContext, station: Pick<StationInput, 'name' | 'demandUnit'>): Promise<void> {
  return checkTexts(caller.openid, [
    { label: '工作站名称', text: station.name },
    { label: '需求单位名称', text: station.demandUnit.name },
    { label: '需求单位地址', text: station.demandUnit.address },
  ]);
}

function withCooperationCheck<T extends { cooperationStart: string; cooperationEnd: string }>(
  parse: (value: unknown, field: string) => T,
): (value: unknown, field: string) => T {
  return (value, field) => {
    const input = parse(value, field);
    if (!cooperationLongEnough(input.cooperationStart, input.cooperationEnd)) {
      throw invalidInput('合作期限不得少于两年（结束日期不早于开始日期两年后的前一天）');
    }
    return input;
  };
}

/** The station as the caller sees it, with what they may do there now. */
export async function stationDetail(station: Station, caller: CallerContext): Promise<StationDetail> {
  const grants = await caller.grants();
  const target = stationTarget(station);
  const head = station.headOpenid ? await findProfile(station.headOpenid) : null;
  const may = (permission: Permission, command: StatusCommand) =>
    allowingRole(grants, permission, target) !== null && statusRefusal(station, command) === null;
  const agreement = agreementState(station.cooperationEnd, caller.now);
  const closurePending = Boolean(station.pendingClosureId);
  return {
    ...stationSummary(station),
    demandUnit: station.demandUnit,
    cooperationStart: station.cooperationStart,
    cooperationEnd: station.cooperationEnd,
    // Everyone at a station needs to reach its head, so the head's mobile is shown to them.
    head: station.headOpenid ? personView(station.headOpenid, head, true) : null,
    ...(station.recognition && { recognition: station.recognition }),
    createdAt: station.createdAt,
    // A revoked or closed station's record is history: it is read, not edited.
    canEdit: !isFinal(station.status) && allowingRole(grants, 'station.edit', target) !== null,
    canManageRoster: allowingRole(grants, 'roster.manage', target) !== null,
    // A station that is not operating issues no invitation codes (requireOperating).
    canInvite: station.status === 'operating' ? invitableRoles(grants, target) : [],
    canRequestChange: allowingRole(grants, 'station.requestChange', target) !== null,
    canDecideChange: allowingRole(grants, 'station.decideChange', target) !== null,
    changePending: Boolean(station.pendingChangeId),
    statusHistory: station.statusHistory ?? [],
    // A station that no longer runs has no agreement to renew.
    agreementEnded: !isFinal(station.status) && agreement.ended,
    agreementEndsInDays: isFinal(station.status) ? null : agreement.endsInDays,
    canSuspend: may('station.changeStatus', 'suspend'),
    canResume: may('station.changeStatus', 'resume'),
    canRevoke: may('station.changeStatus', 'revoke'),
    canRequestClosure: may('station.requestClosure', 'close') && !closurePending,
    closurePending,
  };
}

function stationSummary(station: Station): StationSummary {
  return {
    id: station._id,
    name: station.name,
    societyId: station.societyId,
    societyName: station.societyName,
    level: station.level,
    industry: station.industry,
    demandUnitName: station.demandUnit.name,
    status: station.status,
    location: station.location,
    radiusM: station.radiusM,
  };
}
