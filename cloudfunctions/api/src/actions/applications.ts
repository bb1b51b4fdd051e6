import type { ApplicationDetail, ApplicationSummary, Page } from '../../../../types/actions';
import type { Application, ApplicationContent, ApplicationVersion } from '../../../../types/application';
import { APPLICATION_PHASES, APPLICATION_STATUSES } from '../../../../types/catalogue';
import type { Society } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { applicationParties, applicationProblems, budgetTotalFen } from '../domain/application';
import { applicationChanges } from '../domain/applicationChanges';
import { transition } from '../domain/audit';
import { partyKeys } from '../domain/blacklist';
import { applicationRefusal, availableApplicationCommands, type ApplicationActor } from '../domain/applications';
import { calendarMoment } from '../domain/calendar';
import { applicationStatusMessage } from '../domain/notifications';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { allowingRole, visibleSocieties } from '../domain/policy';
import { AppError } from '../errors';
import {
  blacklistEntriesFor,
  cityAdminOpenids,
  findApplication,
  latestVersions,
  pageApplications,
} from '../store/applications';
import { checkTexts } from '../store/contentCheck';
import { temporaryUrlRecord } from '../store/files';
import { sendMessages } from '../store/notifications';
import { audit, transact } from '../store/transaction';
import { documentId, integer, object, oneOf, optional } from '../validate';
import { parseApplicationContent } from './applicationParsers';
import { authorize, requireSociety, requireUploaded } from './guard';
import type { ActionDefinition } from './types';

/** The most problems one refusal lists; the form shows every one of them at its section. */
const LISTED_PROBLEMS = 10;

export const listApplications: ActionDefinition<'applications.list'> = {
  parse: object({
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
    status: optional(oneOf(APPLICATION_STATUSES)),
  }),
  async handle(input, caller): Promise<Page<ApplicationSummary>> {
    const visible = visibleSocieties(await caller.grants());
    if (visible !== 'all' && visible.length === 0) throw new AppError('FORBIDDEN');
    const window = pageWindow(input.page, input.pageSize);
    // A society's draft is its own until submitted.
    if (visible === 'all' && input.status === 'draft') {
      return { items: [], page: window.page, pageSize: window.pageSize, total: 0 };
    }
    const { applications, total } = await pageApplications({ societyIds: visible }, input.status, window);
    return { items: applications.map(applicationSummary), page: window.page, pageSize: window.pageSize, total };
  },
};

export const getApplication: ActionDefinition<'applications.get'> = {
  parse: object({ applicationId: documentId }),
  async handle(input, caller) {
    const application = await requireApplication(input.applicationId);
    await authorizeApplicationView(caller, application);
    const [detail, fileUrls] = await Promise.all([applicationDetail(application, caller), fileUrlsOf(application)]);
    return { ...detail, fileUrls };
  },
};

/** The reader opens the files from the page; saves and review steps answer without them, to stay quick. */
function fileUrlsOf(application: Application): Promise<Record<string, string>> {
  return temporaryUrlRecord(
    [...application.content.attachments, ...application.reviews.flatMap((review) => review.attachments)].map(
      (file) => file.fileId,
    ),
  );
}

export const startApplication: ActionDefinition<'applications.start'> = {
  parse: object({ societyId: documentId }),
  write: true,
  async handle(input, caller) {
    const society = await requireSociety(input.societyId);
    await authorize(caller, 'application.apply', { societyId: society._id });
    const at = caller.now.toISOString();
    const content = emptyContent(society, calendarMoment(caller.now).date);
    const fields: Omit<Application, '_id'> = {
      societyId: society._id,
      status: 'draft',
      content,
      partyKeys: partyKeys(content),
      version: 0,
      reviews: [],
      createdBy: caller.openid,
      createdAt: at,
      updatedAt: at,
    };
    return transact(caller, async (tx) => {
      const { _id } = (await tx.collection<Application>('applications').add({ data: fields })) as { _id: string };
      return applicationDetail({ _id, ...fields }, caller, null);
    });
  },
};

export const saveApplicationDraft: ActionDefinition<'applications.saveDraft'> = {
  parse: object({ applicationId: documentId, content: parseApplicationContent }),
  write: true,
  async handle(input, caller) {
    const application = await requireApplication(input.applicationId);
    await authorize(caller, 'application.apply', { societyId: application.societyId });
    const society = await requireSociety(application.societyId);
    const content = withSocietyLevel(input.content, society);
    const at = caller.now.toISOString();
    return transact(caller, async (tx) => {
      const current = await readForChange(tx, application._id, 'edit');
      await tx
        .collection<Application>('applications')
        .doc(application._id)
        .update({ data: { content, partyKeys: partyKeys(content), updatedAt: at } });
      return applicationDetail({ ...current, content, updatedAt: at }, caller);
    });
  },
};

export const submitApplication: ActionDefinition<'applications.submit'> = {
  parse: object({ applicationId: documentId }),
  write: true,
  async handle(input, caller) {
    const application = await requireApplication(input.applicationId);
    await authorize(caller, 'application.apply', { societyId: application.societyId });
    refuseIfWrongStatus(application, 'submit');
    const society = await requireSociety(application.societyId);
    const content = withSocietyLevel(application.content, society);
    const problems = await problemsOf(content);
    if (problems.length > 0) throw refusalOfProblems(problems);
    await requireUploaded(content.attachments);
    await checkTexts(caller.openid, [
      { label: '工作站名称', text: content.stationName },
      { label: '需求单位名称', text: content.host.name },
    ]);
    const at = caller.now.toISOString();
    const [previous] = await latestVersions(application._id);
    return transact(
      caller,
      async (tx) => {
        const current = await readForChange(tx, application._id, 'submit');
        if (current.updatedAt !== application.updatedAt)
          throw new AppError('CONFLICT', '申报书刚刚被修改过，请刷新后再提交');
        const version = current.version + 1;
        const changes = {
          status: 'submitted' as const,
          content,
          partyKeys: partyKeys(content),
          version,
          submittedAt: at,
          updatedAt: at,
        };
        await tx.collection<Application>('applications').doc(application._id).update({ data: changes });
        const copy: ApplicationVersion = {
          _id: `${application._id}:v${version}`,
          applicationId: application._id,
          version,
          content,
          submittedAt: at,
          submittedBy: caller.openid,
        };
        await tx.collection<ApplicationVersion>('applicationVersions').add({ data: copy });
        await audit(tx, {
          at,
          actor: caller.openid,
          role: 'society_admin',
          action: 'application.submit',
          societyId: application.societyId,
          subject: application._id,
          detail: `第 ${version} 版`,
          ...transition('applicationStatus', current.status, changes.status),
        });
        return applicationDetail({ ...current, ...changes }, caller, previous?.content ?? null);
      },
      async (after) => {
        const opinion = after.version > 1 ? `第 ${after.version} 版，已按意见修改` : '新的建站申报待审核';
        const admins = await cityAdminOpenids();
        await sendMessages(
          admins.map((openid) =>
            applicationStatusMessage(openid, { id: after.id, stationName: after.stationName }, '已提交', opinion, at),
          ),
        );
      },
    );
  },
};

export async function requireApplication(applicationId: string): Promise<Application> {
  const application = await findApplication(applicationId);
  if (!application) throw new AppError('NOT_FOUND', '申报书不存在或已被删除');
  return application;
}

/** A society sees its own drafts; the city sees an application once it has been submitted. */
export async function authorizeApplicationView(caller: CallerContext, application: Application): Promise<void> {
  const grants = await caller.grants();
  const target = { societyId: application.societyId };
  const role = allowingRole(grants, 'application.view', target);
  const societyOwn = allowingRole(grants, 'application.apply', target) !== null;
  if (role === null || (application.status === 'draft' && !societyOwn)) throw new AppError('FORBIDDEN');
}

export function refuseIfWrongStatus(application: Application, command: Parameters<typeof applicationRefusal>[1]): void {
  const refusal = applicationRefusal(application, command);
  if (refusal) throw new AppError('CONFLICT', refusal);
}

/** The application as it is inside the transaction, checked again for the step: two tabs at once cannot both act. */
export async function readForChange(
  tx: Parameters<Parameters<typeof transact>[1]>[0],
  applicationId: string,
  command: Parameters<typeof applicationRefusal>[1],
): Promise<Application> {
  const { data } = await tx.collection<Application>('applications').doc(applicationId).get();
  if (!data) throw new AppError('NOT_FOUND', '申报书不存在或已被删除');
  refuseIfWrongStatus(data, command);
  return data;
}

/** The level decides the quotas and the cap, so it is always the society's, whatever a draft says. */
function withSocietyLevel(content: ApplicationContent, society: Society): ApplicationContent {
  return { ...content, society: { ...content.society, level: society.level } };
}

async function problemsOf(content: ApplicationContent) {
  const parties = applicationParties(content);
  const entries = await blacklistEntriesFor(
    [...new Set(parties.map((party) => party.name.trim()).filter(Boolean))],
    [...new Set(parties.map((party) => party.code.trim().toUpperCase()).filter(Boolean))],
  );
  return applicationProblems(content, entries);
}

function refusalOfProblems(problems: Awaited<ReturnType<typeof problemsOf>>): AppError {
  const listed = problems.slice(0, LISTED_PROBLEMS).map((problem, index) => `${index + 1}. ${problem.message}`);
  const more = problems.length > LISTED_PROBLEMS ? `；另有 ${problems.length - LISTED_PROBLEMS} 处` : '';
  return new AppError(problems[0].code, `申报书有 ${problems.length} 处需要修改：${listed.join('；')}${more}`);
}

function emptyContent(society: Society, today: string): ApplicationContent {
  const details = society.details;
  return {
    stationName: '',
    appliedOn: today,
    society: {
      name: society.name,
      level: society.level,
      contactName: society.contactName,
      contactPhone: society.contactPhone,
      creditCode: details?.creditCode ?? '',
      headName: details?.headName ?? '',
      headTitle: details?.headTitle ?? '',
      address: details?.address ?? '',
      postcode: details?.postcode ?? '',
      bankAccountName: details?.bankAccountName ?? '',
      bankName: details?.bankName ?? '',
      bankAccount: details?.bankAccount ?? '',
      financeOfficer: details?.financeOfficer ?? '',
    },
    host: {
      name: '',
      type: '',
      creditCode: '',
      legalRepresentative: '',
      legalRepresentativeIdNumber: '',
      address: '',
      location: null,
      officeAndEquipment: '',
    },
    industry: '',
    serviceContent: '',
    expectedGoals: '',
    phases: APPLICATION_PHASES.map((phase) => ({ phase, start: '', end: '', work: '' })),
    budget: [],
    agreement: { start: '', end: '', task: '' },
    staff: [],
    experts: [],
    attachments: [],
  };
}

export function applicationSummary(application: Application): ApplicationSummary {
  return {
    id: application._id,
    societyId: application.societyId,
    societyName: application.content.society.name,
    level: application.content.society.level,
    stationName: application.content.stationName,
    status: application.status,
    version: application.version,
    updatedAt: application.updatedAt,
    ...(application.submittedAt && { submittedAt: application.submittedAt }),
  };
}

/**
 * The application as the caller sees it. `comparedWith` is the content the last submission is
 * compared with: read from the stored versions when not given, none when null (the answer of
 * a write is built inside its transaction, where the version it adds is not yet readable).
 */
export async function applicationDetail(
  application: Application,
  caller: CallerContext,
  comparedWith?: ApplicationContent | null,
): Promise<ApplicationDetail> {
  const grants = await caller.grants();
  const target = { societyId: application.societyId };
  const actors: ApplicationActor[] = [
    ...(allowingRole(grants, 'application.apply', target) ? (['society'] as const) : []),
    ...(allowingRole(grants, 'application.review', target) ? (['city'] as const) : []),
  ];
  const commands = availableApplicationCommands(application, actors);
  const editable = commands.includes('submit');
  const [problems, previous] = await Promise.all([
    editable ? problemsOf(application.content) : Promise.resolve([]),
    comparedWith !== undefined ? comparedWith : previousContent(application),
  ]);
  return {
    ...applicationSummary(application),
    content: application.content,
    budgetTotalFen: budgetTotalFen(application.content),
    reviews: application.reviews,
    problems,
    changes: previous && application.version > 1 ? applicationChanges(previous, application.content) : [],
    commands,
    ...(application.stationId && { stationId: application.stationId }),
    ...(application.headInvitationCode && { headInvitationCode: application.headInvitationCode }),
  };
}

/** The version before the latest submission, or null when there is none. */
async function previousContent(application: Application): Promise<ApplicationContent | null> {
  if (application.version < 2) return null;
  const [, previous] = await latestVersions(application._id);
  return previous?.content ?? null;
}
