/** What a 申报书 (station application) is made of and the steps it goes through (seed §三(三), §四(二)). */

/** The cooperation agreement between society and host runs at least this long (seed §三(三)3). */
export const MIN_COOPERATION_YEARS = 2;

/**
 * The first end date (YYYY-MM-DD) a cooperation from `start` may have: two years on, the last
 * day counting, so 2025-03-01 may end 2027-02-28; a 29 February start keeps to February. One rule
 * for the station form and the server.
 */
export function earliestCooperationEnd(start: string): string {
  const [year, month, day] = start.split('-').map(Number);
  const endYear = year + MIN_COOPERATION_YEARS;
  const daysInMonth = new Date(Date.UTC(endYear, month, 0)).getUTCDate();
  return new Date(Date.UTC(endYear, month - 1, Math.min(day, daysInMonth) - 1)).toISOString().slice(0, 10);
}

/** A national-level station's expert table needs this many experts from outside Guizhou (seed §三(三)7). */
export const MIN_OUT_OF_PROVINCE_EXPERTS_NATIONAL = 5;

/** The 申报书's 实施步骤, in order. */
export const APPLICATION_PHASES = ['preparation', 'implementation', 'summary', 'evaluation'] as const;

export type ApplicationPhase = (typeof APPLICATION_PHASES)[number];

export const APPLICATION_PHASE_LABELS: Record<ApplicationPhase, string> = {
  preparation: '筹备',
  implementation: '实施',
  summary: '总结',
  evaluation: '评估',
};

/** What the subsidy may pay for (seed §四(四)4), for budget lines and ledger expenses alike. */
export const EXPENSE_CATEGORIES = [
  'expert_travel',
  'transport',
  'consulting',
  'meeting',
  'training',
  'labour',
  'exchange',
  'books',
  'equipment',
  'other',
] as const;

export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export const EXPENSE_CATEGORY_LABELS: Record<ExpenseCategory, string> = {
  expert_travel: '专家差旅费',
  transport: '交通费',
  consulting: '咨询费',
  meeting: '会议费',
  training: '培训费',
  labour: '劳务费',
  exchange: '科技交流与合作费',
  books: '书籍资料费',
  equipment: '设备软件购置费',
  other: '其他',
};

/** What the subsidy must never pay for (seed §四(四)4); a line or expense naming one is refused with the rule. */
export const FORBIDDEN_EXPENSE_USES = [
  'operating_cost',
  'fine',
  'donation',
  'sponsorship',
  'investment',
  'welfare',
] as const;

export type ForbiddenExpenseUse = (typeof FORBIDDEN_EXPENSE_USES)[number];

export const FORBIDDEN_EXPENSE_USE_LABELS: Record<ForbiddenExpenseUse, string> = {
  operating_cost: '生产经营成本',
  fine: '罚款',
  donation: '捐款',
  sponsorship: '赞助',
  investment: '投资',
  welfare: '福利',
};

/** The rule quoted when a forbidden use is refused. */
export const FORBIDDEN_EXPENSE_RULE =
  '补助资金应确保专款专用，不得用于生产经营成本支出或支付各种罚款、捐款、赞助、投资、福利等（建设方案第四部分（四）4）';

/** Who sent a station's staff member, and how they work there (seed §三(三)2). */
export const STAFF_SOURCES = ['society', 'host'] as const;

export type StaffSource = (typeof STAFF_SOURCES)[number];

export const STAFF_SOURCE_LABELS: Record<StaffSource, string> = {
  society: '学会派出',
  host: '需求单位派出',
};

export const STAFF_TERMS = ['full_time', 'part_time'] as const;

export type StaffTerm = (typeof STAFF_TERMS)[number];

export const STAFF_TERM_LABELS: Record<StaffTerm, string> = {
  full_time: '专职',
  part_time: '兼职',
};

/** The files sent with a 申报书 (seed §四(二)1). */
export const APPLICATION_ATTACHMENT_KINDS = ['agreement', 'service_plan', 'rules', 'staff_list'] as const;

export type ApplicationAttachmentKind = (typeof APPLICATION_ATTACHMENT_KINDS)[number];

export const APPLICATION_ATTACHMENT_LABELS: Record<ApplicationAttachmentKind, string> = {
  agreement: '项目合作协议',
  service_plan: '组建和服务方案',
  rules: '相关制度',
  staff_list: '专（兼）职人员名单',
};

/**
 * The city's review, in order (seed §四(二)): 审核, 实地考察, 主席办公会议, 认定, 挂牌. Each
 * step is recorded with who, when, opinion and attachments.
 */
export const REVIEW_STEPS = ['document_review', 'inspection', 'meeting', 'recognition', 'plaque'] as const;

export type ReviewStep = (typeof REVIEW_STEPS)[number];

export const REVIEW_STEP_LABELS: Record<ReviewStep, string> = {
  document_review: '审核',
  inspection: '实地考察',
  meeting: '主席办公会议',
  recognition: '认定',
  plaque: '挂牌',
};

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'document_reviewed',
  'inspected',
  'meeting_passed',
  'recognised',
  'plaqued',
  'returned',
  'refused',
] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  document_reviewed: '待实地考察',
  inspected: '待主席办公会议',
  meeting_passed: '待认定',
  recognised: '已认定，待挂牌',
  plaqued: '已挂牌',
  returned: '已退回修改',
  refused: '未通过',
};

/** Kinds of party on the city's list of dishonest or criminal parties (seed §三(三)8). */
export const BLACKLIST_KINDS = ['dishonest', 'criminal'] as const;

export type BlacklistKind = (typeof BLACKLIST_KINDS)[number];

export const BLACKLIST_KIND_LABELS: Record<BlacklistKind, string> = {
  dishonest: '失信',
  criminal: '涉黑涉恶',
};

/** The 申报书's parts, as a problem found on submit names them. */
export const APPLICATION_SECTIONS = [
  'cover',
  'society',
  'host',
  'overview',
  'phases',
  'budget',
  'agreement',
  'staff',
  'experts',
  'attachments',
] as const;

export type ApplicationSection = (typeof APPLICATION_SECTIONS)[number];

export const APPLICATION_SECTION_LABELS: Record<ApplicationSection, string> = {
  cover: '封面',
  society: '一、申请单位基本情况',
  host: '需求单位',
  overview: '二、工作站概况',
  phases: '三、实施步骤',
  budget: '四、经费支出预算',
  agreement: '项目合作协议',
  staff: '站长及工作人员',
  experts: '进站专家信息表',
  attachments: '申报材料附件',
};

/** 统一社会信用代码 (GB 32100-2015): 18 characters, no I, O, S, V or Z. */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** 居民身份证号: 17 digits and a digit or X. */
export const ID_NUMBER_PATTERN = /^\d{17}[\dX]$/;

export const POSTCODE_PATTERN = /^\d{6}$/;

/** A bank account number as printed: digits, with the spaces or dashes people group them by. */
export const BANK_ACCOUNT_PATTERN = /^\d[\d\s-]{5,30}$/;

/**
 * The longest each text of a 申报书 may be, and how many rows each table takes. A draft may
 * leave any of them blank; the submit checks each is there.
 */
export const APPLICATION_LIMITS = {
  stationName: [4, 60],
  serviceContent: [1, 3000],
  expectedGoals: [1, 2000],
  phaseWork: [1, 500],
  budgetContent: [1, 100],
  budgetBasis: [1, 200],
  agreementTask: [1, 300],
  hostName: [2, 60],
  hostAddress: [2, 120],
  legalRepresentative: [1, 20],
  officeAndEquipment: [1, 300],
  personName: [1, 20],
  staffDuty: [1, 60],
  expertUnit: [1, 60],
  expertTitle: [1, 40],
  expertField: [1, 40],
  reviewOpinion: [2, 1000],
  documentNumber: [2, 60],
  /** Why the subsidy decided is below the level's cap (择优). */
  subsidyReason: [2, 200],
} as const satisfies Record<string, readonly [number, number]>;

export const APPLICATION_TABLE_LIMITS = {
  budgetLines: 30,
  staff: 20,
  experts: 100,
  attachments: 20,
  reviewAttachments: 9,
} as const;

/** The largest single budget line, in fen: above any level's cap, so the cap check speaks rather than the parser. */
export const MAX_BUDGET_LINE_FEN = 100_000_000;

/** The society record's fields as the form, the audit and the version diff name them. */
export const SOCIETY_FIELD_LABELS = {
  name: '学会名称',
  level: '学会级别',
  supervisor: '业务主管单位',
  contactName: '联系人',
  contactPhone: '联系电话',
  creditCode: '统一社会信用代码',
  headName: '负责人',
  headTitle: '职务/职称',
  address: '通讯地址',
  postcode: '邮编',
  bankAccountName: '开户名称',
  bankName: '开户银行',
  bankAccount: '银行账号',
  financeOfficer: '财务负责人',
} as const;
