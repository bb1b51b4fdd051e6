import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { AssessmentReviewInput } from '../../../../types/actions';
import type { Assessment, AssessmentReviewEntry } from '../../../../types/assessment';
import {
  ASSESSMENT_LIMITS,
  ASSESSMENT_STATUS_LABELS,
  ASSESSMENT_TABLE_LIMITS,
  ASSESSMENT_VERDICTS,
} from '../../../../types/catalogue';
import type { Station } from '../../../../types/domain';
import { PROGRAMME_TIMEZONE } from '../domain/calendar';
import { assessmentMessage, type Message } from '../domain/notifications';
import { invalidInput } from '../errors';
import { societyAdminOpenids } from '../store/roles';
import { boolean, calendarDate, list, object, oneOf, optional, text } from '../validate';
import { assessmentKeyFields } from './assessments';
import { takeAssessmentStep } from './assessmentSteps';
import { requireUploaded } from './guard';
import { parseAttachment } from './parsers';
import type { ActionDefinition } from './types';

dayjs.extend(utc);
dayjs.extend(timezone);

const REVIEW_STEPS = ['document_review', 'inspection', 'verdict'] as const;

const STEP_LABELS: Record<AssessmentReviewInput['step'], string> = {
  document_review: '书面审查',
  inspection: '现场考察',
  verdict: '考核结论',
};

const parseReview = object<AssessmentReviewInput>({
  ...assessmentKeyFields,
  step: oneOf(REVIEW_STEPS),
  opinion: text(...ASSESSMENT_LIMITS.opinion),
  attachments: list(parseAttachment, ASSESSMENT_TABLE_LIMITS.inspectionPhotos),
  inspectedOn: optional(calendarDate),
  verdict: optional(oneOf(ASSESSMENT_VERDICTS)),
});

/** What each step must carry beyond the opinion; refused before anything is read. */
function stepFields(input: AssessmentReviewInput, now: Date): Partial<AssessmentReviewEntry> {
  if (input.step !== 'inspection' && input.attachments.length > ASSESSMENT_TABLE_LIMITS.reviewAttachments) {
    throw invalidInput(`附件最多 ${ASSESSMENT_TABLE_LIMITS.reviewAttachments} 个`);
  }
  if (input.step === 'inspection') {
    if (!input.attachments.some((attachment) => attachment.kind === 'image')) {
      throw invalidInput('现场考察须上传至少 1 张现场照片');
    }
    if (!input.inspectedOn) throw invalidInput('现场考察须填写考察日期');
    const today = dayjs(now).tz(PROGRAMME_TIMEZONE).format('YYYY-MM-DD');
    if (input.inspectedOn > today) throw invalidInput(`考察日期不能晚于今天（${today}）`);
    if (input.inspectedOn <= `${input.year}-12-31`) {
      throw invalidInput(`考察日期应在 ${input.year} 年度结束之后（${input.year + 1}-01-01 起）`);
    }
    return { inspectedOn: input.inspectedOn };
  }
  if (input.step === 'verdict') {
    if (!input.verdict) throw invalidInput('请选择考核结论：合格或不合格');
    return { verdict: input.verdict };
  }
  return {};
}

/**
 * The city's 书面审查, 现场考察 (dated, with photos) and verdict, in that order; after the deadline
 * a station that never submitted may be concluded 不合格 directly, with the reasons.
 */
export const reviewAssessment: ActionDefinition<'assessments.review'> = {
  parse: parseReview,
  write: true,
  handle(input, caller) {
    const fields = stepFields(input, caller.now);
    return takeAssessmentStep(caller, input, {
      command: input.step,
      verdict: input.verdict,
      prepare: async () => {
        if (input.attachments.length > 0) await requireUploaded(input.attachments);
      },
      change: (current, actor) => {
        const entry: AssessmentReviewEntry = {
          step: input.step,
          at: actor.at,
          by: actor.openid,
          byName: actor.name || '市科协',
          opinion: input.opinion,
          attachments: input.attachments,
          ...fields,
        };
        const concluded = input.step === 'verdict' && { verdict: input.verdict, concludedAt: actor.at };
        return { ...current, reviews: [...current.reviews, entry], ...concluded };
      },
      audit: {
        action: 'assessment.review',
        detail: `${STEP_LABELS[input.step]}${input.verdict ? `（${ASSESSMENT_STATUS_LABELS[input.verdict]}）` : ''}：${input.opinion}`,
      },
      messages: input.step === 'verdict' ? verdictMessages : undefined,
    });
  },
};

/** The head and the society's admins hear the verdict and its reasons. */
async function verdictMessages(after: Assessment, station: Station, at: string): Promise<Message[]> {
  const admins = await societyAdminOpenids(station.societyId);
  const opinion = after.reviews[after.reviews.length - 1]?.opinion ?? '';
  const subject = { year: after.year, stationId: station._id, stationName: station.name };
  const outcome = after.verdict ? ASSESSMENT_STATUS_LABELS[after.verdict] : '';
  return [...new Set([station.headOpenid, ...admins].filter(Boolean))].map((openid) =>
    assessmentMessage(openid, subject, outcome, opinion, at),
  );
}

/** The city marks a passing station as recommended for 贵阳市专家工作站 (§四(三)6), or takes it back. */
export const recommendAssessment: ActionDefinition<'assessments.recommend'> = {
  parse: object({ ...assessmentKeyFields, recommended: boolean, note: text(0, ASSESSMENT_LIMITS.opinion[1]) }),
  write: true,
  handle: ({ recommended, note, ...key }, caller) =>
    takeAssessmentStep(caller, key, {
      command: 'recommend',
      change: ({ recommendation: _previous, ...current }, actor) =>
        recommended
          ? { ...current, recommendation: { at: actor.at, by: actor.openid, byName: actor.name || '市科协', note } }
          : current,
      audit: {
        action: 'assessment.recommend',
        detail: recommended ? `推荐为贵阳市专家工作站${note ? `：${note}` : ''}` : `取消推荐${note ? `：${note}` : ''}`,
      },
    }),
};
