import type { ApplicationProblemView } from '../../types/actions';
import type { ApplicationContent } from '../../types/application';
import { MAX_BUDGET_LINE_FEN } from '../../types/catalogue';
import { parseApplicationContent } from '../../cloudfunctions/api/src/actions/applicationParsers';
import { applicationProblems } from '../../cloudfunctions/api/src/domain/application';
import {
  amountProblem,
  applicationFieldProblems,
  budgetTotal,
  contentFromForm,
  EMPTY_BUDGET_ROW,
  EMPTY_STAFF_MEMBER,
  expertCount,
  firstProblemSection,
  formFromContent,
  problemsBySection,
  sectionOfPath,
  withAttachments,
  withHead,
  yuanText,
  type ApplicationFormValues,
} from '../../src/utils/applicationForm';
import {
  societyRecordProblems,
  societyRefusalAtField,
  societyUpdate,
  type SocietyRecordValues,
} from '../../src/utils/societyRecordForm';
import { completeApplication, expertTable } from '../support/applications';

/** The form as the society would have it for a complete 申报书. */
const completeForm = (): ApplicationFormValues => formFromContent(completeApplication('national'));

const withBudget = (amounts: string[]): ApplicationFormValues => ({
  ...completeForm(),
  budget: amounts.map((amount) => ({ ...EMPTY_BUDGET_ROW, category: 'consulting', amount })),
});

describe('the 申报书 between the form and the server', () => {
  it('comes back from the form exactly as it went in', () => {
    const content = completeApplication('national');
    expect(contentFromForm(formFromContent(content))).toEqual(content);
  });

  it('shows amounts as the yuan a person types, and saves them as fen', () => {
    expect(yuanText(3_000_000)).toBe('30000');
    expect(yuanText(30_005)).toBe('300.05');
    expect(yuanText(5)).toBe('0.05');
    expect(yuanText(10_030_000)).toBe('100300');
    const form = withBudget(['1,200.5', '0.05', '']);
    expect(form.budget.map((row) => row.amount)).toEqual(['1,200.5', '0.05', '']);
    expect(contentFromForm(form).budget.map((line) => line.amountFen)).toEqual([120_050, 5, 0]);
  });

  it('saves an amount that is not one (yet) as 0, for the submit to report, and keeps the text in the form', () => {
    const form = withBudget(['12.345', '1e5', String(MAX_BUDGET_LINE_FEN / 100 + 1)]);
    expect(contentFromForm(form).budget.map((line) => line.amountFen)).toEqual([0, 0, 0]);
    expect(budgetTotal(form.budget)).toBe(0);
  });

  it('totals the valid amounts as typed', () => {
    expect(budgetTotal(withBudget(['50000', '300.05', 'abc']).budget)).toBe(5_030_005);
  });

  it('saves the station site only when both coordinates are a place in China', () => {
    const at = (latitude: string, longitude: string) =>
      contentFromForm({ ...completeForm(), host: { ...completeForm().host, location: { latitude, longitude } } }).host
        .location;
    expect(at('26.6785', '106.6328')).toEqual({ latitude: 26.6785, longitude: 106.6328 });
    expect(at('', '')).toBeNull();
    expect(at('26.6785', '')).toBeNull();
    expect(at('106.6328', '26.6785')).toBeNull();
  });

  it('always holds the four phases in order, whatever an older draft had', () => {
    const content: ApplicationContent = { ...completeApplication(), phases: [completeApplication().phases[2]] };
    expect(formFromContent(content).phases.map((plan) => [plan.phase, plan.work])).toEqual([
      ['preparation', ''],
      ['implementation', ''],
      ['summary', '总结成果'],
      ['evaluation', ''],
    ]);
  });

  it('sends what the server accepts as a draft, filled or just started', () => {
    const started = formFromContent({
      ...completeApplication(),
      stationName: '',
      budget: [],
      staff: [],
      experts: [],
      attachments: [],
    });
    const form = { ...started, budget: [{ ...EMPTY_BUDGET_ROW, amount: '12.3.4' }] };
    expect(() => parseApplicationContent(contentFromForm(form), 'content')).not.toThrow();
    expect(() => parseApplicationContent(contentFromForm(completeForm()), 'content')).not.toThrow();
  });
});

describe('the form checks as typed', () => {
  it('finds nothing in a complete 申报书 (which the server also accepts) nor in a blank start', () => {
    expect(applicationFieldProblems(completeForm())).toEqual({});
    expect(applicationProblems(contentFromForm(completeForm()), [])).toEqual([]);
    const blank = formFromContent({
      ...completeApplication(),
      stationName: '',
      society: { ...completeApplication().society, creditCode: '', postcode: '', bankAccount: '' },
    });
    expect(applicationFieldProblems(blank)).toEqual({});
  });

  it('names the field of a malformed code, number or amount by its path', () => {
    const form = completeForm();
    const problems = applicationFieldProblems({
      ...form,
      stationName: '铝站',
      society: { ...form.society, creditCode: '51100000500000566I', postcode: '10081' },
      host: {
        ...form.host,
        legalRepresentativeIdNumber: '52010119800101123',
        location: { latitude: '26.6', longitude: '' },
      },
      budget: [{ ...form.budget[0], amount: '300.055' }],
      staff: [{ ...EMPTY_STAFF_MEMBER, name: '周强', mobile: '1398501234' }],
      experts: [{ ...form.experts[0], idNumber: '123' }],
      agreement: { ...form.agreement, start: '2027-01-01', end: '2026-12-31' },
    });
    expect(Object.keys(problems).sort()).toEqual(
      [
        'agreement.end',
        'budget.0.amount',
        'experts.0.idNumber',
        'host.legalRepresentativeIdNumber',
        'host.location',
        'society.creditCode',
        'society.postcode',
        'staff.0.mobile',
        'stationName',
      ].sort(),
    );
    expect(problems.stationName).toBe('工作站名称至少 4 个字');
    expect(problems['budget.0.amount']).toBe('金额请填写元，最多两位小数，如 1200 或 0.05');
  });

  it('says how an amount is wrong', () => {
    expect(amountProblem('')).toBeUndefined();
    expect(amountProblem('0.05')).toBeUndefined();
    expect(amountProblem('一千')).toMatch('最多两位小数');
    expect(amountProblem(String(MAX_BUDGET_LINE_FEN / 100 + 1))).toBe('单行金额不能超过 1,000,000.00 元');
  });

  it('opens the section a field belongs to', () => {
    expect(sectionOfPath('stationName')).toBe('cover');
    expect(sectionOfPath('serviceContent')).toBe('overview');
    expect(sectionOfPath('host.location')).toBe('host');
    expect(sectionOfPath('budget.3.amount')).toBe('budget');
    expect(sectionOfPath('agreement.end')).toBe('agreement');
  });
});

describe('the tables of the form', () => {
  it('keeps exactly one station head', () => {
    const staff = [
      { ...EMPTY_STAFF_MEMBER, name: '甲', isHead: true },
      { ...EMPTY_STAFF_MEMBER, name: '乙' },
      { ...EMPTY_STAFF_MEMBER, name: '丙' },
    ];
    expect(withHead(staff, 2).map((member) => member.isHead)).toEqual([false, false, true]);
    expect(withHead(staff, 0).map((member) => member.isHead)).toEqual([true, false, false]);
  });

  it('replaces one purpose’s files and keeps the others, in the 申报书’s order', () => {
    const attachments = completeApplication().attachments;
    const file = { fileId: 'cloud://local/applications/new.pdf', name: '新方案.pdf', size: 9, kind: 'pdf' as const };
    const replaced = withAttachments(attachments, 'service_plan', [file, { ...file, name: '附表.pdf' }]);
    expect(replaced.map((attachment) => [attachment.purpose, attachment.name])).toEqual([
      ['agreement', 'agreement.pdf'],
      ['service_plan', '新方案.pdf'],
      ['service_plan', '附表.pdf'],
      ['rules', 'rules.pdf'],
      ['staff_list', 'staff_list.pdf'],
    ]);
    expect(withAttachments(attachments, 'rules', []).map((attachment) => attachment.purpose)).toEqual([
      'agreement',
      'service_plan',
      'staff_list',
    ]);
  });

  it('counts the expert table against the level: national needs 10, 5 from outside Guizhou', () => {
    expect(expertCount(expertTable(6, 4), 'national')).toEqual({
      total: 10,
      required: 10,
      outside: 4,
      requiredOutside: 5,
    });
    expect(expertCount(expertTable(2, 0), 'provincial')).toEqual({
      total: 2,
      required: 5,
      outside: 0,
      requiredOutside: 0,
    });
  });
});

describe("the server's problems by section", () => {
  const problems: ApplicationProblemView[] = [
    { code: 'APPLICATION_INCOMPLETE', section: 'host', message: '需求单位：请填写需求单位名称' },
    { code: 'AGREEMENT_TOO_SHORT', section: 'agreement', message: '项目合作协议：合作期限不足 2 年' },
    { code: 'APPLICATION_INCOMPLETE', section: 'host', message: '需求单位：请选择需求单位类型' },
  ];

  it('groups them under their sections without the section name they start with', () => {
    const grouped = problemsBySection(problems);
    expect(grouped.host).toEqual(['请填写需求单位名称', '请选择需求单位类型']);
    expect(grouped.agreement).toEqual(['合作期限不足 2 年']);
    expect(grouped.cover).toEqual([]);
    expect(Object.values(grouped).flat()).toHaveLength(3);
  });

  it('finds the first section with one in the 申报书’s order', () => {
    expect(firstProblemSection(problems)).toBe('host');
    expect(firstProblemSection([])).toBeUndefined();
  });
});

describe('the society record', () => {
  const RECORD: SocietyRecordValues = {
    supervisor: '中国科学技术协会',
    contactName: '李建国',
    contactPhone: '010-63971479',
    creditCode: '',
    headName: '',
    headTitle: '',
    address: '',
    postcode: '',
    bankAccountName: '',
    bankName: '',
    bankAccount: '',
    financeOfficer: '',
  };

  it('lets the particulars stay blank until the society applies, but not take a wrong shape', () => {
    expect(societyRecordProblems(RECORD)).toEqual({});
    expect(
      Object.keys(
        societyRecordProblems({
          ...RECORD,
          creditCode: '123',
          postcode: '5500',
          bankAccount: '账号',
          contactPhone: '',
        }),
      ).sort(),
    ).toEqual(['bankAccount', 'contactPhone', 'creditCode', 'postcode']);
    expect(societyRecordProblems({ ...RECORD, creditCode: '51100000500000566y' })).toEqual({});
  });

  it('sends the texts trimmed and the credit code in capitals', () => {
    const update = societyUpdate('soc-1', { ...RECORD, creditCode: ' 51100000500000566y ', headName: ' 王建国 ' });
    expect(update).toMatchObject({
      societyId: 'soc-1',
      details: { creditCode: '51100000500000566Y', headName: '王建国' },
    });
    expect(update).not.toHaveProperty('name');
    expect(update).not.toHaveProperty('level');
  });

  it('places a refusal of a particular at its field', () => {
    expect(societyRefusalAtField('提交的内容有误：details.postcode 应为 6 位数字')).toEqual({
      field: 'postcode',
      message: '邮编应为 6 位数字',
    });
  });
});
