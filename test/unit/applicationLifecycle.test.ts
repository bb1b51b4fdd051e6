import { applicationChanges } from '../../cloudfunctions/api/src/domain/applicationChanges';
import {
  applicationRefusal,
  availableApplicationCommands,
  reviewEntryKind,
  statusAfter,
} from '../../cloudfunctions/api/src/domain/applications';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../types/catalogue';
import { completeApplication } from '../support/applications';

const at = (status: ApplicationStatus) => ({ status });

describe('the application lifecycle', () => {
  it('goes through every review step in order, one at a time', () => {
    const path: [ApplicationStatus, Parameters<typeof statusAfter>[1], ApplicationStatus][] = [
      ['draft', 'submit', 'submitted'],
      ['submitted', 'document_review', 'document_reviewed'],
      ['document_reviewed', 'inspection', 'inspected'],
      ['inspected', 'meeting', 'meeting_passed'],
      ['meeting_passed', 'recognition', 'recognised'],
      ['recognised', 'plaque', 'plaqued'],
    ];
    for (const [from, command, to] of path) {
      expect(applicationRefusal(at(from), command)).toBeNull();
      expect(statusAfter(at(from), command)).toBe(to);
    }
    expect(applicationRefusal(at('submitted'), 'inspection')).toBe('该申报当前为「待审核」，不能登记实地考察');
    expect(applicationRefusal(at('document_reviewed'), 'recognition')).not.toBeNull();
  });

  it('lets the city send back or refuse only before recognition', () => {
    for (const status of APPLICATION_STATUSES) {
      const open = ['submitted', 'document_reviewed', 'inspected', 'meeting_passed'].includes(status);
      expect(applicationRefusal(at(status), 'return') === null).toBe(open);
      expect(applicationRefusal(at(status), 'refuse') === null).toBe(open);
    }
    expect(statusAfter(at('inspected'), 'return')).toBe('returned');
    expect(reviewEntryKind('refuse')).toBe('refused');
    expect(reviewEntryKind('submit')).toBeNull();
  });

  it('lets the society edit and submit a draft or a returned application, nothing else', () => {
    expect(availableApplicationCommands(at('returned'), ['society'])).toEqual(['edit', 'submit']);
    expect(availableApplicationCommands(at('submitted'), ['society'])).toEqual([]);
    expect(availableApplicationCommands(at('refused'), ['society', 'city'])).toEqual([]);
    expect(availableApplicationCommands(at('submitted'), ['city'])).toEqual(['document_review', 'return', 'refuse']);
  });
});

describe('applicationChanges', () => {
  it('names what changed between two versions, in the 申报书’s order', () => {
    const before = completeApplication();
    const after = completeApplication();
    after.budget[1] = { ...after.budget[1], amountFen: 2_500_000 };
    after.society.bankName = '中国银行北京分行';
    after.experts = after.experts.slice(0, 9);
    expect(applicationChanges(before, after)).toEqual([
      { section: 'society', item: '开户银行', before: '中国工商银行北京海淀支行', after: '中国银行北京分行' },
      { section: 'budget', item: '第 2 行 金额', before: '￥20,000.00', after: '￥25,000.00' },
      { section: 'experts', item: '第 10 位专家', before: '专家10 · 中南大学 · 教授 · 铝加工 · 湖南省', after: '' },
    ]);
    expect(applicationChanges(before, completeApplication())).toEqual([]);
  });
});
