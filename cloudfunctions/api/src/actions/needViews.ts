import type { AttachmentView, NeedDetail, NeedPermissions, NeedSummary } from '../../../../types/actions';
import type { Need, NeedStatus, UserProfile } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { availableCommands, type NeedActor } from '../domain/needs';
import { allowingRole } from '../domain/policy';
import { hasConfirmation } from '../domain/serviceConfirmation';
import { temporaryUrls } from '../store/files';
import { profilesOf } from '../store/users';
import { visitsOfNeed } from '../store/visits';
import { recordTarget } from './guard';
import { visitSummary } from './visitViews';
import { personView } from './views';

/** Statuses a need has before any visit can be made for it: no need to look for visits. */
const NEVER_SERVED: readonly NeedStatus[] = ['submitted', 'declined', 'withdrawn'];

export function needSummary(need: Need): NeedSummary {
  return {
    id: need._id,
    stationId: need.stationId,
    stationName: need.stationName,
    title: need.title,
    industry: need.industry,
    serviceType: need.serviceType,
    urgency: need.urgency,
    status: need.status,
    desiredDate: need.desiredDate,
    onBehalf: need.onBehalf,
    assignedCount: need.assignedExperts.length,
    resolutionProposed: need.status === 'in_service' && Boolean(need.resolutionProposedAt),
    createdAt: need.createdAt,
  };
}

/** Everything the need's page shows, for this caller: two reads at most (people, file URLs). */
export async function needDetail(
  need: Need,
  caller: CallerContext,
  known: { urls?: Map<string, string> } = {},
): Promise<NeedDetail> {
  const grants = await caller.grants();
  const target = recordTarget(need);
  const isManager = allowingRole(grants, 'need.manage', target) !== null;
  const isUnit = allowingRole(grants, 'need.confirm', target) !== null;
  const seesContacts = allowingRole(grants, 'contacts.view', target) !== null;
  const isAssigned = need.assignedExperts.includes(caller.openid);
  const people = [
    need.submittedBy,
    ...need.assignedExperts,
    ...need.history.flatMap((e) => [e.by, ...(e.experts ?? [])]),
  ];
  const fileIds = need.attachments.map((attachment) => attachment.fileId);
  const [profiles, urls, visits] = await Promise.all([
    profilesOf(people.filter((openid) => openid !== 'system')),
    known.urls ?? temporaryUrls(fileIds),
    NEVER_SERVED.includes(need.status) ? [] : visitsOfNeed(need._id),
  ]);
  const nameOf = (openid: string) => nameIn(profiles, openid);
  const actors: NeedActor[] = [...(isManager ? ['manager' as const] : []), ...(isUnit ? ['unit' as const] : [])];
  const commands = availableCommands(need, actors);
  const can = (command: keyof NeedPermissions) => commands.includes(command);
  return {
    ...needSummary(need),
    societyId: need.societyId,
    demandUnitName: need.demandUnitName,
    description: need.description,
    expectedOutcome: need.expectedOutcome,
    attachments: need.attachments.map((attachment): AttachmentView => ({
      ...attachment,
      url: urls.get(attachment.fileId) ?? null,
    })),
    submittedBy: personView(
      need.submittedBy,
      profiles.get(need.submittedBy),
      seesContacts || isAssigned || need.submittedBy === caller.openid,
    ),
    // The unit calls the experts it is served by; the station's managers call anyone.
    assignedExperts: need.assignedExperts.map((openid) =>
      personView(openid, profiles.get(openid), seesContacts || isUnit || isAssigned),
    ),
    timeline: need.history.map((event) => ({
      kind: event.kind,
      at: event.at,
      actorName: event.by === 'system' ? '' : nameOf(event.by),
      actorRole: event.role,
      ...(event.reason && { reason: event.reason }),
      ...(event.experts && { experts: event.experts.map(nameOf) }),
    })),
    visits: visits.map(visitSummary),
    evaluation: need.evaluation
      ? {
          rating: need.evaluation.rating,
          comment: need.evaluation.comment,
          at: need.evaluation.at,
          byName: nameOf(need.evaluation.by),
        }
      : null,
    can: {
      accept: can('accept'),
      decline: can('decline'),
      assign: can('assign'),
      withdraw: can('withdraw'),
      proposeResolution: can('proposeResolution'),
      resolve: can('resolve'),
      evaluate: can('evaluate'),
    },
    confirmation: hasConfirmation(need) && allowingRole(grants, 'report.serviceConfirmation', target) !== null,
  };
}

function nameIn(profiles: Map<string, UserProfile>, openid: string): string {
  return profiles.get(openid)?.name || '（未填写姓名）';
}
