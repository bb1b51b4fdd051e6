import type {
  ApplicationAttachmentKind,
  ApplicationSection,
  ApplicationPhase,
  ApplicationStatus,
  BlacklistKind,
  DemandUnitType,
  ExpenseCategory,
  ForbiddenExpenseUse,
  Industry,
  Province,
  ReviewStep,
  SocietyLevel,
  StaffSource,
  StaffTerm,
} from './catalogue';
import type { Attachment, CalendarDate, GeoPoint, Instant, SocietyDetails } from './domain';

/** 一、申请单位基本情况: copied from the society record into each application, editable there. */
export interface ApplicationSociety extends SocietyDetails {
  name: string;
  level: SocietyLevel;
  contactName: string;
  contactPhone: string;
}

/** The host (需求单位) the station is set up at. */
export interface ApplicationHost {
  name: string;
  type: DemandUnitType | '';
  creditCode: string;
  legalRepresentative: string;
  /** Where given, the list is matched by it rather than by the name. */
  legalRepresentativeIdNumber: string;
  address: string;
  /** Where the station will stand: its check-in circle once recognised. */
  location: GeoPoint | null;
  /** The fixed office and equipment the host provides (seed §三(三)1). */
  officeAndEquipment: string;
}

/** 三、实施步骤: one phase's dates and work. */
export interface ApplicationPhasePlan {
  phase: ApplicationPhase;
  start: CalendarDate | '';
  end: CalendarDate | '';
  work: string;
}

/**
 * 四、经费支出预算: one line; its 序号 is its place in the table. A forbidden use is kept as typed
 * so that the submit can refuse it with the rule, rather than as a malformed request.
 */
export interface BudgetLine {
  category: ExpenseCategory | ForbiddenExpenseUse | '';
  content: string;
  amountFen: number;
  basis: string;
}

/** The cooperation agreement between society and host (seed §三(三)3). */
export interface CooperationAgreement {
  start: CalendarDate | '';
  end: CalendarDate | '';
  /** The R&D project or results-transfer task the agreement names. */
  task: string;
}

/** The station head or a staff member. */
export interface ApplicationStaffMember {
  name: string;
  mobile: string;
  isHead: boolean;
  source: StaffSource;
  term: StaffTerm;
  duty: string;
}

/** One row of the 进站专家信息表. */
export interface ApplicationExpert {
  name: string;
  unit: string;
  title: string;
  field: string;
  province: Province | '';
  /** Where given, the list is matched by it rather than by the name. */
  idNumber: string;
}

export interface ApplicationAttachment extends Attachment {
  purpose: ApplicationAttachmentKind;
}

/** What a society fills in: the 申报书, section by section. */
export interface ApplicationContent {
  stationName: string;
  /** The cover's date, Asia/Shanghai. */
  appliedOn: CalendarDate | '';
  society: ApplicationSociety;
  host: ApplicationHost;
  industry: Industry | '';
  serviceContent: string;
  expectedGoals: string;
  phases: ApplicationPhasePlan[];
  budget: BudgetLine[];
  agreement: CooperationAgreement;
  staff: ApplicationStaffMember[];
  experts: ApplicationExpert[];
  attachments: ApplicationAttachment[];
}

/** One recorded review step, or a send-back or refusal. */
export interface ApplicationReviewEntry {
  step: ReviewStep | 'returned' | 'refused';
  at: Instant;
  by: string;
  byName: string;
  opinion: string;
  attachments: Attachment[];
  /** 认定: the city's document number and date; the subsidy decided, in fen, and why below the cap. */
  documentNumber?: string;
  recognisedOn?: CalendarDate;
  subsidyFen?: number;
  subsidyReason?: string;
  /** 挂牌: the date the plaque went up. */
  plaquedOn?: CalendarDate;
}

export interface Application {
  _id: string;
  societyId: string;
  status: ApplicationStatus;
  content: ApplicationContent;
  /** 0 while a draft that was never submitted; each submission adds one. */
  version: number;
  reviews: ApplicationReviewEntry[];
  /** Set at recognition: the station, and the invitation its head binds with. */
  stationId?: string;
  headInvitationCode?: string;
  createdBy: string;
  createdAt: Instant;
  updatedAt: Instant;
  submittedAt?: Instant;
  /**
   * The parties' names and codes, normalised and flat (see `partyKeys`), rewritten with the
   * content: a new list entry finds the applications it hits by one indexed query.
   */
  partyKeys?: string[];
}

/** A submitted version as it was, so the reviewer can see what changed since the last one. */
export interface ApplicationVersion {
  _id: string;
  applicationId: string;
  version: number;
  content: ApplicationContent;
  submittedAt: Instant;
  submittedBy: string;
}

/** A party on the city's list of dishonest or criminal parties (seed §三(三)8). */
export interface BlacklistEntry {
  _id: string;
  name: string;
  /** 统一社会信用代码 or 身份证号; empty when only the name is known. */
  code: string;
  kind: BlacklistKind;
  note: string;
  addedAt: Instant;
  addedBy: string;
  /** Taken off the list: kept with who, when and why, so the audit of earlier refusals stays readable. */
  removedAt?: Instant;
  removedBy?: string;
  removalReason?: string;
}

/** What can be done to an application: the society edits and submits; the city reviews, sends back or refuses. */
export type ApplicationCommand = 'edit' | 'submit' | ReviewStep | 'return' | 'refuse';

/** One item that differs between two submitted versions, as the reviewer reads it. */
export interface ApplicationChange {
  section: ApplicationSection;
  /** The item within its section, e.g. 开户银行 or 第 2 行 金额. */
  item: string;
  before: string;
  after: string;
}
