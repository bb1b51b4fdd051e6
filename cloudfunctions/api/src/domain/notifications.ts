import type { NotificationKind } from '../../../../types/actions';
import { localDateTime } from './calendar';

/**
 * The subscribe-message templates the deployment picks from WeChat's public library (README):
 * their ids are settings, their fields are fixed here. WeChat truncates nothing itself and
 * refuses values that are too long, so every value is cut to the field type's limit.
 */
export const TEMPLATE_SETTINGS: Record<NotificationKind, string> = {
  need_assigned: 'SUBSCRIBE_TEMPLATE_NEED_ASSIGNED',
  need_decided: 'SUBSCRIBE_TEMPLATE_NEED_DECIDED',
  visit_to_rate: 'SUBSCRIBE_TEMPLATE_VISIT_TO_RATE',
  visit_reviewed: 'SUBSCRIBE_TEMPLATE_VISIT_REVIEWED',
  station_alert: 'SUBSCRIBE_TEMPLATE_STATION_ALERT',
  application_status: 'SUBSCRIBE_TEMPLATE_APPLICATION_STATUS',
  assessment_status: 'SUBSCRIBE_TEMPLATE_ASSESSMENT_STATUS',
  agreement_end: 'SUBSCRIBE_TEMPLATE_AGREEMENT_END',
};

export const NOTIFICATION_KINDS = Object.keys(TEMPLATE_SETTINGS) as NotificationKind[];

/** The pages messages open. */
export const NEED_PAGE = 'packages/needs/pages/detail/index';
export const VISIT_PAGE = 'packages/visits/pages/detail/index';
export const QUOTA_PAGE = 'packages/quotas/pages/station/index';
export const APPLICATION_PAGE = 'packages/applications/pages/detail/index';
export const STATION_PAGE = 'packages/station/pages/detail/index';
export const ASSESSMENT_PAGE = 'packages/assessments/pages/assessment/index';
/** The binding page (no leading slash, as wxacode.getUnlimited wants it): a mini-program code or an invitation message opens it. */
export const BIND_PAGE = 'pages/bind/index';

type Values = Record<string, { value: string }>;

export interface Message {
  kind: NotificationKind;
  touser: string;
  page: string;
  data: Values;
}

/** `thing` fields hold at most 20 characters, `phrase` fields 5. */
function thing(value: string): { value: string } {
  const chars = [...value];
  return { value: chars.length <= 20 ? value : `${chars.slice(0, 19).join('')}…` };
}

function time(instant: string): { value: string } {
  return { value: localDateTime(instant) };
}

/**
 * The four-field templates (审核结果通知, 需求受理结果通知, 工作站提醒) share one layout: what it is
 * about thing1, the outcome phrase2 (at most 5 characters), why thing3, when time4.
 */
function outcomeMessage(
  kind: NotificationKind,
  touser: string,
  page: string,
  subject: string,
  outcome: string,
  detail: string,
  at: string,
): Message {
  return {
    kind,
    touser,
    page,
    data: { thing1: thing(subject), phrase2: { value: outcome }, thing3: thing(detail), time4: time(at) },
  };
}

/** 任务指派提醒: 任务名称 thing1, 工作站 thing2, 指派时间 time3, 备注 thing4. */
export function needAssignedMessage(
  touser: string,
  need: { id: string; title: string; stationName: string },
  at: string,
): Message {
  return {
    kind: 'need_assigned',
    touser,
    page: `${NEED_PAGE}?needId=${need.id}`,
    data: {
      thing1: thing(need.title),
      thing2: thing(need.stationName),
      time3: time(at),
      thing4: thing('请尽快联系需求单位安排服务'),
    },
  };
}

/** 需求受理结果通知: 需求名称 thing1, 受理结果 phrase2, 说明 thing3, 处理时间 time4. */
export function needDecidedMessage(
  touser: string,
  need: { id: string; title: string },
  decision: { accepted: boolean; reason?: string; expertCount?: number },
  at: string,
): Message {
  return outcomeMessage(
    'need_decided',
    touser,
    `${NEED_PAGE}?needId=${need.id}`,
    need.title,
    decision.accepted ? '已受理' : '未受理',
    decision.accepted ? `已指派 ${decision.expertCount ?? 0} 位专家` : (decision.reason ?? '详见需求详情'),
    at,
  );
}

/**
 * 需求受理结果通知 (the unit's template) when the head proposes the need resolved: the unit must
 * confirm it, on the need's page.
 */
export function resolutionProposedMessage(touser: string, need: { id: string; title: string }, at: string): Message {
  return outcomeMessage(
    'need_decided',
    touser,
    `${NEED_PAGE}?needId=${need.id}`,
    need.title,
    '待确认',
    '站长提议需求已解决，请确认',
    at,
  );
}

/**
 * 任务指派提醒 (the template the expert subscribed to for their tasks) for an invitation from the
 * society's 专家库: joining another of its stations, which the expert confirms on the binding page.
 */
export function poolInvitationMessage(
  touser: string,
  invitation: { code: string; stationName: string; inviterName: string },
  at: string,
): Message {
  return {
    kind: 'need_assigned',
    touser,
    page: `${BIND_PAGE}?code=${invitation.code}`,
    data: {
      thing1: thing('邀请您加入工作站专家名单'),
      thing2: thing(invitation.stationName),
      time3: time(at),
      thing4: thing(`${invitation.inviterName}邀请，点此确认加入`),
    },
  };
}

/** 服务评价提醒: 服务项目 thing1, 服务专家 thing2, 服务时间 time3, 温馨提示 thing4. */
export function visitToRateMessage(
  touser: string,
  visit: { id: string; needTitle: string; expertName: string; checkInAt: string },
): Message {
  return {
    kind: 'visit_to_rate',
    touser,
    page: `${VISIT_PAGE}?visitId=${visit.id}`,
    data: {
      thing1: thing(visit.needTitle),
      thing2: thing(visit.expertName),
      time3: time(visit.checkInAt),
      thing4: thing('请为本次专家服务评分'),
    },
  };
}

/** 审核结果通知: 审核事项 thing1, 审核结果 phrase2, 审核意见 thing3, 审核时间 time4. */
/** The expert learns that a confirmed visit no longer counts, and why. */
export function visitRevokedMessage(touser: string, visitId: string, reason: string, at: string): Message {
  return outcomeMessage(
    'visit_reviewed',
    touser,
    `${VISIT_PAGE}?visitId=${visitId}`,
    '服务记录',
    '撤销认可',
    reason,
    at,
  );
}

export function visitReviewedMessage(
  touser: string,
  /** `subject`: what was decided on, e.g. 异地服务记录. */
  visit: { id: string; subject: string },
  review: { approved: boolean; reason?: string },
  at: string,
): Message {
  return outcomeMessage(
    'visit_reviewed',
    touser,
    `${VISIT_PAGE}?visitId=${visit.id}`,
    visit.subject,
    review.approved ? '已认可' : '未认可',
    review.reason ?? (review.approved ? '已计入本站服务统计' : '详见服务记录'),
    at,
  );
}

/** 工作站提醒: 工作站 thing1, 提醒类型 phrase2, 说明 thing3, 时间 time4; opens the station's year. */
function stationAlert(
  touser: string,
  station: { id: string; name: string; year: number },
  kind: string,
  detail: string,
  at: string,
): Message {
  return outcomeMessage(
    'station_alert',
    touser,
    `${QUOTA_PAGE}?stationId=${station.id}&year=${station.year}`,
    station.name,
    kind,
    detail,
    at,
  );
}

/** 工作站提醒 to the head and staff: a need submitted to their station; opens the need, to accept it. */
export function needSubmittedMessage(
  touser: string,
  need: { id: string; title: string; stationName: string },
  at: string,
): Message {
  return outcomeMessage(
    'station_alert',
    touser,
    `${NEED_PAGE}?needId=${need.id}`,
    need.stationName,
    '新需求',
    `待受理：${need.title}`,
    at,
  );
}

/** What waits for the head's review, as the review queue names it. */
export type ReviewSubject = 'off_site' | 'make_up' | 'correction';
const REVIEW_SUBJECTS: Record<ReviewSubject, string> = {
  off_site: '异地服务',
  make_up: '补卡',
  correction: '超时补录',
};

/** 工作站提醒 to the head and staff: a visit waiting for their review; opens the visit, where they decide. */
export function visitAwaitingReviewMessage(
  touser: string,
  visit: { id: string; stationName: string; expertName: string },
  subject: ReviewSubject,
  at: string,
): Message {
  return outcomeMessage(
    'station_alert',
    touser,
    `${VISIT_PAGE}?visitId=${visit.id}`,
    visit.stationName,
    '待审核',
    `${visit.expertName || '专家'}的${REVIEW_SUBJECTS[subject]}记录`,
    at,
  );
}

/** The monthly check: a station at risk or behind, with what it still lacks. */
export function quotaAlertMessage(
  touser: string,
  station: { id: string; name: string; year: number },
  status: 'at_risk' | 'behind',
  remaining: { needsServed: number; experts: number; outOfProvinceExperts: number },
  at: string,
): Message {
  const lacking = [
    remaining.needsServed > 0 ? `需求${remaining.needsServed}项` : '',
    remaining.experts > 0 ? `专家${remaining.experts}人` : '',
    remaining.outOfProvinceExperts > 0 ? `省外${remaining.outOfProvinceExperts}人` : '',
  ].filter(Boolean);
  const detail = lacking.length > 0 ? `年度任务还差${lacking.join('、')}` : '请查看年度任务进度';
  return stationAlert(touser, station, status === 'behind' ? '进度落后' : '进度有风险', detail, at);
}

/** An expert taken off a station's roster, and whether the roster is now below the level's expert quota. */
export function rosterFlagMessage(
  touser: string,
  station: { id: string; name: string; year: number },
  expertName: string,
  roster: { experts: number; quota: number },
  at: string,
): Message {
  const short = roster.experts < roster.quota;
  const detail = short
    ? `名册仅剩${roster.experts}人，少于要求${roster.quota}人`
    : `${expertName || '一位专家'}已移出，名册现有${roster.experts}人`;
  return stationAlert(touser, station, short ? '名册不足' : '专家移出', detail, at);
}

/** 审核结果通知 for a 申报书: what happened to it (已提交, 已退回, 未通过, 已认定) and the opinion. */
export function applicationStatusMessage(
  touser: string,
  application: { id: string; stationName: string },
  outcome: string,
  opinion: string,
  at: string,
): Message {
  return outcomeMessage(
    'application_status',
    touser,
    `${APPLICATION_PAGE}?applicationId=${application.id}`,
    `建站申报：${application.stationName}`,
    outcome,
    opinion,
    at,
  );
}

/** 审核结果通知 (the 申报书's template) for a station change request: 已批准 or 不批准, and why. */
export function stationChangeMessage(
  touser: string,
  station: { id: string; name: string },
  approved: boolean,
  reason: string,
  at: string,
): Message {
  return outcomeMessage(
    'application_status',
    touser,
    `${STATION_PAGE}?stationId=${station.id}`,
    `变更申请：${station.name}`,
    approved ? '已批准' : '不批准',
    reason || (approved ? '变更已生效' : ''),
    at,
  );
}

/**
 * 审核结果通知 (a third subscription of the same library template) for the yearly 考核: the round
 * opened, a report submitted, or the verdict, with what to do or why.
 */
export function assessmentMessage(
  touser: string,
  assessment: { year: number; stationId: string; stationName: string },
  outcome: string,
  detail: string,
  at: string,
): Message {
  return outcomeMessage(
    'assessment_status',
    touser,
    `${ASSESSMENT_PAGE}?year=${assessment.year}&stationId=${assessment.stationId}`,
    `${assessment.year}年度考核：${assessment.stationName}`,
    outcome,
    detail,
    at,
  );
}

/** 工作站提醒 on a change of the station's status (已暂停, 已恢复, 已撤销, 已撤并) and why; opens the station. */
export function stationStatusMessage(
  touser: string,
  station: { id: string; name: string },
  change: string,
  reason: string,
  at: string,
): Message {
  return outcomeMessage(
    'station_alert',
    touser,
    `${STATION_PAGE}?stationId=${station.id}`,
    station.name,
    change,
    reason,
    at,
  );
}

/** 审核结果通知 (the 申报书's template) for a society's request to merge, restructure or close a station. */
export function closureDecisionMessage(
  touser: string,
  station: { id: string; name: string },
  approved: boolean,
  reason: string,
  at: string,
): Message {
  return outcomeMessage(
    'application_status',
    touser,
    `${STATION_PAGE}?stationId=${station.id}`,
    `撤并申请：${station.name}`,
    approved ? '已批准' : '不批准',
    reason || (approved ? '工作站已撤并' : ''),
    at,
  );
}

/** 协议到期提醒: 工作站 thing1, 到期日期 date2, 温馨提示 thing3; opens the station, where the renewal is asked. */
export function agreementEndMessage(
  touser: string,
  station: { id: string; name: string },
  cooperationEnd: string,
  ended: boolean,
): Message {
  return {
    kind: 'agreement_end',
    touser,
    page: `${STATION_PAGE}?stationId=${station.id}`,
    data: {
      thing1: thing(station.name),
      date2: { value: cooperationEnd },
      thing3: thing(ended ? '合作协议已到期，续签请提交变更申请' : '合作协议即将到期，续签请提交变更申请'),
    },
  };
}
