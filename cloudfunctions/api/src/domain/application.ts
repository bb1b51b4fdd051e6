import type { ApplicationContent, BlacklistEntry, BudgetLine } from '../../../../types/application';
import {
  APPLICATION_ATTACHMENT_KINDS,
  APPLICATION_ATTACHMENT_LABELS,
  APPLICATION_PHASE_LABELS,
  APPLICATION_PHASES,
  APPLICATION_SECTION_LABELS,
  BANK_ACCOUNT_PATTERN,
  BLACKLIST_KIND_LABELS,
  CREDIT_CODE_PATTERN,
  EXPENSE_CATEGORY_LABELS,
  FORBIDDEN_EXPENSE_USE_LABELS,
  FORBIDDEN_EXPENSE_USES,
  HOME_PROVINCE,
  ID_NUMBER_PATTERN,
  LEVEL_QUOTAS,
  LEVEL_SUBSIDY_CAP_FEN,
  MIN_COOPERATION_YEARS,
  MIN_OUT_OF_PROVINCE_EXPERTS_NATIONAL,
  MOBILE_PATTERN,
  PHONE_PATTERN,
  POSTCODE_PATTERN,
  STATION_LEVEL_LABELS,
  type ApplicationSection,
  type ExpenseCategory,
  type ForbiddenExpenseUse,
} from '../../../../types/catalogue';
import { capitalYuan, formatYuan } from '../../../../types/catalogue/money';
import type { ErrorCode } from '../../../../types/errors';
import { cooperationLongEnough } from './station';

/*
 * What makes a 申报书 refused on submit (seed §三(三), 填写说明一): a missing or malformed item
 * (缺项或格式不符), an agreement under two years, an expert table below the level's quota, not
 * exactly one station head, a forbidden budget use or a total over the level's cap, and any party
 * on the city's list. Every problem is found at once, so the society fixes them in one pass.
 */

export interface ApplicationProblem {
  code: ErrorCode;
  section: ApplicationSection;
  /** In words a society admin can act on, naming the section. */
  message: string;
}

/** A party of the application that the city's list is matched against. */
export interface ApplicationParty {
  /** Who they are in the application, e.g. 需求单位法定代表人. */
  role: string;
  name: string;
  /** Credit code or ID number; empty when not given. */
  code: string;
}

/** Every problem that refuses the application, in the 申报书's order; empty when it may be submitted. */
export function applicationProblems(
  content: ApplicationContent,
  blacklist: readonly BlacklistEntry[],
): ApplicationProblem[] {
  return [
    ...blacklistProblems(content, blacklist),
    ...missingItems(content),
    ...agreementProblems(content),
    ...staffProblems(content),
    ...expertProblems(content),
    ...budgetProblems(content),
  ];
}

/** A budget line's category as printed; a draft may name a forbidden use, shown as typed until the submit refuses it. */
export function budgetCategoryLabel(category: BudgetLine['category']): string {
  if (category === '') return '';
  if (category in EXPENSE_CATEGORY_LABELS) return EXPENSE_CATEGORY_LABELS[category as ExpenseCategory];
  return FORBIDDEN_EXPENSE_USE_LABELS[category as ForbiddenExpenseUse];
}

/** The total of the budget lines, in fen. */
export function budgetTotalFen(content: Pick<ApplicationContent, 'budget'>): number {
  return content.budget.reduce((total, line) => total + line.amountFen, 0);
}

/** Everyone the list is checked against: the society, the host, its legal representative, each expert. */
export function applicationParties(content: ApplicationContent): ApplicationParty[] {
  return [
    { role: '建站学会', name: content.society.name, code: content.society.creditCode },
    { role: '需求单位', name: content.host.name, code: content.host.creditCode },
    {
      role: '需求单位法定代表人',
      name: content.host.legalRepresentative,
      code: content.host.legalRepresentativeIdNumber,
    },
    ...content.experts.map((expert) => ({ role: '进站专家', name: expert.name, code: expert.idNumber })),
  ].filter((party) => party.name.trim() !== '' || party.code.trim() !== '');
}

/**
 * Whether a list entry is this party: by code where both have one (two units may share a name,
 * never a credit code), otherwise by the exact name, so a listed name cannot pass by leaving the
 * code out.
 */
export function partyMatches(party: ApplicationParty, entry: Pick<BlacklistEntry, 'name' | 'code'>): boolean {
  const partyCode = normaliseCode(party.code);
  const entryCode = normaliseCode(entry.code);
  if (partyCode !== '' && entryCode !== '') return partyCode === entryCode;
  return party.name.trim() !== '' && party.name.trim() === entry.name.trim();
}

function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

function blacklistProblems(content: ApplicationContent, blacklist: readonly BlacklistEntry[]): ApplicationProblem[] {
  return applicationParties(content).flatMap((party) => {
    const entry = blacklist.find((candidate) => partyMatches(party, candidate));
    if (!entry) return [];
    const section: ApplicationSection =
      party.role === '建站学会' ? 'society' : party.role === '进站专家' ? 'experts' : 'host';
    return [
      problem(
        'PARTY_BLACKLISTED',
        section,
        `${party.role}「${party.name}」在${BLACKLIST_KIND_LABELS[entry.kind]}名单中，按规定不受理申请`,
      ),
    ];
  });
}

type Check = [ApplicationSection, boolean, string];

function missingItems(content: ApplicationContent): ApplicationProblem[] {
  const { society, host } = content;
  const filled = (value: string) => value.trim() !== '';
  const checks: Check[] = [
    ['cover', filled(content.stationName), '请填写工作站名称'],
    ['cover', content.appliedOn !== '', '请填写申报日期'],
    ['society', filled(society.name), '请填写学会名称'],
    ['society', CREDIT_CODE_PATTERN.test(society.creditCode.trim()), '请填写正确的学会统一社会信用代码（18 位）'],
    ['society', filled(society.headName), '请填写学会负责人'],
    ['society', filled(society.headTitle), '请填写负责人职务/职称'],
    ['society', filled(society.contactName), '请填写联系人'],
    ['society', PHONE_PATTERN.test(society.contactPhone.trim()), '请填写正确的联系电话'],
    ['society', filled(society.address), '请填写通讯地址'],
    ['society', POSTCODE_PATTERN.test(society.postcode.trim()), '请填写 6 位邮编'],
    ['society', filled(society.bankAccountName), '请填写开户名称'],
    ['society', filled(society.bankName), '请填写开户银行'],
    ['society', BANK_ACCOUNT_PATTERN.test(society.bankAccount.trim()), '请填写正确的银行账号'],
    ['society', filled(society.financeOfficer), '请填写财务负责人'],
    ['host', filled(host.name), '请填写需求单位名称'],
    ['host', host.type !== '', '请选择需求单位类型'],
    ['host', CREDIT_CODE_PATTERN.test(host.creditCode.trim()), '请填写正确的需求单位统一社会信用代码（18 位）'],
    ['host', filled(host.legalRepresentative), '请填写法定代表人'],
    [
      'host',
      host.legalRepresentativeIdNumber.trim() === '' || ID_NUMBER_PATTERN.test(host.legalRepresentativeIdNumber.trim()),
      '法定代表人身份证号格式不正确（18 位）',
    ],
    ['host', filled(host.address), '请填写需求单位地址'],
    ['host', host.location !== null, '请在地图上选择工作站的位置（专家签到以此为准）'],
    ['host', filled(host.officeAndEquipment), '请填写需求单位提供的固定办公场所和设备'],
    ['overview', content.industry !== '', '请选择所属产业'],
    ['overview', filled(content.serviceContent), '请填写服务内容'],
    ['overview', filled(content.expectedGoals), '请填写预期目标'],
    ['agreement', content.agreement.start !== '' && content.agreement.end !== '', '请填写合作协议的起止日期'],
    ['agreement', filled(content.agreement.task), '请填写协议约定的科技研发项目或成果转化任务'],
    ['budget', content.budget.length > 0, '请至少填写一行经费预算'],
    ['experts', content.experts.length > 0, '请填写进站专家信息表'],
  ];
  return [
    ...checks
      .filter(([, ok]) => !ok)
      .map(([section, , message]) => problem('APPLICATION_INCOMPLETE', section, message)),
    ...phaseItems(content),
    ...budgetItems(content),
    ...staffItems(content),
    ...expertItems(content),
    ...attachmentItems(content),
  ];
}

function phaseItems(content: ApplicationContent): ApplicationProblem[] {
  return APPLICATION_PHASES.flatMap((phase) => {
    const label = `${APPLICATION_PHASE_LABELS[phase]}阶段`;
    const plan = content.phases.find((candidate) => candidate.phase === phase);
    if (!plan) return [incomplete('phases', `请填写${label}的时间安排和工作内容`)];
    return [
      ...(plan.start === '' || plan.end === '' ? [incomplete('phases', `请填写${label}的起止日期`)] : []),
      ...(plan.start !== '' && plan.end !== '' && plan.end < plan.start
        ? [incomplete('phases', `${label}的结束日期早于开始日期`)]
        : []),
      ...(plan.work.trim() === '' ? [incomplete('phases', `请填写${label}的工作内容`)] : []),
    ];
  });
}

function budgetItems(content: ApplicationContent): ApplicationProblem[] {
  return content.budget.flatMap((line, index) => {
    const row = `第 ${index + 1} 行`;
    return [
      ...(line.category === '' ? [incomplete('budget', `${row}请选择经费类别`)] : []),
      ...(line.content.trim() === '' ? [incomplete('budget', `${row}请填写支出内容`)] : []),
      ...(line.amountFen <= 0 ? [incomplete('budget', `${row}请填写大于 0 的金额`)] : []),
      ...(line.basis.trim() === '' ? [incomplete('budget', `${row}请填写测算依据`)] : []),
    ];
  });
}

function staffItems(content: ApplicationContent): ApplicationProblem[] {
  return content.staff.flatMap((member, index) => {
    const who = member.name.trim() || `第 ${index + 1} 位工作人员`;
    return [
      ...(member.name.trim() === '' ? [incomplete('staff', `第 ${index + 1} 位工作人员请填写姓名`)] : []),
      ...(MOBILE_PATTERN.test(member.mobile.trim()) ? [] : [incomplete('staff', `${who}请填写正确的手机号`)]),
    ];
  });
}

function expertItems(content: ApplicationContent): ApplicationProblem[] {
  return content.experts.flatMap((expert, index) => {
    const who = expert.name.trim() || `第 ${index + 1} 位专家`;
    const missing = [
      expert.name.trim() === '' ? '姓名' : '',
      expert.unit.trim() === '' ? '工作单位' : '',
      expert.title.trim() === '' ? '职称' : '',
      expert.field.trim() === '' ? '专业领域' : '',
      expert.province === '' ? '所在省份' : '',
    ].filter(Boolean);
    return [
      ...(missing.length > 0 ? [incomplete('experts', `${who}请填写${missing.join('、')}`)] : []),
      ...(expert.idNumber.trim() !== '' && !ID_NUMBER_PATTERN.test(expert.idNumber.trim())
        ? [incomplete('experts', `${who}的身份证号格式不正确（18 位）`)]
        : []),
    ];
  });
}

function attachmentItems(content: ApplicationContent): ApplicationProblem[] {
  return APPLICATION_ATTACHMENT_KINDS.filter(
    (purpose) => !content.attachments.some((attachment) => attachment.purpose === purpose),
  ).map((purpose) => incomplete('attachments', `请上传${APPLICATION_ATTACHMENT_LABELS[purpose]}`));
}

function agreementProblems({ agreement }: ApplicationContent): ApplicationProblem[] {
  if (agreement.start === '' || agreement.end === '') return [];
  if (cooperationLongEnough(agreement.start, agreement.end)) return [];
  return [
    problem(
      'AGREEMENT_TOO_SHORT',
      'agreement',
      `合作期限 ${agreement.start} 至 ${agreement.end} 不足 ${MIN_COOPERATION_YEARS} 年，合作期限不少于两年`,
    ),
  ];
}

function staffProblems(content: ApplicationContent): ApplicationProblem[] {
  const heads = content.staff.filter((member) => member.isHead).length;
  if (heads === 1) return [];
  return [
    problem(
      'STATION_HEAD_COUNT',
      'staff',
      heads === 0 ? '还没有指定站长：工作站须设站长 1 名' : `指定了 ${heads} 名站长：工作站只设站长 1 名`,
    ),
  ];
}

function expertProblems(content: ApplicationContent): ApplicationProblem[] {
  const { level } = content.society;
  const required = LEVEL_QUOTAS[level].experts;
  const outside = content.experts.filter((expert) => expert.province !== '' && expert.province !== HOME_PROVINCE);
  const levelName = STATION_LEVEL_LABELS[level];
  return [
    ...(content.experts.length < required
      ? [
          problem(
            'EXPERTS_BELOW_QUOTA',
            'experts',
            `${levelName}每年须有 ${required} 名专家服务，进站专家表只有 ${content.experts.length} 名`,
          ),
        ]
      : []),
    ...(level === 'national' && outside.length < MIN_OUT_OF_PROVINCE_EXPERTS_NATIONAL
      ? [
          problem(
            'EXPERTS_BELOW_QUOTA',
            'experts',
            `${levelName}的进站专家中省外专家不少于 ${MIN_OUT_OF_PROVINCE_EXPERTS_NATIONAL} 名，现有 ${outside.length} 名`,
          ),
        ]
      : []),
  ];
}

function budgetProblems(content: ApplicationContent): ApplicationProblem[] {
  const forbidden = content.budget.flatMap((line, index) => {
    const use = forbiddenUse(line.category, line.content);
    if (!use) return [];
    return [
      problem(
        'BUDGET_FORBIDDEN_USE',
        'budget',
        `第 ${index + 1} 行用于${FORBIDDEN_EXPENSE_USE_LABELS[use]}：补助资金不得用于生产经营成本支出或支付各种罚款、捐款、赞助、投资、福利等`,
      ),
    ];
  });
  const total = budgetTotalFen(content);
  const cap = LEVEL_SUBSIDY_CAP_FEN[content.society.level];
  const overCap =
    total > cap
      ? [
          problem(
            'BUDGET_OVER_CAP',
            'budget',
            `经费预算合计 ￥${formatYuan(total)}（${capitalYuan(total)}）超过${STATION_LEVEL_LABELS[content.society.level]}的补助上限 ￥${formatYuan(cap)}（${capitalYuan(cap)}）`,
          ),
        ]
      : [];
  return [...forbidden, ...overCap];
}

/** The forbidden use a budget line or an expense names, by its category or in its words. */
export function forbiddenUse(category: string, text: string): ForbiddenExpenseUse | undefined {
  return FORBIDDEN_EXPENSE_USES.find((use) => category === use || text.includes(FORBIDDEN_EXPENSE_USE_LABELS[use]));
}

function incomplete(section: ApplicationSection, message: string): ApplicationProblem {
  return problem('APPLICATION_INCOMPLETE', section, message);
}

function problem(code: ErrorCode, section: ApplicationSection, message: string): ApplicationProblem {
  return { code, section, message: `${APPLICATION_SECTION_LABELS[section]}：${message}` };
}
