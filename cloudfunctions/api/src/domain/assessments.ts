import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { RoundStationState } from '../../../../types/actions';
import type { Assessment, SelfInspectionReport } from '../../../../types/assessment';
import {
  ASSESSMENT_LIMITS,
  ASSESSMENT_METRIC_LABELS,
  ASSESSMENT_METRIC_MAX,
  ASSESSMENT_METRIC_UNITS,
  ASSESSMENT_METRICS,
  ASSESSMENT_STATUS_LABELS,
  type AssessmentMetric,
  type AssessmentStatus,
  type AssessmentVerdict,
} from '../../../../types/catalogue';
import type { QuotaYear } from '../../../../types/domain';
import { PROGRAMME_TIMEZONE } from './calendar';
import { closeDateOf, isYearFrozen } from './quotaYear';

dayjs.extend(utc);
dayjs.extend(timezone);

/*
 * A station's 考核 in one round (seed §四(三)): the head drafts the 自查报告, submits it (and may
 * take it back) until the deadline's last day is over, the society admin comments on it, and the
 * city reviews the documents, inspects on site and concludes. A station that never submitted is
 * 未提交 once the deadline has passed, and the city may then conclude it failed without a report.
 */

export type AssessmentCommand =
  'saveReport' | 'submit' | 'withdraw' | 'comment' | 'document_review' | 'inspection' | 'verdict' | 'recommend';

/** Who takes a step: the station head, the society admin, or the city association. */
export type AssessmentActor = 'head' | 'society' | 'city';

/** Where a station stands before its first record exists. */
export type AssessmentStage = AssessmentStatus | 'none';

interface Rule {
  from: readonly AssessmentStage[];
  /** null: the status stays. */
  to: AssessmentStatus | null;
  actor: AssessmentActor;
  /** Closed after the deadline's last day. */
  untilDeadline?: true;
}

const RULES: Record<AssessmentCommand, Rule> = {
  saveReport: { from: ['none', 'draft'], to: 'draft', actor: 'head', untilDeadline: true },
  submit: { from: ['draft'], to: 'submitted', actor: 'head', untilDeadline: true },
  // Once the city has reviewed the documents the status has moved on, so this is "before any review".
  withdraw: { from: ['submitted'], to: 'draft', actor: 'head', untilDeadline: true },
  comment: { from: ['draft', 'submitted'], to: null, actor: 'society' },
  document_review: { from: ['submitted'], to: 'document_reviewed', actor: 'city' },
  inspection: { from: ['document_reviewed'], to: 'inspected', actor: 'city' },
  verdict: { from: ['inspected'], to: null, actor: 'city' },
  recommend: { from: ['passed'], to: null, actor: 'city' },
};

/** A station that never submitted may be concluded failed once the deadline has passed. */
const UNSUBMITTED: readonly AssessmentStage[] = ['none', 'draft'];

export const ASSESSMENT_COMMANDS = Object.keys(RULES) as AssessmentCommand[];

const COMMAND_LABELS: Record<AssessmentCommand, string> = {
  saveReport: '修改自查报告',
  submit: '提交自查报告',
  withdraw: '撤回自查报告',
  comment: '提出意见',
  document_review: '书面审查',
  inspection: '登记现场考察',
  verdict: '作出考核结论',
  recommend: '推荐',
};

export interface Refusal {
  code: 'ASSESSMENT_WRONG_STATUS' | 'ASSESSMENT_DEADLINE_PASSED';
  message: string;
}

export interface RoundClock {
  deadline: string;
  now: Date;
}

/** The instant reports close: 00:00 Asia/Shanghai of the day after the deadline. */
export function deadlineEnd(deadline: string): Date {
  return dayjs.tz(`${deadline} 00:00`, PROGRAMME_TIMEZONE).add(1, 'day').toDate();
}

export function isDeadlinePassed(deadline: string, now: Date): boolean {
  return now.getTime() >= deadlineEnd(deadline).getTime();
}

export function actorOf(command: AssessmentCommand): AssessmentActor {
  return RULES[command].actor;
}

function stageOf(assessment: Pick<Assessment, 'status'> | null): AssessmentStage {
  return assessment?.status ?? 'none';
}

/**
 * Why `command` cannot be taken now, in words for the person; null when it can. `verdict` is the
 * conclusion asked for, which decides whether a station without a submitted report may be judged.
 */
export function assessmentRefusal(
  assessment: Pick<Assessment, 'status'> | null,
  command: AssessmentCommand,
  clock: RoundClock,
  verdict?: AssessmentVerdict,
): Refusal | null {
  const stage = stageOf(assessment);
  const rule = RULES[command];
  if (rule.untilDeadline && isDeadlinePassed(clock.deadline, clock.now)) {
    return {
      code: 'ASSESSMENT_DEADLINE_PASSED',
      message: `自查报告的提交截止日期（${clock.deadline}）已过，不能再${COMMAND_LABELS[command]}`,
    };
  }
  if (rule.from.includes(stage)) return null;
  if (command === 'verdict' && UNSUBMITTED.includes(stage)) {
    if (!isDeadlinePassed(clock.deadline, clock.now)) {
      return {
        code: 'ASSESSMENT_WRONG_STATUS',
        message: `该站尚未提交自查报告；截止日期（${clock.deadline}）过后方可对未提交的工作站作出结论`,
      };
    }
    if (verdict === 'failed') return null;
    return { code: 'ASSESSMENT_WRONG_STATUS', message: '该站未提交自查报告，只能作出「不合格」结论' };
  }
  const shown = stage === 'none' ? '尚未撰写自查报告' : `当前为「${ASSESSMENT_STATUS_LABELS[stage]}」`;
  return { code: 'ASSESSMENT_WRONG_STATUS', message: `该站的考核${shown}，不能${COMMAND_LABELS[command]}` };
}

/** The status after `command`; call only when `assessmentRefusal` is null. */
export function statusAfter(
  assessment: Pick<Assessment, 'status'> | null,
  command: AssessmentCommand,
  verdict?: AssessmentVerdict,
): AssessmentStatus {
  if (command === 'verdict') {
    if (!verdict) throw new Error('a verdict step needs the verdict');
    return verdict;
  }
  const stage = stageOf(assessment);
  const to = RULES[command].to ?? stage;
  if (to === 'none') throw new Error(`${command} needs an assessment record`);
  return to;
}

/** The steps `actors` may take now; a verdict is offered when at least one conclusion is possible. */
export function availableCommands(
  assessment: Pick<Assessment, 'status'> | null,
  actors: readonly AssessmentActor[],
  clock: RoundClock,
): AssessmentCommand[] {
  return ASSESSMENT_COMMANDS.filter(
    (command) =>
      actors.includes(RULES[command].actor) &&
      (assessmentRefusal(assessment, command, clock) === null ||
        (command === 'verdict' && assessmentRefusal(assessment, command, clock, 'failed') === null)),
  );
}

/** Where a station stands in the round: its status, or not started / not submitted by the deadline. */
export function roundState(assessment: Pick<Assessment, 'status'> | null, deadlinePassed: boolean): RoundStationState {
  if (!assessment) return deadlinePassed ? 'not_submitted' : 'not_started';
  if (assessment.status === 'draft' && deadlinePassed) return 'not_submitted';
  return assessment.status;
}

/** The largest figure a metric takes: a count, or a benefit in fen. */
export function metricMax(metric: AssessmentMetric): number {
  return ASSESSMENT_METRIC_UNITS[metric] === 'fen' ? ASSESSMENT_METRIC_MAX.fen : ASSESSMENT_METRIC_MAX.count;
}

export const MAX_LINK_LENGTH = 500;

export function isHttpsLink(link: string): boolean {
  if (link.length > MAX_LINK_LENGTH || !/^https:\/\/\S+$/i.test(link)) return false;
  try {
    return new URL(link).protocol === 'https:';
  } catch {
    return false;
  }
}

export function emptyReport(): SelfInspectionReport {
  const metrics = {} as SelfInspectionReport['metrics'];
  for (const metric of ASSESSMENT_METRICS) metrics[metric] = { value: 0, evidence: [] };
  return { narrative: '', metrics };
}

/** Everything that keeps the report from being submitted, all at once, in words for the head. */
export function reportProblems(report: SelfInspectionReport): string[] {
  const problems: string[] = [];
  const [min, max] = ASSESSMENT_LIMITS.narrative;
  const length = [...report.narrative.trim()].length;
  if (length < min) problems.push(`自查报告正文至少 ${min} 字（现有 ${length} 字）`);
  if (length > max) problems.push(`自查报告正文不能超过 ${max} 字`);
  for (const metric of ASSESSMENT_METRICS) {
    const label = ASSESSMENT_METRIC_LABELS[metric];
    const entry = report.metrics[metric];
    if (!entry) {
      problems.push(`「${label}」未填写`);
      continue;
    }
    if (!Number.isInteger(entry.value) || entry.value < 0 || entry.value > metricMax(metric)) {
      problems.push(`「${label}」应为 0 到 ${metricMax(metric)} 之间的整数`);
    }
    if (entry.value > 0 && entry.evidence.length === 0) problems.push(`「${label}」不为 0，须提供至少 1 项佐证材料`);
    entry.evidence.forEach((evidence, index) => {
      const which = `「${label}」第 ${index + 1} 项佐证`;
      if (evidence.description.trim() === '') problems.push(`${which}须写明内容`);
      if (evidence.attachments.length === 0 && evidence.links.length === 0) {
        problems.push(`${which}须上传附件或填写网址`);
      }
      if (evidence.links.some((link) => !isHttpsLink(link))) {
        problems.push(`${which}的网址须以 https:// 开头，且不超过 ${MAX_LINK_LENGTH} 个字符`);
      }
    });
  }
  return problems;
}

/** Why a round for `year` with this deadline cannot be opened now; null when it can. */
export function openRoundProblem(
  year: number,
  deadline: string,
  now: Date,
  quotaYear: QuotaYear | null,
): { code: 'YEAR_NOT_CLOSED' | 'INVALID_INPUT'; message: string } | null {
  if (!isYearFrozen(year, now, quotaYear)) {
    return {
      code: 'YEAR_NOT_CLOSED',
      message: `${year} 年度的任务数据将于 ${closeDateOf(year, quotaYear)} 封存，封存后才能开始该年度的考核`,
    };
  }
  return deadlineProblem(deadline, now, ASSESSMENT_LIMITS.deadlineDaysMin);
}

/** A deadline at least `daysAhead` days after today (Asia/Shanghai): 0 allows today, 1 only later days. */
export function deadlineProblem(
  deadline: string,
  now: Date,
  daysAhead: number,
): { code: 'INVALID_INPUT'; message: string } | null {
  const earliest = dayjs(now).tz(PROGRAMME_TIMEZONE).add(daysAhead, 'day').format('YYYY-MM-DD');
  if (deadline >= earliest) return null;
  return {
    code: 'INVALID_INPUT',
    message: daysAhead > 0 ? `截止日期须在今天之后（最早 ${earliest}）` : `截止日期不能早于今天（${earliest}）`,
  };
}

export function assessmentId(year: number, stationId: string): string {
  return `${year}:${stationId}`;
}
