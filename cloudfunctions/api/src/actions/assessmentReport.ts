import type { AssessmentKey } from '../../../../types/actions';
import type { MetricEvidence, MetricReport, SelfInspectionReport } from '../../../../types/assessment';
import {
  ASSESSMENT_LIMITS,
  ASSESSMENT_METRICS,
  ASSESSMENT_TABLE_LIMITS,
  type AssessmentMetric,
} from '../../../../types/catalogue';
import { MAX_LINK_LENGTH, metricMax, reportProblems } from '../domain/assessments';
import { assessmentMessage } from '../domain/notifications';
import { AppError } from '../errors';
import { cityAdminOpenids } from '../store/applications';
import { integer, list, object, text, type Parser } from '../validate';
import { assessmentKeyFields } from './assessments';
import { takeAssessmentStep } from './assessmentSteps';
import { requireUploaded } from './guard';
import { parseAttachment } from './parsers';
import type { ActionDefinition } from './types';

const parseLink = text(1, MAX_LINK_LENGTH, { pattern: /^https:\/\/\S+$/i, description: '应为 https:// 开头的网址' });

const parseEvidence = object<MetricEvidence>({
  description: text(...ASSESSMENT_LIMITS.evidenceNote),
  attachments: list(parseAttachment, ASSESSMENT_TABLE_LIMITS.attachmentsPerEvidence),
  links: list(parseLink, ASSESSMENT_TABLE_LIMITS.attachmentsPerEvidence),
});

const parseMetric = (metric: AssessmentMetric): Parser<MetricReport> =>
  object<MetricReport>({
    value: integer(0, metricMax(metric)),
    evidence: list(parseEvidence, ASSESSMENT_TABLE_LIMITS.evidencePerMetric),
  });

/**
 * A draft may be incomplete (too short a narrative, a figure without evidence yet) but never
 * malformed: figures are whole numbers in range, links are https addresses, files are ours.
 */
const parseReport = object<SelfInspectionReport>({
  narrative: text(0, ASSESSMENT_LIMITS.narrative[1]),
  metrics: object(
    Object.fromEntries(ASSESSMENT_METRICS.map((metric) => [metric, parseMetric(metric)])) as {
      [M in AssessmentMetric]: Parser<MetricReport>;
    },
  ),
});

const parseKey = object<AssessmentKey>(assessmentKeyFields);

function reportFiles(report: SelfInspectionReport) {
  return ASSESSMENT_METRICS.flatMap((metric) =>
    report.metrics[metric].evidence.flatMap((evidence) => evidence.attachments),
  );
}

/** The head saves the 自查报告 as a draft, as often as needed until submitting or the deadline. */
export const saveAssessmentReport: ActionDefinition<'assessments.saveReport'> = {
  parse: object({ ...assessmentKeyFields, report: parseReport }),
  write: true,
  handle: ({ report, ...key }, caller) =>
    takeAssessmentStep(caller, key, {
      command: 'saveReport',
      prepare: async () => {
        const files = reportFiles(report);
        if (files.length > 0) await requireUploaded(files);
      },
      change: (current) => ({ ...current, report }),
      audit: { action: 'assessment.report', detail: '保存自查报告' },
    }),
};

/** The head submits the report: complete (every problem named at once), before the deadline. */
export const submitAssessment: ActionDefinition<'assessments.submit'> = {
  parse: parseKey,
  write: true,
  handle: (key, caller) =>
    takeAssessmentStep(caller, key, {
      command: 'submit',
      change: (current, actor) => {
        const problems = reportProblems(current.report);
        if (problems.length > 0) {
          throw new AppError('REPORT_INCOMPLETE', `自查报告尚不完整，请补充后再提交：${problems.join('；')}`);
        }
        return { ...current, submittedAt: actor.at, submittedBy: actor.openid };
      },
      audit: { action: 'assessment.report', detail: '提交自查报告' },
      messages: async (after, station, at) =>
        (await cityAdminOpenids()).map((openid) =>
          assessmentMessage(
            openid,
            { year: after.year, stationId: station._id, stationName: station.name },
            '待审查',
            '自查报告已提交，请进行书面审查',
            at,
          ),
        ),
    }),
};

/** The head takes the report back to change it: before the deadline and before the city reviewed it. */
export const withdrawAssessment: ActionDefinition<'assessments.withdraw'> = {
  parse: parseKey,
  write: true,
  handle: (key, caller) =>
    takeAssessmentStep(caller, key, {
      command: 'withdraw',
      change: ({ submittedAt: _at, submittedBy: _by, ...current }) => current,
      audit: { action: 'assessment.report', detail: '撤回自查报告' },
    }),
};

/** The society admin's remark on its station's report, before it goes to the city or while it waits. */
export const commentOnAssessment: ActionDefinition<'assessments.comment'> = {
  parse: object({ ...assessmentKeyFields, text: text(...ASSESSMENT_LIMITS.comment) }),
  write: true,
  handle: ({ text: remark, ...key }, caller) =>
    takeAssessmentStep(caller, key, {
      command: 'comment',
      change: (current, actor) => {
        if (current.comments.length >= ASSESSMENT_TABLE_LIMITS.comments) {
          throw new AppError('CONFLICT', `每份自查报告最多 ${ASSESSMENT_TABLE_LIMITS.comments} 条意见`);
        }
        const comment = { at: actor.at, by: actor.openid, byName: actor.name || '学会管理员', text: remark };
        return { ...current, comments: [...current.comments, comment] };
      },
      audit: { action: 'assessment.comment', detail: remark },
    }),
};
