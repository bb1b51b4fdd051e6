export const NEED_STATUSES = [
  'submitted',
  'accepted',
  'declined',
  'withdrawn',
  'in_service',
  'resolved',
  'closed',
] as const;

export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  declined: '未受理',
  withdrawn: '已撤回',
  in_service: '服务中',
  resolved: '已解决',
  closed: '已关闭',
};

export const NEED_URGENCIES = ['normal', 'urgent', 'critical'] as const;

export type NeedUrgency = (typeof NEED_URGENCIES)[number];

export const NEED_URGENCY_LABELS: Record<NeedUrgency, string> = {
  normal: '一般',
  urgent: '较急',
  critical: '紧急',
};

/** The demand unit's answer, in its yearly evaluation, to working with the station again. */
export const COOPERATION_INTENTS = ['continue', 'undecided', 'stop'] as const;

export type CooperationIntent = (typeof COOPERATION_INTENTS)[number];

export const COOPERATION_INTENT_LABELS: Record<CooperationIntent, string> = {
  continue: '愿意继续合作',
  undecided: '尚未决定',
  stop: '不再继续',
};

/** Where a station's yearly evaluation is shown (the society's report) and the demand unit has not filed it. */
export const EVALUATION_NOT_SUBMITTED_LABEL = '未提交';
