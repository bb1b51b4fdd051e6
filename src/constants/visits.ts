import type { PresenceProof, VisitStatus } from '../../types/domain';

export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  open: '服务中',
  pending: '待站长审核',
  confirmed: '已确认',
  rejected: '未认可',
  incomplete: '未签退',
  superseded: '已被补录替代',
  revoked: '已撤销认可',
};

export const PROOF_LABELS: Record<PresenceProof, string> = {
  location: '定位签到',
  station_code: '扫工作站签到码',
  unit_code: '需求方验证码',
  off_site: '异地服务',
};

/** The server's limits (cloudfunctions/api/src/actions/visits.ts), checked on the form first. */
export const VISIT_LIMITS = {
  checkInPhotos: 3,
  checkOutPhotos: 9,
  summary: [10, 2000],
  outcomes: [0, 1000],
  offSiteReason: [4, 200],
  rejectReason: [2, 200],
  revokeReason: [4, 200],
  ratingComment: [0, 500],
} as const;
