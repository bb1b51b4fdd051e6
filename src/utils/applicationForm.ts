import type { ApplicationProblemView } from '../../types/actions';
import type {
  ApplicationAttachment,
  ApplicationContent,
  ApplicationExpert,
  ApplicationHost,
  ApplicationStaffMember,
  BudgetLine,
} from '../../types/application';
import {
  APPLICATION_ATTACHMENT_KINDS,
  APPLICATION_LIMITS,
  APPLICATION_PHASES,
  APPLICATION_SECTION_LABELS,
  APPLICATION_SECTIONS,
  BANK_ACCOUNT_PATTERN,
  CREDIT_CODE_PATTERN,
  HOME_PROVINCE,
  ID_NUMBER_PATTERN,
  LEVEL_QUOTAS,
  MAX_BUDGET_LINE_FEN,
  MIN_OUT_OF_PROVINCE_EXPERTS_NATIONAL,
  MOBILE_PATTERN,
  PHONE_PATTERN,
  POSTCODE_PATTERN,
  SOCIETY_LIMITS,
  type ApplicationAttachmentKind,
  type ApplicationSection,
  type SocietyLevel,
  type TextLimit,
} from '../../types/catalogue';
import { formatYuan, yuanToFen } from '../../types/catalogue/money';
import { onlyProblems, parseNumber, textLength, type Problems } from './validation';

/*
 * The 申报书 as the form holds it: the content the server keeps, except what a person types as
 * text and the server keeps as a number (a budget line's yuan, the station's coordinates), so
 * that a half-typed amount is neither lost nor sent.
 */

/** A coordinate pair as typed (GCJ-02), the LocationField's value. */
export interface LocationText {
  latitude: string;
  longitude: string;
}

export interface BudgetRow extends Omit<BudgetLine, 'amountFen'> {
  /** Yuan as typed, e.g. "1200" or "0.05". */
  amount: string;
}

export interface ApplicationFormValues extends Omit<ApplicationContent, 'host' | 'budget'> {
  host: Omit<ApplicationHost, 'location'> & { location: LocationText };
  budget: BudgetRow[];
}

/** A field of the form by its path: `stationName`, `host.creditCode`, `budget.2.amount`. */
export type ApplicationFieldPath = string;

export function formFromContent(content: ApplicationContent): ApplicationFormValues {
  const location = content.host.location;
  return {
    ...content,
    host: {
      ...content.host,
      location: location
        ? { latitude: String(location.latitude), longitude: String(location.longitude) }
        : { latitude: '', longitude: '' },
    },
    // The four phases always, in the 申报书's order, whatever an older draft held.
    phases: APPLICATION_PHASES.map(
      (phase) => content.phases.find((plan) => plan.phase === phase) ?? { phase, start: '', end: '', work: '' },
    ),
    budget: content.budget.map(({ amountFen, ...line }) => ({
      ...line,
      amount: amountFen > 0 ? yuanText(amountFen) : '',
    })),
    attachments: byPurpose(content.attachments),
  };
}

/** What is saved: an amount that is not (yet) one is saved as 0, which the submit reports. */
export function contentFromForm(values: ApplicationFormValues): ApplicationContent {
  return {
    ...values,
    host: { ...values.host, location: geoPoint(values.host.location) },
    budget: values.budget.map(({ amount, ...row }) => ({ ...row, amountFen: amountFen(amount) ?? 0 })),
  };
}

/** Fen as the yuan a person would type: 3000000 → "30000", 30005 → "300.05". */
export function yuanText(fen: number): string {
  return formatYuan(fen).replace(/,/g, '').replace(/\.00$/, '');
}

/** A line's amount in fen when it is one the server takes; null when blank, malformed or too large. */
export function amountFen(text: string): number | null {
  const fen = yuanToFen(text);
  return fen !== null && fen <= MAX_BUDGET_LINE_FEN ? fen : null;
}

/** The budget total as typed so far: lines without a valid amount count 0. */
export function budgetTotal(rows: readonly BudgetRow[]): number {
  return rows.reduce((total, row) => total + (amountFen(row.amount) ?? 0), 0);
}

export function amountProblem(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const fen = yuanToFen(text);
  if (fen === null) return '金额请填写元，最多两位小数，如 1200 或 0.05';
  if (fen > MAX_BUDGET_LINE_FEN) return `单行金额不能超过 ${formatYuan(MAX_BUDGET_LINE_FEN)} 元`;
  return undefined;
}

function geoPoint(location: LocationText): ApplicationHost['location'] {
  const latitude = parseNumber(location.latitude);
  const longitude = parseNumber(location.longitude);
  if (latitude === null || longitude === null || !inChina(latitude, longitude)) return null;
  return { latitude, longitude };
}

/** The bounds the server accepts (it catches a swapped latitude and longitude). */
function inChina(latitude: number, longitude: number): boolean {
  return latitude >= 3 && latitude <= 54 && longitude >= 73 && longitude <= 136;
}

/** Attachments grouped by purpose in the 申报书's order, so that a picker's list can be put back in place. */
export function byPurpose(attachments: readonly ApplicationAttachment[]): ApplicationAttachment[] {
  return APPLICATION_ATTACHMENT_KINDS.flatMap((purpose) =>
    attachments.filter((attachment) => attachment.purpose === purpose),
  );
}

/** The attachments with those of one purpose replaced. */
export function withAttachments(
  attachments: readonly ApplicationAttachment[],
  purpose: ApplicationAttachmentKind,
  files: ReadonlyArray<Omit<ApplicationAttachment, 'purpose'>>,
): ApplicationAttachment[] {
  const replaced = files.map(({ fileId, name, size, kind }) => ({ fileId, name, size, kind, purpose }));
  return byPurpose([...attachments.filter((attachment) => attachment.purpose !== purpose), ...replaced]);
}

/** Exactly one head: making one the head makes every other a staff member. */
export function withHead(staff: readonly ApplicationStaffMember[], index: number): ApplicationStaffMember[] {
  return staff.map((member, at) => ({ ...member, isHead: at === index }));
}

export const EMPTY_BUDGET_ROW: BudgetRow = { category: '', content: '', amount: '', basis: '' };

export const EMPTY_STAFF_MEMBER: ApplicationStaffMember = {
  name: '',
  mobile: '',
  isHead: false,
  source: 'society',
  term: 'part_time',
  duty: '',
};

export const EMPTY_EXPERT: ApplicationExpert = { name: '', unit: '', title: '', field: '', province: '', idNumber: '' };

/** The expert table against the level's quota: what the section shows as it is filled. */
export interface ExpertCount {
  total: number;
  required: number;
  outside: number;
  /** 0 where the level asks for none from outside Guizhou. */
  requiredOutside: number;
}

export function expertCount(experts: readonly ApplicationExpert[], level: SocietyLevel): ExpertCount {
  return {
    total: experts.length,
    required: LEVEL_QUOTAS[level].experts,
    outside: experts.filter((expert) => expert.province !== '' && expert.province !== HOME_PROVINCE).length,
    requiredOutside: level === 'national' ? MIN_OUT_OF_PROVINCE_EXPERTS_NATIONAL : 0,
  };
}

/** The server's problems by section, each without the section's name it starts with (the section shows it). */
export function problemsBySection(problems: readonly ApplicationProblemView[]): Record<ApplicationSection, string[]> {
  const sections = Object.fromEntries(APPLICATION_SECTIONS.map((section) => [section, [] as string[]])) as Record<
    ApplicationSection,
    string[]
  >;
  for (const { section, message } of problems) {
    const prefix = `${APPLICATION_SECTION_LABELS[section]}：`;
    sections[section].push(message.startsWith(prefix) ? message.slice(prefix.length) : message);
  }
  return sections;
}

/** The first section, in the 申报书's order, that has a problem. */
export function firstProblemSection(problems: readonly ApplicationProblemView[]): ApplicationSection | undefined {
  return APPLICATION_SECTIONS.find((section) => problems.some((problem) => problem.section === section));
}

/** The section a field's path belongs to, for opening it when the field has a problem. */
export function sectionOfPath(path: ApplicationFieldPath): ApplicationSection {
  const [head] = path.split('.');
  if (head === 'stationName' || head === 'appliedOn') return 'cover';
  if (head === 'industry' || head === 'serviceContent' || head === 'expectedGoals') return 'overview';
  return (APPLICATION_SECTIONS as readonly string[]).includes(head) ? (head as ApplicationSection) : 'cover';
}

/**
 * What the form can say about a field as it is typed: too long, too short once started, a code or
 * number of the wrong shape. What is missing is the server's to say (its problems), as a draft may
 * leave anything blank.
 */
export function applicationFieldProblems(values: ApplicationFormValues): Problems<ApplicationFieldPath> {
  const { society, host, agreement } = values;
  const problems: Problems<ApplicationFieldPath> = {
    stationName: started('工作站名称', values.stationName, APPLICATION_LIMITS.stationName),
    'society.name': started('学会名称', society.name, SOCIETY_LIMITS.name),
    'society.creditCode': shaped(society.creditCode, CREDIT_CODE_PATTERN, '统一社会信用代码应为 18 位'),
    'society.headName': started('负责人', society.headName, SOCIETY_LIMITS.headName),
    'society.headTitle': started('职务/职称', society.headTitle, SOCIETY_LIMITS.headTitle),
    'society.contactName': started('联系人', society.contactName, SOCIETY_LIMITS.contactName),
    'society.contactPhone': shaped(society.contactPhone, PHONE_PATTERN, '请填写正确的联系电话'),
    'society.address': started('通讯地址', society.address, SOCIETY_LIMITS.address),
    'society.postcode': shaped(society.postcode, POSTCODE_PATTERN, '邮编应为 6 位数字'),
    'society.bankAccountName': started('开户名称', society.bankAccountName, SOCIETY_LIMITS.bankAccountName),
    'society.bankName': started('开户银行', society.bankName, SOCIETY_LIMITS.bankName),
    'society.bankAccount': shaped(society.bankAccount, BANK_ACCOUNT_PATTERN, '银行账号应为数字，可用空格分组'),
    'society.financeOfficer': started('财务负责人', society.financeOfficer, SOCIETY_LIMITS.financeOfficer),
    'host.name': started('需求单位名称', host.name, APPLICATION_LIMITS.hostName),
    'host.creditCode': shaped(host.creditCode, CREDIT_CODE_PATTERN, '统一社会信用代码应为 18 位'),
    'host.legalRepresentative': started('法定代表人', host.legalRepresentative, APPLICATION_LIMITS.legalRepresentative),
    'host.legalRepresentativeIdNumber': shaped(
      host.legalRepresentativeIdNumber,
      ID_NUMBER_PATTERN,
      '身份证号应为 18 位',
    ),
    'host.address': started('地址', host.address, APPLICATION_LIMITS.hostAddress),
    'host.officeAndEquipment': started(
      '办公场所和设备',
      host.officeAndEquipment,
      APPLICATION_LIMITS.officeAndEquipment,
    ),
    'host.location': locationProblem(host.location),
    serviceContent: started('服务内容', values.serviceContent, APPLICATION_LIMITS.serviceContent),
    expectedGoals: started('预期目标', values.expectedGoals, APPLICATION_LIMITS.expectedGoals),
    'agreement.task': started('任务', agreement.task, APPLICATION_LIMITS.agreementTask),
    'agreement.end':
      agreement.start !== '' && agreement.end !== '' && agreement.end < agreement.start
        ? '结束日期早于开始日期'
        : undefined,
  };
  values.phases.forEach((plan, index) => {
    problems[`phases.${index}.work`] = started('工作内容', plan.work, APPLICATION_LIMITS.phaseWork);
    problems[`phases.${index}.end`] =
      plan.start !== '' && plan.end !== '' && plan.end < plan.start ? '结束日期早于开始日期' : undefined;
  });
  values.budget.forEach((row, index) => {
    problems[`budget.${index}.content`] = started('支出内容', row.content, APPLICATION_LIMITS.budgetContent);
    problems[`budget.${index}.amount`] = amountProblem(row.amount);
    problems[`budget.${index}.basis`] = started('测算依据', row.basis, APPLICATION_LIMITS.budgetBasis);
  });
  values.staff.forEach((member, index) => {
    problems[`staff.${index}.name`] = started('姓名', member.name, APPLICATION_LIMITS.personName);
    problems[`staff.${index}.mobile`] = shaped(member.mobile, MOBILE_PATTERN, '请填写 11 位手机号');
    problems[`staff.${index}.duty`] = started('职责', member.duty, APPLICATION_LIMITS.staffDuty);
  });
  values.experts.forEach((expert, index) => {
    problems[`experts.${index}.name`] = started('姓名', expert.name, APPLICATION_LIMITS.personName);
    problems[`experts.${index}.unit`] = started('工作单位', expert.unit, APPLICATION_LIMITS.expertUnit);
    problems[`experts.${index}.title`] = started('职称', expert.title, APPLICATION_LIMITS.expertTitle);
    problems[`experts.${index}.field`] = started('专业领域', expert.field, APPLICATION_LIMITS.expertField);
    problems[`experts.${index}.idNumber`] = shaped(expert.idNumber, ID_NUMBER_PATTERN, '身份证号应为 18 位');
  });
  return onlyProblems(problems);
}

/** A text's length, once something is typed: blank is the submit's to report. */
function started(label: string, value: string, [min, max]: TextLimit): string | undefined {
  const length = textLength(value);
  if (length === 0) return undefined;
  if (length < min) return `${label}至少 ${min} 个字`;
  if (length > max) return `${label}超出 ${length - max} 字，最多 ${max} 个字`;
  return undefined;
}

function shaped(value: string, pattern: RegExp, message: string): string | undefined {
  const text = value.trim();
  return text === '' || pattern.test(text) ? undefined : message;
}

function locationProblem(location: LocationText): string | undefined {
  if (location.latitude.trim() === '' && location.longitude.trim() === '') return undefined;
  return geoPoint(location) ? undefined : '请填写正确的纬度和经度（如 26.647、106.630），或使用当前位置';
}
