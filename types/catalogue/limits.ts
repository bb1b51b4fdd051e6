/**
 * What the server accepts, which the forms also state and check first. A text limit is
 * `[min, max]` characters after trimming; the server refuses anything outside it.
 */
export type TextLimit = readonly [min: number, max: number];

export const NEED_LIMITS = {
  title: [4, 40],
  description: [10, 1500],
  expectedOutcome: [2, 500],
  search: [1, 40],
  /** A note the head or the unit may add to a step (accept, withdraw, serve, resolve). */
  stepNote: [1, 200],
  declineReason: [2, 200],
  /** The unit's closing comment on a need. */
  evaluationComment: [0, 500],
} as const satisfies Record<string, TextLimit>;

/** The demand unit's yearly evaluation of its station. */
export const STATION_EVALUATION_LIMITS = {
  comment: [2, 500],
} as const satisfies Record<string, TextLimit>;

export const VISIT_LIMITS = {
  summary: [10, 2000],
  outcomes: [0, 1000],
  offSiteReason: [4, 200],
  /** Why the expert did not check in at the time (补卡). */
  makeUpReason: [4, 200],
  rejectReason: [2, 200],
  revokeReason: [4, 200],
  ratingComment: [0, 500],
} as const satisfies Record<string, TextLimit>;

export const VISIT_PHOTO_LIMITS = {
  checkIn: 3,
  checkOut: 9,
  makeUp: 9,
} as const;

/**
 * 补卡: a visit the expert forgot to check in to, entered afterwards for the station head to
 * approve. It may start at the earliest at 00:00 (Asia/Shanghai) `windowDays` days before today,
 * and carries at least `minPhotos` photos. How many an expert may enter a month is the function's
 * setting `MAKE_UP_VISITS_PER_MONTH` (README), which the form reads from the server.
 */
export const MAKE_UP_RULES = {
  windowDays: 7,
  minPhotos: 1,
} as const;

export const PROFILE_LIMITS = {
  name: [1, 20],
  workUnit: [1, 60],
  title: [1, 30],
  city: [1, 30],
  expertiseTag: [1, 20],
} as const satisfies Record<string, TextLimit>;

export const MAX_EXPERTISE_TAGS = 10;

export const SOCIETY_LIMITS = {
  name: [2, 40],
  supervisor: [2, 40],
  contactName: [1, 20],
  contactPhone: [7, 20],
  headName: [1, 20],
  headTitle: [1, 40],
  address: [4, 120],
  bankAccountName: [2, 60],
  bankName: [2, 60],
  financeOfficer: [1, 20],
} as const satisfies Record<string, TextLimit>;

export const STATION_LIMITS = {
  name: [4, 60],
  demandUnitName: [2, 60],
  demandUnitAddress: [2, 120],
  /** Why the society asks to change a recognised station, and why the city refuses it. */
  changeReason: [5, 300],
  /** Part of a name the station list searches for. */
  search: [1, 40],
} as const satisfies Record<string, TextLimit>;

/** The newest change requests a station's page shows (the pending one among them). */
export const STATION_CHANGES_SHOWN = 20;

export const ATTACHMENT_KINDS = ['image', 'pdf', 'office'] as const;

export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  image: '图片',
  pdf: 'PDF',
  office: 'Office 文档',
};

/** Files a need or a visit report may carry, each kind by extension and size. */
export const ATTACHMENT_LIMITS: Record<AttachmentKind, { extensions: readonly string[]; maxMb: number }> = {
  image: { extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif'], maxMb: 10 },
  pdf: { extensions: ['pdf'], maxMb: 20 },
  office: { extensions: ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx'], maxMb: 20 },
};

export const MAX_ATTACHMENTS = 9;

/** A mainland mobile number. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** A contact phone, landline or mobile: digits, spaces, brackets, + and -. */
export const PHONE_PATTERN = /^[\d\s()+-]+$/;

/** How far from a station's point a check-in by location may be, in metres, and the radius a new station starts with. */
export const STATION_RADIUS_M = { min: 100, max: 5_000, initial: 500 } as const;

/** The society's 专家库: the search box, and how long an invitation to another station stays open. */
export const EXPERT_POOL_LIMITS = {
  search: [1, 40],
} as const satisfies Record<string, TextLimit>;
export const EXPERT_POOL_INVITATION_DAYS = 14;
