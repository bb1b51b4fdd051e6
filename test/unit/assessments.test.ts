import {
  assessmentRefusal,
  availableCommands,
  deadlineEnd,
  openRoundProblem,
  reportProblems,
  roundState,
  statusAfter,
} from '../../cloudfunctions/api/src/domain/assessments';
import { rosterOfYear, yearSpending } from '../../cloudfunctions/api/src/domain/assessmentFile';
import { operatedDuring } from '../../cloudfunctions/api/src/domain/stationStatus';
import type { AssessmentStatus } from '../../types/catalogue';
import type { RoleGrant, Station } from '../../types/domain';
import { completeReport } from '../support/assessments';

const shanghai = (local: string) => new Date(`${local}+08:00`);
const before = { deadline: '2027-02-28', now: shanghai('2027-02-28T23:59:00') };
const after = { deadline: '2027-02-28', now: shanghai('2027-03-01T00:00:00') };
const at = (status: AssessmentStatus) => ({ status });

describe('the assessment lifecycle', () => {
  it('lets the head save, submit and withdraw until the last day of the deadline is over, naming the date', () => {
    expect(assessmentRefusal(null, 'saveReport', before)).toBeNull();
    expect(assessmentRefusal(at('draft'), 'submit', before)).toBeNull();
    expect(assessmentRefusal(at('submitted'), 'withdraw', before)).toBeNull();
    expect(deadlineEnd('2027-02-28').toISOString()).toBe('2027-02-28T16:00:00.000Z');
    for (const command of ['saveReport', 'submit', 'withdraw'] as const) {
      const refusal = assessmentRefusal(at(command === 'withdraw' ? 'submitted' : 'draft'), command, after);
      expect(refusal).toMatchObject({ code: 'ASSESSMENT_DEADLINE_PASSED' });
      expect(refusal?.message).toContain('2027-02-28');
    }
  });

  it('walks the city through document review, inspection and verdict in order', () => {
    expect(statusAfter(at('submitted'), 'document_review')).toBe('document_reviewed');
    expect(statusAfter(at('document_reviewed'), 'inspection')).toBe('inspected');
    expect(statusAfter(at('inspected'), 'verdict', 'passed')).toBe('passed');
    expect(assessmentRefusal(at('submitted'), 'inspection', after)).toMatchObject({ code: 'ASSESSMENT_WRONG_STATUS' });
    expect(assessmentRefusal(at('document_reviewed'), 'withdraw', before)).toMatchObject({
      code: 'ASSESSMENT_WRONG_STATUS',
    });
    expect(assessmentRefusal(at('failed'), 'recommend', after)).not.toBeNull();
    expect(assessmentRefusal(at('passed'), 'recommend', after)).toBeNull();
  });

  it('concludes a station that never submitted as failed only, and only after the deadline', () => {
    expect(assessmentRefusal(null, 'verdict', before, 'failed')).toMatchObject({ code: 'ASSESSMENT_WRONG_STATUS' });
    expect(assessmentRefusal(null, 'verdict', after, 'failed')).toBeNull();
    expect(assessmentRefusal(at('draft'), 'verdict', after, 'failed')).toBeNull();
    expect(assessmentRefusal(at('draft'), 'verdict', after, 'passed')).toMatchObject({
      code: 'ASSESSMENT_WRONG_STATUS',
    });
    expect(statusAfter(null, 'verdict', 'failed')).toBe('failed');
    expect(availableCommands(null, ['city'], after)).toEqual(['verdict']);
    expect(availableCommands(null, ['city'], before)).toEqual([]);
  });

  it('lets the society comment on a draft or a submitted report, leaving the status', () => {
    expect(availableCommands(at('draft'), ['society'], before)).toEqual(['comment']);
    expect(statusAfter(at('submitted'), 'comment')).toBe('submitted');
    expect(assessmentRefusal(at('document_reviewed'), 'comment', before)).not.toBeNull();
  });

  it('shows 未开始 before the deadline and 未提交 after it for no record or a draft', () => {
    expect(roundState(null, false)).toBe('not_started');
    expect(roundState(null, true)).toBe('not_submitted');
    expect(roundState(at('draft'), false)).toBe('draft');
    expect(roundState(at('draft'), true)).toBe('not_submitted');
    expect(roundState(at('submitted'), true)).toBe('submitted');
  });
});

describe('the self-inspection report', () => {
  it('accepts a complete report', () => {
    expect(reportProblems(completeReport())).toEqual([]);
  });

  it('names every problem at once', () => {
    const report = completeReport({ narrative: '太短' });
    report.metrics.awards = { value: 2, evidence: [] };
    report.metrics.standards = { value: 1, evidence: [{ description: '', attachments: [], links: ['http://x.cn'] }] };
    report.metrics.talents = { value: 1.5, evidence: [{ description: '引进博士一名', attachments: [], links: [] }] };
    const problems = reportProblems(report);
    expect(problems).toEqual([
      expect.stringContaining('至少 50 字'),
      expect.stringContaining('培养、引进高层次人才」应为 0 到'),
      expect.stringContaining('培养、引进高层次人才」第 1 项佐证须上传附件或填写网址'),
      expect.stringContaining('制定省级及以上技术标准」第 1 项佐证须写明内容'),
      expect.stringContaining('制定省级及以上技术标准」第 1 项佐证的网址须以 https://'),
      expect.stringContaining('获市级及以上科技奖项」不为 0'),
    ]);
  });
});

describe('who is in the round', () => {
  const station = (overrides: Partial<Station>) =>
    ({ status: 'operating', createdAt: '2025-03-01T02:00:00.000Z', ...overrides }) as Station;

  it('takes stations recognised (or created) by 31 December, Asia/Shanghai', () => {
    expect(operatedDuring(station({}), 2025)).toBe(true);
    expect(operatedDuring(station({}), 2024)).toBe(false);
    expect(operatedDuring(station({ createdAt: '2025-12-31T16:30:00.000Z' }), 2025)).toBe(false);
    const recognised = { documentNumber: 'x', recognisedOn: '2024-12-20' };
    expect(operatedDuring(station({ recognition: recognised }), 2024)).toBe(true);
  });

  it('keeps a revoked or closed station in the years up to the one it ended in', () => {
    expect(operatedDuring(station({ status: 'revoked', endedYear: 2026 }), 2026)).toBe(true);
    expect(operatedDuring(station({ status: 'revoked', endedYear: 2026 }), 2027)).toBe(false);
    expect(operatedDuring(station({ status: 'closed' }), 2026)).toBe(false);
    expect(operatedDuring(station({ status: 'suspended' }), 2026)).toBe(true);
  });

  it('opens a round only once the year is frozen, with a deadline after today', () => {
    const now = shanghai('2027-01-14T12:00:00');
    expect(openRoundProblem(2026, '2027-03-01', now, null)).toMatchObject({ code: 'YEAR_NOT_CLOSED' });
    const later = shanghai('2027-01-15T00:00:00');
    expect(openRoundProblem(2026, '2027-03-01', later, null)).toBeNull();
    expect(openRoundProblem(2026, '2027-01-15', later, null)).toMatchObject({ code: 'INVALID_INPUT' });
    const frozenEarly = { _id: '2026', year: 2026, frozenAt: '2027-01-10T00:00:00.000Z', closesOn: '2027-01-10' };
    expect(openRoundProblem(2026, '2027-03-01', now, frozenEarly)).toBeNull();
  });
});

describe('the file', () => {
  it('counts roster changes within the year and the experts on it at its end', () => {
    const grant = (openid: string, role: RoleGrant['role'], grantedAt: string, extra: Partial<RoleGrant> = {}) =>
      ({ _id: openid, openid, role, grantedAt, grantedBy: 'x', ...extra }) as RoleGrant;
    const roster = rosterOfYear(
      [
        grant('a', 'expert', '2025-05-01T00:00:00.000Z'),
        grant('b', 'expert', '2026-03-01T00:00:00.000Z', { revokedAt: '2026-09-01T00:00:00.000Z' }),
        grant('c', 'expert', '2026-12-31T16:30:00.000Z'),
        grant('d', 'station_staff', '2026-02-01T00:00:00.000Z', {
          earlierPeriods: [
            {
              grantedAt: '2025-01-01T00:00:00.000Z',
              grantedBy: 'x',
              revokedAt: '2026-01-10T00:00:00.000Z',
              revokedBy: 'x',
            },
          ],
        }),
        grant('e', 'demand_unit', '2026-02-01T00:00:00.000Z'),
      ],
      new Map([['b', '李四']]),
      2026,
    );
    expect(roster.expertsAtYearEnd).toBe(1);
    expect(roster.joined.map((entry) => entry.at)).toEqual(['2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z']);
    expect(roster.left).toEqual([
      { name: '', role: 'station_staff', at: '2026-01-10T00:00:00.000Z' },
      { name: '李四', role: 'expert', at: '2026-09-01T00:00:00.000Z' },
    ]);
  });

  it('sums the year in fen with the balance at its end', () => {
    const spending = yearSpending(
      [
        { kind: 'grant', amountFen: 1_000_000 },
        { kind: 'expense', category: 'expert_travel', amountFen: 12_345 },
        { kind: 'expense', category: 'meeting', amountFen: 100 },
      ],
      [
        { kind: 'grant', amountFen: 6_000_000 },
        { kind: 'expense', amountFen: 512_445 },
        { kind: 'refund', amountFen: 1 },
      ],
    );
    expect(spending).toMatchObject({ grantedFen: 1_000_000, spentFen: 12_445, refundedFen: 0 });
    expect(spending.balanceAtYearEndFen).toBe(5_487_554);
    expect(spending.byCategory).toHaveLength(2);
  });
});
