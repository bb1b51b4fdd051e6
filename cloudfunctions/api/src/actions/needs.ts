import type { NeedInput } from '../../../../types/actions';
import type { Need, Role, ServiceType } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { attachmentProblem } from '../domain/attachments';
import { calendarMoment } from '../domain/calendar';
import {
  INDUSTRIES,
  MAX_ATTACHMENTS,
  NEED_LIMITS,
  NEED_STATUSES,
  NEED_URGENCIES,
  SERVICE_TYPES,
} from '../../../../types/catalogue';
import { listedStatuses, visibleStatuses } from '../domain/needs';
import { needSubmittedMessage } from '../domain/notifications';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { AppError, invalidInput } from '../errors';
import { checkTexts } from '../store/contentCheck';
import { findNeed, pageNeeds } from '../store/needs';
import { transact } from '../store/transaction';
import { boolean, calendarDate, documentId, integer, list, object, oneOf, optional, text } from '../validate';
import { authorize, recordTarget, requireOperating, requireStation, requireUploaded, stationTarget } from './guard';
import { needDetail, needSummary } from './needViews';
import { parseAttachment } from './parsers';
import { STATION_REVIEWERS, tellStation } from './stationMessages';
import type { ActionDefinition } from './types';

export const createNeed: ActionDefinition<'needs.create'> = {
  parse: object<NeedInput>({
    stationId: documentId,
    title: text(...NEED_LIMITS.title),
    description: text(...NEED_LIMITS.description),
    industry: oneOf(INDUSTRIES),
    serviceType: oneOf<ServiceType>(SERVICE_TYPES),
    expectedOutcome: text(...NEED_LIMITS.expectedOutcome),
    urgency: oneOf(NEED_URGENCIES),
    desiredDate: optional(calendarDate),
    attachments: list(parseAttachment, MAX_ATTACHMENTS),
  }),
  write: true,
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    const role = await authorize(caller, 'need.submit', stationTarget(station));
    requireOperating(station);
    const now = calendarMoment(caller.now);
    if (input.desiredDate && input.desiredDate < now.date) throw invalidInput('期望完成日期不能早于今天');
    const problem = input.attachments.map((file) => attachmentProblem(file, caller.openid)).find(Boolean);
    if (problem) throw new AppError('ATTACHMENT_INVALID', problem);
    const urls = await requireUploaded(input.attachments);
    await checkTexts(caller.openid, [
      { label: '需求标题', text: input.title },
      { label: '需求描述', text: input.description },
      { label: '预期成果', text: input.expectedOutcome },
    ]);
    const at = caller.now.toISOString();
    const fields: Omit<Need, '_id'> = {
      stationId: station._id,
      societyId: station.societyId,
      stationName: station.name,
      demandUnitName: station.demandUnit.name,
      title: input.title,
      description: input.description,
      industry: input.industry,
      serviceType: input.serviceType,
      expectedOutcome: input.expectedOutcome,
      urgency: input.urgency,
      desiredDate: input.desiredDate ?? '',
      attachments: input.attachments,
      status: 'submitted',
      submittedBy: caller.openid,
      onBehalf: role !== 'demand_unit',
      year: now.year,
      assignedExperts: [],
      history: [{ kind: 'submitted', at, by: caller.openid, role }],
      createdAt: at,
      updatedAt: at,
    };
    let needId = '';
    return transact(
      caller,
      async (tx) => {
        const { _id } = (await tx.collection<Need>('needs').add({ data: fields })) as { _id: string };
        needId = _id;
        return needDetail({ _id, ...fields }, caller, { urls });
      },
      // Staff recording a need for the unit know of it already.
      () =>
        tellStation(station._id, STATION_REVIEWERS, caller.openid, (openid) =>
          needSubmittedMessage(openid, { id: needId, title: fields.title, stationName: station.name }, at),
        ),
    );
  },
};

export const listNeeds: ActionDefinition<'needs.list'> = {
  parse: object({
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
    stationId: optional(documentId),
    assignedToMe: optional(boolean),
    statuses: optional(list(oneOf(NEED_STATUSES), NEED_STATUSES.length)),
    year: optional(integer(2000, 2100)),
    industry: optional(oneOf(INDUSTRIES)),
    serviceType: optional(oneOf<ServiceType>(SERVICE_TYPES)),
    search: optional(text(...NEED_LIMITS.search)),
  }),
  async handle(input, caller) {
    const window = pageWindow(input.page, input.pageSize);
    const { stationId, assignedToMe, year, industry, serviceType, search } = input;
    const statuses = listedStatuses(input.statuses, visibleStatuses(await viewerRole(caller, stationId, assignedToMe)));
    if (statuses?.length === 0) return { items: [], page: window.page, pageSize: window.pageSize, total: 0 };
    const query = {
      year,
      industry,
      serviceType,
      search,
      statuses,
      stationId,
      ...(assignedToMe && { assignedTo: caller.openid }),
    };
    const { needs, total } = await pageNeeds(query, window);
    return { items: needs.map(needSummary), page: window.page, pageSize: window.pageSize, total };
  },
};

export const getNeed: ActionDefinition<'needs.get'> = {
  parse: object({ needId: documentId }),
  async handle(input, caller) {
    const need = await requireNeed(input.needId);
    const role = await authorize(caller, 'need.view', recordTarget(need));
    const visible = visibleStatuses(role);
    const assigned = need.assignedExperts.includes(caller.openid);
    if (visible && !visible.includes(need.status) && !assigned) throw new AppError('NOT_FOUND', '需求不存在或尚未受理');
    return needDetail(need, caller);
  },
};

/** Anyone may list their own assignments, as an expert; a station's list needs a role there. */
async function viewerRole(caller: CallerContext, stationId?: string, assignedToMe?: boolean): Promise<Role> {
  if (assignedToMe) return 'expert';
  if (!stationId) throw invalidInput('请指定工作站，或查看指派给我的需求');
  const station = await requireStation(stationId);
  return authorize(caller, 'need.view', stationTarget(station));
}

export async function requireNeed(needId: string): Promise<Need> {
  const need = await findNeed(needId);
  if (!need) throw new AppError('NOT_FOUND', '需求不存在或已被删除');
  return need;
}
