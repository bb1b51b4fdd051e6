import { SERVICE_TYPE_LABELS } from './serviceTypes';

/*
 * The yearly 考核 (seed §四(三)): a round per closed quota year, a self-inspection report per
 * station written by its head, the city's 书面审查 and 现场考察, and a verdict.
 */

/**
 * The seed's metrics (§四(三)2), each a figure the head reports with its evidence. Counts are
 * whole numbers; the two benefits are money, in integer fen.
 */
export const ASSESSMENT_METRICS = [
  'adoptedConsultations',
  'majorProjects',
  'transferredResults',
  'transferBenefitFen',
  'talents',
  'standards',
  'awards',
  'tackledBenefitFen',
] as const;

export type AssessmentMetric = (typeof ASSESSMENT_METRICS)[number];

export const ASSESSMENT_METRIC_LABELS: Record<AssessmentMetric, string> = {
  adoptedConsultations: '咨询建议获市级及以上领导批示或有关部门采纳',
  majorProjects: '获得重大科技专项',
  transferredResults: '转化落地科研成果',
  transferBenefitFen: '成果转化经济、社会效益',
  talents: '培养、引进高层次人才',
  standards: '制定省级及以上技术标准',
  awards: '获市级及以上科技奖项',
  // The service type's own label: the catalogue says each label once.
  tackledBenefitFen: `${SERVICE_TYPE_LABELS.joint_tackling}成果实施取得的经济效益`,
};

/** What a metric counts in: items, people, or money (fen, shown in yuan). */
export const ASSESSMENT_METRIC_UNITS: Record<AssessmentMetric, 'item' | 'person' | 'fen'> = {
  adoptedConsultations: 'item',
  majorProjects: 'item',
  transferredResults: 'item',
  transferBenefitFen: 'fen',
  talents: 'person',
  standards: 'item',
  awards: 'item',
  tackledBenefitFen: 'fen',
};

export const ASSESSMENT_METRIC_UNIT_LABELS = { item: '项', person: '人', fen: '元' } as const;

/**
 * A station's assessment: the head drafts and submits the self-inspection (and may withdraw it
 * before the deadline); the city reviews the documents, inspects on site, and concludes.
 */
export const ASSESSMENT_STATUSES = [
  'draft',
  'submitted',
  'document_reviewed',
  'inspected',
  'passed',
  'failed',
] as const;

export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: '自查报告撰写中',
  submitted: '已提交，待书面审查',
  document_reviewed: '书面审查通过，待现场考察',
  inspected: '已现场考察，待结论',
  passed: '合格',
  failed: '不合格',
};

/** Shown for a station of the round with no submitted report once the deadline has passed. */
export const ASSESSMENT_NOT_SUBMITTED_LABEL = '未提交';

/** Shown for a station of the round whose head has not started the report. */
export const ASSESSMENT_NOT_STARTED_LABEL = '未开始';

export const ASSESSMENT_VERDICTS = ['passed', 'failed'] as const;

export type AssessmentVerdict = (typeof ASSESSMENT_VERDICTS)[number];

export const ASSESSMENT_LIMITS = {
  narrative: [50, 5000],
  evidenceNote: [0, 300],
  comment: [2, 500],
  opinion: [2, 1000],
  deadlineDaysMin: 1,
} as const;

export const ASSESSMENT_TABLE_LIMITS = {
  /** Evidence items per metric. */
  evidencePerMetric: 20,
  /** Files or links per evidence item. */
  attachmentsPerEvidence: 6,
  inspectionPhotos: 12,
  reviewAttachments: 6,
  comments: 50,
} as const;

/** The largest figure a count metric takes, and the largest benefit in fen (10 billion yuan). */
export const ASSESSMENT_METRIC_MAX = { count: 10_000, fen: 1_000_000_000_000 } as const;
