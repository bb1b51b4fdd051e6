import {
  applicationParties,
  applicationProblems,
  budgetTotalFen,
  partyMatches,
} from '../../cloudfunctions/api/src/domain/application';
import type { ApplicationContent, BlacklistEntry } from '../../types/application';
import { completeApplication, expertTable } from '../support/applications';

function problemsOf(content: ApplicationContent, blacklist: BlacklistEntry[] = []) {
  return applicationProblems(content, blacklist);
}

function codes(content: ApplicationContent, blacklist: BlacklistEntry[] = []) {
  return problemsOf(content, blacklist).map((problem) => problem.code);
}

function listed(name: string, code = ''): BlacklistEntry {
  return { _id: name, name, code, kind: 'dishonest', note: '', addedAt: '2026-01-01T00:00:00Z', addedBy: 'city' };
}

describe('applicationProblems', () => {
  it('passes a complete application at each level', () => {
    expect(problemsOf(completeApplication('national'))).toEqual([]);
    expect(problemsOf(completeApplication('provincial'))).toEqual([]);
    expect(problemsOf(completeApplication('city'))).toEqual([]);
  });

  it('names every missing item at once, each with its section', () => {
    const content = completeApplication();
    content.society.bankName = ' ';
    content.host.creditCode = '123';
    content.phases = content.phases.filter((phase) => phase.phase !== 'summary');
    content.attachments = content.attachments.filter((attachment) => attachment.purpose !== 'rules');
    const messages = problemsOf(content).map((problem) => problem.message);
    expect(messages).toEqual([
      '一、申请单位基本情况：请填写开户银行',
      '需求单位：请填写正确的需求单位统一社会信用代码（18 位）',
      '三、实施步骤：请填写总结阶段的时间安排和工作内容',
      '申报材料附件：请上传相关制度',
    ]);
    expect(new Set(codes(content))).toEqual(new Set(['APPLICATION_INCOMPLETE']));
  });

  it('accepts an agreement of exactly two years and refuses one a day shorter', () => {
    const exact = completeApplication();
    exact.agreement = { ...exact.agreement, start: '2027-01-01', end: '2028-12-31' };
    expect(codes(exact)).toEqual([]);
    const short = completeApplication();
    short.agreement = { ...short.agreement, start: '2027-01-01', end: '2028-12-30' };
    expect(codes(short)).toEqual(['AGREEMENT_TOO_SHORT']);
  });

  it('holds the expert table to the level quota and, at national level, to 5 from outside Guizhou', () => {
    const national = completeApplication('national');
    national.experts = expertTable(5, 4);
    expect(problemsOf(national).map((problem) => problem.message)).toEqual([
      '进站专家信息表：国家级工作站每年须有 10 名专家服务，进站专家表只有 9 名',
      '进站专家信息表：国家级工作站的进站专家中省外专家不少于 5 名，现有 4 名',
    ]);
    national.experts = expertTable(6, 4);
    expect(codes(national)).toEqual(['EXPERTS_BELOW_QUOTA']);
    national.experts = expertTable(0, 10);
    expect(codes(national)).toEqual([]);
    const city = completeApplication('city');
    city.experts = expertTable(2, 0);
    expect(problemsOf(city).map((problem) => problem.message)).toEqual([
      '进站专家信息表：市级服务站每年须有 3 名专家服务，进站专家表只有 2 名',
    ]);
    city.experts = expertTable(3, 0);
    expect(codes(city)).toEqual([]);
  });

  it('wants exactly one station head', () => {
    const none = completeApplication();
    none.staff = none.staff.map((member) => ({ ...member, isHead: false }));
    expect(codes(none)).toEqual(['STATION_HEAD_COUNT']);
    const two = completeApplication();
    two.staff = two.staff.map((member) => ({ ...member, isHead: true }));
    expect(problemsOf(two)[0].message).toBe('站长及工作人员：指定了 2 名站长：工作站只设站长 1 名');
  });

  it('refuses a forbidden use by category or in the words of the line, quoting the rule', () => {
    const byCategory = completeApplication();
    byCategory.budget[1] = { ...byCategory.budget[1], category: 'donation' };
    const [problem] = problemsOf(byCategory);
    expect(problem.code).toBe('BUDGET_FORBIDDEN_USE');
    expect(problem.message).toContain('第 2 行用于捐款');
    expect(problem.message).toContain('不得用于生产经营成本支出或支付各种罚款、捐款、赞助、投资、福利等');
    const byWords = completeApplication();
    byWords.budget[0] = { ...byWords.budget[0], content: '站点工作人员福利' };
    expect(codes(byWords)).toEqual(['BUDGET_FORBIDDEN_USE']);
  });

  it('allows a total up to the level cap and refuses one fen more, in figures and capitals', () => {
    const national = completeApplication('national');
    national.budget = [{ ...national.budget[0], amountFen: 10_000_000 }];
    expect(codes(national)).toEqual([]);
    national.budget = [{ ...national.budget[0], amountFen: 10_000_001 }];
    expect(problemsOf(national)[0].message).toBe(
      '四、经费支出预算：经费预算合计 ￥100,000.01（壹拾万元零壹分）超过国家级工作站的补助上限 ￥100,000.00（壹拾万元整）',
    );
    const provincial = completeApplication('provincial');
    provincial.budget = [{ ...provincial.budget[0], amountFen: 5_000_001 }];
    expect(codes(provincial)).toEqual(['BUDGET_OVER_CAP']);
  });

  it('refuses a party on the list by code where both have one, else by exact name', () => {
    const content = completeApplication();
    expect(codes(content, [listed(content.host.name)])).toEqual(['PARTY_BLACKLISTED']);
    expect(codes(content, [listed('另一家公司', content.host.creditCode.toLowerCase())])).toEqual([
      'PARTY_BLACKLISTED',
    ]);
    expect(codes(content, [listed(content.host.name, '91520100MA6DKXJ99Q')])).toEqual([]);
    expect(codes(content, [listed('专家3')])).toEqual(['PARTY_BLACKLISTED']);
    expect(codes(content, [listed('专家')])).toEqual([]);
    const message = problemsOf(content, [listed('陈刚')])[0].message;
    expect(message).toBe('需求单位：需求单位法定代表人「陈刚」在失信名单中，按规定不受理申请');
  });
});

describe('partyMatches', () => {
  it('does not match an empty name to an entry known only by code', () => {
    expect(partyMatches({ role: '进站专家', name: '', code: '' }, { name: '', code: '520101199001011234' })).toBe(
      false,
    );
  });
});

describe('applicationParties and budgetTotalFen', () => {
  it('lists the society, the host, its legal representative and each expert', () => {
    const content = completeApplication('city');
    expect(applicationParties(content).map((party) => party.role)).toEqual([
      '建站学会',
      '需求单位',
      '需求单位法定代表人',
      ...content.experts.map(() => '进站专家'),
    ]);
    expect(budgetTotalFen(content)).toBe(5_000_000);
  });
});
