import { createHash } from 'node:crypto';
import type { ApplicationReviewInput } from '../../../../types/actions';
import type { Application, ApplicationReviewEntry } from '../../../../types/application';
import type { LedgerEntry } from '../../../../types/ledger';
import {
  APPLICATION_LIMITS,
  APPLICATION_TABLE_LIMITS,
  LEVEL_SUBSIDY_CAP_FEN,
  REVIEW_STEP_LABELS,
  REVIEW_STEPS,
  STATION_RADIUS_M,
} from '../../../../types/catalogue';
import { capitalYuan } from '../../../../types/catalogue/money';
import type { Invitation, Station } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { transition } from '../domain/audit';
import { NO_MOVEMENT } from '../domain/ledger';
import { applicationStatusMessage, type Message } from '../domain/notifications';
import { statusAfter, reviewEntryKind } from '../domain/applications';
import { codeFromBytes, expiryAfter } from '../domain/invitation';
import { AppError, invalidInput } from '../errors';
import { addLedgerEntry } from '../store/ledger';
import { societyAdminOpenids } from '../store/roles';
import { sendMessages } from '../store/notifications';
import { audit, transact, type Tx } from '../store/transaction';
import { calendarDate, integer, list, object, oneOf, optional, text, documentId } from '../validate';
import { applicationDetail, readForChange, refuseIfWrongStatus, requireApplication } from './applications';
import { authorize, requireSociety, requireUploaded } from './guard';
import { parseAttachment } from './parsers';
import type { ActionDefinition } from './types';

/** The head's invitation is for one person and waits a month for them to bind. */
const HEAD_INVITATION_DAYS = 30;

const parseReview = object<ApplicationReviewInput>({
  applicationId: documentId,
  step: oneOf([...REVIEW_STEPS, 'return', 'refuse'] as const),
  opinion: text(...APPLICATION_LIMITS.reviewOpinion),
  attachments: list(parseAttachment, APPLICATION_TABLE_LIMITS.reviewAttachments),
  documentNumber: optional(text(...APPLICATION_LIMITS.documentNumber)),
  recognisedOn: optional(calendarDate),
  subsidyFen: optional(integer(0, Math.max(...Object.values(LEVEL_SUBSIDY_CAP_FEN)))),
  subsidyReason: optional(text(...APPLICATION_LIMITS.subsidyReason)),
  plaquedOn: optional(calendarDate),
});

/**
 * The city's steps on a 申报书, one at a time and in order, each recorded with who, when, the
 * opinion and its files. Recognition creates the station with its level and quota, invites the
 * head named in the application, keeps its expert table as the roster to invite and records the
 * subsidy decided; the plaque records its date and photo.
 */
export const reviewApplication: ActionDefinition<'applications.review'> = {
  parse: parseReview,
  write: true,
  async handle(input, caller) {
    const application = await requireApplication(input.applicationId);
    await authorize(caller, 'application.review', { societyId: application.societyId });
    refuseIfWrongStatus(application, input.step);
    const society = await requireSociety(application.societyId);
    const cap = LEVEL_SUBSIDY_CAP_FEN[society.level];
    const stepRecord = stepFields(input, cap);
    if (input.attachments.length > 0) await requireUploaded(input.attachments);
    const reviewer = await caller.profile();
    const at = caller.now.toISOString();
    const entry: ApplicationReviewEntry = {
      step: reviewEntryKind(input.step)!,
      at,
      by: caller.openid,
      byName: reviewer?.name || '市科协',
      opinion: input.opinion,
      attachments: input.attachments,
      ...stepRecord,
    };
    const headCode = codeFromBytes(createHash('sha256').update(`${caller.request!.key}:head`).digest());
    return transact(
      caller,
      async (tx) => {
        const current = await readForChange(tx, application._id, input.step);
        const status = statusAfter(current, input.step);
        const recognition =
          input.step === 'recognition' ? await recognise(tx, current, entry, headCode, caller) : undefined;
        if (input.step === 'plaque' && current.stationId) {
          await tx
            .collection<Station>('stations')
            .doc(current.stationId)
            .update({ data: { 'recognition.plaquedOn': entry.plaquedOn } });
        }
        const changes = {
          status,
          reviews: [...current.reviews, entry],
          updatedAt: at,
          ...(recognition && { stationId: recognition.stationId, headInvitationCode: headCode }),
        };
        await tx.collection<Application>('applications').doc(application._id).update({ data: changes });
        await audit(tx, {
          at,
          actor: caller.openid,
          role: 'city_admin',
          action: 'application.review',
          societyId: application.societyId,
          subject: application._id,
          ...(recognition && { stationId: recognition.stationId }),
          detail: `${stepName(input.step)}：${input.opinion}`,
          ...transition('applicationStatus', current.status, status),
        });
        return applicationDetail({ ...current, ...changes }, caller);
      },
      async () => sendMessages(await societyMessages(application, input, at)),
    );
  },
};

/** What each step must carry beyond the opinion. */
function stepFields(input: ApplicationReviewInput, capFen: number): Partial<ApplicationReviewEntry> {
  if (input.step === 'recognition') {
    if (!input.documentNumber || !input.recognisedOn || input.subsidyFen === undefined) {
      throw invalidInput('认定须填写认定文号、认定日期和补助金额');
    }
    if (input.subsidyFen > capFen) {
      throw invalidInput(`补助金额不能超过本级上限 ${capitalYuan(capFen)}`);
    }
    // 择优: a subsidy below the cap is a decision someone must be able to explain later.
    if (input.subsidyFen < capFen && !input.subsidyReason) {
      throw invalidInput(`补助低于本级上限（${capitalYuan(capFen)}）时须说明理由`);
    }
    return {
      documentNumber: input.documentNumber,
      recognisedOn: input.recognisedOn,
      subsidyFen: input.subsidyFen,
      ...(input.subsidyReason && { subsidyReason: input.subsidyReason }),
    };
  }
  if (input.step === 'plaque') {
    if (!input.plaquedOn) throw invalidInput('挂牌须填写挂牌日期');
    if (!input.attachments.some((attachment) => attachment.kind === 'image')) {
      throw invalidInput('挂牌须上传至少 1 张挂牌照片');
    }
    return { plaquedOn: input.plaquedOn };
  }
  return {};
}

/** The station, its head's invitation and its subsidy, in the transaction that records the recognition. */
async function recognise(
  tx: Tx,
  application: Application,
  entry: ApplicationReviewEntry,
  headCode: string,
  caller: CallerContext,
): Promise<{ stationId: string }> {
  const { content } = application;
  if (!content.host.location || content.host.type === '' || content.industry === '') {
    throw new AppError('CONFLICT', '申报书缺少工作站位置、需求单位类型或所属产业，请退回学会补充');
  }
  const at = entry.at;
  const station: Omit<Station, '_id'> = {
    name: content.stationName,
    societyId: application.societyId,
    societyName: content.society.name,
    level: content.society.level,
    industry: content.industry,
    demandUnit: { name: content.host.name, type: content.host.type, address: content.host.address },
    headOpenid: '',
    location: content.host.location,
    radiusM: STATION_RADIUS_M.initial,
    cooperationStart: content.agreement.start,
    cooperationEnd: content.agreement.end,
    status: 'operating',
    recognition: {
      documentNumber: entry.documentNumber!,
      recognisedOn: entry.recognisedOn!,
      applicationId: application._id,
    },
    plannedExperts: content.experts.map(({ name, unit, title, field, province }) => ({
      name,
      unit,
      title,
      field,
      province,
    })),
    createdAt: at,
  };
  const { _id: stationId } = (await tx.collection<Station>('stations').add({ data: station })) as { _id: string };
  const invitation: Invitation = {
    _id: headCode,
    role: 'station_head',
    societyId: application.societyId,
    societyName: content.society.name,
    stationId,
    stationName: station.name,
    createdBy: caller.openid,
    createdByName: entry.byName,
    createdAt: at,
    expiresAt: expiryAfter(caller.now, HEAD_INVITATION_DAYS),
    maxUses: 1,
    uses: 0,
    usedBy: [],
  };
  await tx.collection<Invitation>('invitations').add({ data: invitation });
  const grant: Omit<LedgerEntry, '_id'> = {
    stationId,
    societyId: application.societyId,
    kind: 'grant',
    amountFen: entry.subsidyFen!,
    date: entry.recognisedOn!,
    note: '建站经费补助',
    grantKind: 'recognition',
    ...(entry.subsidyReason && { reason: entry.subsidyReason }),
    documentNumber: entry.documentNumber,
    applicationId: application._id,
    recordedAt: at,
    recordedBy: caller.openid,
  };
  await addLedgerEntry(tx, grant, { sums: NO_MOVEMENT, kept: false });
  await audit(tx, {
    at,
    actor: caller.openid,
    role: 'city_admin',
    action: 'station.create',
    societyId: application.societyId,
    stationId,
    detail: `认定：${entry.documentNumber}`,
  });
  return { stationId };
}

function stepName(step: ApplicationReviewInput['step']): string {
  if (step === 'return') return '退回修改';
  if (step === 'refuse') return '不予通过';
  return REVIEW_STEP_LABELS[step];
}

const OUTCOMES: Partial<Record<ApplicationReviewInput['step'], string>> = {
  return: '已退回',
  refuse: '未通过',
  recognition: '已认定',
};

/** The society's admins hear when their application is sent back, refused or recognised. */
async function societyMessages(
  application: Application,
  input: ApplicationReviewInput,
  at: string,
): Promise<Message[]> {
  const outcome = OUTCOMES[input.step];
  if (!outcome) return [];
  const admins = await societyAdminOpenids(application.societyId);
  const subject = { id: application._id, stationName: application.content.stationName };
  return admins.map((openid) => applicationStatusMessage(openid, subject, outcome, input.opinion, at));
}
