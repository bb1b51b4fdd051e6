import { STATION_RADIUS_M } from './limits';
import { formatDistance } from './units';

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

/**
 * What a visit waiting for the station head (off-site, 补卡, 补录) shows that deserves a second
 * look before it counts. None refuses anything: the head decides, and approving a visit that has
 * any of them asks for a confirmation. `REVIEW_FLAG_RULES` says where each starts.
 */
export const REVIEW_FLAGS = ['zero_minutes', 'far_from_station', 'no_photo', 'similar_entries'] as const;

export type ReviewFlag = (typeof REVIEW_FLAGS)[number];

export const REVIEW_FLAG_RULES = {
  /** Checked out less than this many minutes after checking in: a tap in and out, not a service. */
  shortMinutes: 5,
  /**
   * Located further than this from the station's point. It is the widest radius a station may be
   * given: an off-site fix inside it may be the host's other workshop or field down the road, one
   * beyond it is somewhere else altogether (the expert's own office, another town).
   */
  farFromStationM: STATION_RADIUS_M.max,
  /**
   * How many of the expert's other visits of the same calendar month must look like this one (the
   * same station on the same day, or the same words) to flag it. One is enough: a second entry
   * for the same day and place is the double entry, and the same words the copied report, that
   * the head would want to compare before a visit counts.
   */
  similarEntries: 1,
} as const;

export const REVIEW_FLAG_LABELS: Record<ReviewFlag, string> = {
  zero_minutes: `服务时长不足 ${REVIEW_FLAG_RULES.shortMinutes} 分钟`,
  far_from_station: `距工作站超过 ${formatDistance(REVIEW_FLAG_RULES.farFromStationM)}`,
  no_photo: '没有现场照片',
  similar_entries: '本月有相似记录',
};

/** The three aspects a demand unit rates a confirmed visit on, each 1 to 5. */
export const VISIT_RATING_ASPECTS = ['responsiveness', 'professionalism', 'effect'] as const;

export type VisitRatingAspect = (typeof VISIT_RATING_ASPECTS)[number];

export const VISIT_RATING_ASPECT_LABELS: Record<VisitRatingAspect, string> = {
  responsiveness: '响应速度',
  professionalism: '专业水平',
  effect: '服务效果',
};
