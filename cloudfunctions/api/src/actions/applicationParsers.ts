import type {
  ApplicationAttachment,
  ApplicationContent,
  ApplicationExpert,
  ApplicationHost,
  ApplicationPhasePlan,
  ApplicationSociety,
  ApplicationStaffMember,
  BudgetLine,
  CooperationAgreement,
} from '../../../../types/application';
import {
  APPLICATION_ATTACHMENT_KINDS,
  APPLICATION_LIMITS,
  APPLICATION_PHASES,
  APPLICATION_TABLE_LIMITS,
  DEMAND_UNIT_TYPES,
  EXPENSE_CATEGORIES,
  FORBIDDEN_EXPENSE_USES,
  INDUSTRIES,
  MAX_BUDGET_LINE_FEN,
  PROVINCES,
  SOCIETY_LEVELS,
  SOCIETY_LIMITS,
  STAFF_SOURCES,
  STAFF_TERMS,
  type TextLimit,
} from '../../../../types/catalogue';
import { invalidInput } from '../errors';
import { boolean, calendarDate, integer, list, object, oneOf, text, type Parser } from '../validate';
import { parseAttachment, parseLocation } from './parsers';

/*
 * A draft is saved as it is typed: every text may be blank and every choice unmade, but
 * nothing may be longer than its limit, of the wrong type, or an unknown field. Whether it is
 * complete is the submit's question (domain/application.ts).
 */

/** Text up to the limit's maximum, blank allowed. */
const draftText = ([, max]: TextLimit): Parser<string> => text(0, max);

function blankOr<T extends string>(parser: Parser<T>): Parser<T | ''> {
  return (value, field) => (value === '' ? '' : parser(value, field));
}

const draftDate = blankOr(calendarDate);

const parseSociety = object<ApplicationSociety>({
  name: draftText(SOCIETY_LIMITS.name),
  level: oneOf(SOCIETY_LEVELS),
  creditCode: text(0, 18),
  headName: draftText(SOCIETY_LIMITS.headName),
  headTitle: draftText(SOCIETY_LIMITS.headTitle),
  contactName: draftText(SOCIETY_LIMITS.contactName),
  contactPhone: draftText(SOCIETY_LIMITS.contactPhone),
  address: draftText(SOCIETY_LIMITS.address),
  postcode: text(0, 6),
  bankAccountName: draftText(SOCIETY_LIMITS.bankAccountName),
  bankName: draftText(SOCIETY_LIMITS.bankName),
  bankAccount: text(0, 32),
  financeOfficer: draftText(SOCIETY_LIMITS.financeOfficer),
});

const parseHost = object<ApplicationHost>({
  name: draftText(APPLICATION_LIMITS.hostName),
  type: blankOr(oneOf(DEMAND_UNIT_TYPES)),
  creditCode: text(0, 18),
  legalRepresentative: draftText(APPLICATION_LIMITS.legalRepresentative),
  legalRepresentativeIdNumber: text(0, 18),
  address: draftText(APPLICATION_LIMITS.hostAddress),
  location: (value, field) => (value === null || value === undefined ? null : parseLocation(value, field)),
  officeAndEquipment: draftText(APPLICATION_LIMITS.officeAndEquipment),
});

const parsePhase = object<ApplicationPhasePlan>({
  phase: oneOf(APPLICATION_PHASES),
  start: draftDate,
  end: draftDate,
  work: draftText(APPLICATION_LIMITS.phaseWork),
});

/** A forbidden use is accepted here so that the submit refuses it with the rule, not as a malformed field. */
const parseBudgetLine = object<BudgetLine>({
  category: blankOr(oneOf([...EXPENSE_CATEGORIES, ...FORBIDDEN_EXPENSE_USES])),
  content: draftText(APPLICATION_LIMITS.budgetContent),
  amountFen: integer(0, MAX_BUDGET_LINE_FEN),
  basis: draftText(APPLICATION_LIMITS.budgetBasis),
});

const parseAgreement = object<CooperationAgreement>({
  start: draftDate,
  end: draftDate,
  task: draftText(APPLICATION_LIMITS.agreementTask),
});

const parseStaffMember = object<ApplicationStaffMember>({
  name: draftText(APPLICATION_LIMITS.personName),
  mobile: text(0, 11),
  isHead: boolean,
  source: oneOf(STAFF_SOURCES),
  term: oneOf(STAFF_TERMS),
  duty: text(0, APPLICATION_LIMITS.staffDuty[1]),
});

const parseExpert = object<ApplicationExpert>({
  name: draftText(APPLICATION_LIMITS.personName),
  unit: draftText(APPLICATION_LIMITS.expertUnit),
  title: draftText(APPLICATION_LIMITS.expertTitle),
  field: draftText(APPLICATION_LIMITS.expertField),
  province: blankOr(oneOf(PROVINCES)),
  idNumber: text(0, 18),
});

const parseApplicationAttachment: Parser<ApplicationAttachment> = (value, field) => {
  const { purpose, ...file } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { ...parseAttachment(file, field), purpose: oneOf(APPLICATION_ATTACHMENT_KINDS)(purpose, `${field}.purpose`) };
};

/** Rows kept as sent: `list` would merge two rows that are alike, and two alike budget lines are two lines. */
function rows<T>(item: Parser<T>, max: number): Parser<T[]> {
  return (value, field) => {
    if (!Array.isArray(value)) throw invalidInput(`${field} 应为列表`);
    if (value.length > max) throw invalidInput(`${field} 最多 ${max} 行`);
    return value.map((entry, index) => item(entry, `${field}[${index}]`));
  };
}

const parsePhases: Parser<ApplicationPhasePlan[]> = (value, field) => {
  const phases = rows(parsePhase, APPLICATION_PHASES.length)(value, field);
  if (new Set(phases.map((plan) => plan.phase)).size !== phases.length) throw invalidInput(`${field} 的阶段重复`);
  return phases;
};

export const parseApplicationContent = object<ApplicationContent>({
  stationName: draftText(APPLICATION_LIMITS.stationName),
  appliedOn: draftDate,
  society: parseSociety,
  host: parseHost,
  industry: blankOr(oneOf(INDUSTRIES)),
  serviceContent: draftText(APPLICATION_LIMITS.serviceContent),
  expectedGoals: draftText(APPLICATION_LIMITS.expectedGoals),
  phases: parsePhases,
  budget: rows(parseBudgetLine, APPLICATION_TABLE_LIMITS.budgetLines),
  agreement: parseAgreement,
  staff: rows(parseStaffMember, APPLICATION_TABLE_LIMITS.staff),
  experts: rows(parseExpert, APPLICATION_TABLE_LIMITS.experts),
  attachments: list(parseApplicationAttachment, APPLICATION_TABLE_LIMITS.attachments),
});
