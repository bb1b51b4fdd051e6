import type { CooperationIntent, NeedStatus, NeedUrgency } from '../../types/domain';

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  declined: '未受理',
  withdrawn: '已撤回',
  in_service: '服务中',
  resolved: '已解决',
  closed: '已关闭',
};

/** The order of the status chips on a list: what needs attention first. */
export const NEED_STATUS_ORDER: readonly NeedStatus[] = [
  'submitted',
  'accepted',
  'in_service',
  'resolved',
  'closed',
  'declined',
  'withdrawn',
];

export const URGENCY_LABELS: Record<NeedUrgency, string> = {
  normal: '一般',
  urgent: '较急',
  critical: '紧急',
};

export const INTENT_LABELS: Record<CooperationIntent, string> = {
  continue: '愿意继续合作',
  undecided: '尚未决定',
  stop: '不再继续',
};

/** The server's limits (cloudfunctions/api/src/domain/attachments.ts), stated on the form. */
export const ATTACHMENT_RULES = {
  maxFiles: 9,
  image: { extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif'], maxMb: 10 },
  pdf: { extensions: ['pdf'], maxMb: 20 },
  office: { extensions: ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx'], maxMb: 20 },
} as const;

export const NEED_LIMITS = {
  title: [4, 40],
  description: [10, 1500],
  expectedOutcome: [2, 500],
  reason: [2, 200],
  comment: [2, 500],
} as const;
