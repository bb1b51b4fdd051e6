/**
 * open: checked in, not yet out. pending: waits for the station head (off-site, or a correction).
 * confirmed: counts. rejected: never counts. incomplete: left open 12 hours, closed by the job.
 * superseded: replaced by a correction, kept for the history. revoked: was confirmed, then taken
 * back by the station head or an admin (e.g. found untrue); it no longer counts.
 */
export const VISIT_STATUSES = [
  'open',
  'pending',
  'confirmed',
  'rejected',
  'incomplete',
  'superseded',
  'revoked',
] as const;

export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  open: '服务中',
  pending: '待站长审核',
  confirmed: '已确认',
  rejected: '未认可',
  incomplete: '未签退',
  superseded: '已被补录替代',
  revoked: '已撤销认可',
};

/**
 * How the expert showed they were at the station. make_up (补卡): entered afterwards by an expert
 * who forgot to check in, with no proof at all; the station head's approval is the proof.
 */
export const PRESENCE_PROOFS = ['location', 'station_code', 'unit_code', 'off_site', 'make_up'] as const;

export type PresenceProof = (typeof PRESENCE_PROOFS)[number];

export const PRESENCE_PROOF_LABELS: Record<PresenceProof, string> = {
  location: '定位签到',
  station_code: '扫工作站签到码',
  unit_code: '需求方验证码',
  off_site: '异地服务',
  make_up: '补卡',
};
