import {
  addSums,
  balanceFen,
  expenseRefusal,
  grantHistoryRefusal,
  grantRefusal,
  NO_MOVEMENT,
  refundDueFen,
  refundRefusal,
  sumEntries,
  totalsOf,
  withEntry,
  type LedgerSums,
} from '../../cloudfunctions/api/src/domain/ledger';
import { FORBIDDEN_EXPENSE_RULE, LEVEL_SUBSIDY_CAP_FEN } from '../../types/catalogue';

const TODAY = '2026-05-20';
const granted = (fen: number): LedgerSums => withEntry(NO_MOVEMENT, { kind: 'grant', amountFen: fen });
const expense = {
  category: 'consulting' as const,
  amountFen: 120_050,
  date: '2026-05-18',
  payee: '贵州工业大学',
  note: '铝液除气工艺咨询',
};

describe('the sums and the balance', () => {
  it('adds grants, expenses by category and refunds, exact to the fen', () => {
    const sums = sumEntries([
      { kind: 'grant', amountFen: 5_000_000 },
      { kind: 'expense', amountFen: 120_050, category: 'consulting' },
      { kind: 'expense', amountFen: 33_301, category: 'expert_travel' },
      { kind: 'expense', amountFen: 1, category: 'consulting' },
      { kind: 'refund', amountFen: 100 },
    ]);
    expect(totalsOf(sums)).toEqual({
      grantedFen: 5_000_000,
      spentFen: 153_352,
      refundedFen: 100,
      balanceFen: 4_846_548,
      // The catalogue's order, not the order spent.
      byCategory: [
        { category: 'expert_travel', amountFen: 33_301 },
        { category: 'consulting', amountFen: 120_051 },
      ],
    });
  });

  it('stays exact to the fen after a long random sequence of grants, expenses and refunds', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    let expected = 0;
    let sums = NO_MOVEMENT;
    for (let i = 0; i < 5000; i += 1) {
      const kind = (['grant', 'expense', 'refund'] as const)[random(3)];
      const amountFen = 1 + random(9_999_999);
      // Only what the rules let through: nothing spent or returned beyond the balance.
      if (kind !== 'grant' && amountFen > balanceFen(sums)) continue;
      sums = withEntry(sums, { kind, amountFen, category: 'meeting' });
      expected += kind === 'grant' ? amountFen : -amountFen;
    }
    expect(balanceFen(sums)).toBe(expected);
    expect(Number.isSafeInteger(balanceFen(sums))).toBe(true);
    expect(sums.spentFen).toBe(sums.byCategory.meeting ?? 0);
  });

  it('adds stations together for the overview', () => {
    const one = sumEntries([
      { kind: 'grant', amountFen: 100 },
      { kind: 'expense', amountFen: 30, category: 'books' },
    ]);
    const two = sumEntries([
      { kind: 'grant', amountFen: 50 },
      { kind: 'expense', amountFen: 5, category: 'books' },
      { kind: 'expense', amountFen: 7, category: 'training' },
    ]);
    expect(addSums([one, two])).toEqual({
      grantedFen: 150,
      spentFen: 42,
      refundedFen: 0,
      byCategory: { training: 7, books: 35 },
    });
  });
});

describe('an expense', () => {
  it('is recorded within the balance, up to the last fen', () => {
    expect(expenseRefusal(expense, granted(120_050), TODAY)).toBeNull();
  });

  it('is refused above the balance, naming the balance in yuan and in capitals', () => {
    const refusal = expenseRefusal(expense, granted(120_049), TODAY);
    expect(refusal).toMatchObject({ code: 'BALANCE_INSUFFICIENT', field: 'amountFen' });
    expect(refusal?.message).toContain('￥1,200.49（壹仟贰佰元肆角玖分）');
  });

  it('refuses a forbidden category with the rule', () => {
    const refusal = expenseRefusal({ ...expense, category: 'fine' as never }, granted(1_000_000), TODAY);
    expect(refusal).toMatchObject({ code: 'EXPENSE_FORBIDDEN_USE', field: 'category' });
    expect(refusal?.message).toContain(FORBIDDEN_EXPENSE_RULE);
  });

  it('refuses a forbidden use named in the note or the payee, at that field', () => {
    expect(expenseRefusal({ ...expense, note: '员工节日福利' }, granted(1_000_000), TODAY)).toMatchObject({
      code: 'EXPENSE_FORBIDDEN_USE',
      field: 'note',
      message: expect.stringContaining('「福利」'),
    });
    expect(expenseRefusal({ ...expense, payee: '某赞助单位' }, granted(1_000_000), TODAY)).toMatchObject({
      code: 'EXPENSE_FORBIDDEN_USE',
      field: 'payee',
    });
  });

  it('refuses a category that is neither allowed nor forbidden, nothing, and a day after today', () => {
    expect(expenseRefusal({ ...expense, category: 'party' as never }, granted(1), TODAY)?.field).toBe('category');
    expect(expenseRefusal({ ...expense, amountFen: 0 }, granted(1), TODAY)?.field).toBe('amountFen');
    expect(expenseRefusal({ ...expense, amountFen: 1.5 }, granted(10), TODAY)?.field).toBe('amountFen');
    expect(expenseRefusal({ ...expense, date: '2026-05-21' }, granted(1_000_000), TODAY)?.field).toBe('date');
    expect(expenseRefusal({ ...expense, date: TODAY }, granted(1_000_000), TODAY)).toBeNull();
  });
});

describe('a grant', () => {
  const cap = LEVEL_SUBSIDY_CAP_FEN.national;
  const grant = { grantKind: 'annual' as const, assessmentYear: 2025, amountFen: cap, date: TODAY };

  it('at the cap needs no reason; below it needs one', () => {
    expect(grantRefusal(grant, cap, TODAY)).toBeNull();
    expect(grantRefusal({ ...grant, amountFen: cap - 1 }, cap, TODAY)).toMatchObject({ field: 'reason' });
    expect(grantRefusal({ ...grant, amountFen: cap - 1, reason: '考核合格，择优补助' }, cap, TODAY)).toBeNull();
    expect(grantRefusal({ ...grant, amountFen: cap + 1 }, cap, TODAY)).toMatchObject({ field: 'amountFen' });
  });

  it('for a later year names a finished assessment year', () => {
    expect(grantRefusal({ ...grant, assessmentYear: undefined }, cap, TODAY)).toMatchObject({
      field: 'assessmentYear',
    });
    expect(grantRefusal({ ...grant, assessmentYear: 2026 }, cap, TODAY)).toMatchObject({ field: 'assessmentYear' });
    expect(grantRefusal({ ...grant, grantKind: 'recognition', assessmentYear: undefined }, cap, TODAY)).toBeNull();
  });
});

describe('a refund', () => {
  const sums = withEntry(granted(5_000_000), { kind: 'expense', amountFen: 1_000_001, category: 'training' });

  it('is due from a stopped station only, the whole balance', () => {
    expect(refundDueFen('revoked', sums)).toBe(3_999_999);
    expect(refundDueFen('closed', sums)).toBe(3_999_999);
    expect(refundDueFen('operating', sums)).toBeNull();
    expect(refundDueFen('suspended', sums)).toBeNull();
    expect(refundDueFen('revoked', NO_MOVEMENT)).toBeNull();
  });

  it('is refused while the station runs', () => {
    expect(refundRefusal({ amountFen: 1, date: TODAY }, 'suspended', sums, TODAY)).toMatchObject({
      code: 'STATION_WRONG_STATUS',
    });
  });

  it('takes the whole balance, a part with a reason, and never more', () => {
    expect(refundRefusal({ amountFen: 3_999_999, date: TODAY }, 'revoked', sums, TODAY)).toBeNull();
    expect(refundRefusal({ amountFen: 1_000_000, date: TODAY }, 'revoked', sums, TODAY)).toMatchObject({
      field: 'reason',
    });
    expect(
      refundRefusal({ amountFen: 1_000_000, date: TODAY, reason: '已签订的培训合同尚待支付' }, 'closed', sums, TODAY),
    ).toBeNull();
    expect(refundRefusal({ amountFen: 4_000_000, date: TODAY }, 'revoked', sums, TODAY)).toMatchObject({
      code: 'BALANCE_INSUFFICIENT',
    });
  });
});

describe('what a grant rests on', () => {
  const annual = { grantKind: 'annual' as const, assessmentYear: 2025 };
  it('grants a later year only after that year’s assessment passed, and once', () => {
    expect(grantHistoryRefusal(annual, { verdict: null, sameGrants: 0 })?.message).toContain('尚未评定合格');
    expect(grantHistoryRefusal(annual, { verdict: 'failed', sameGrants: 0 })?.message).toContain('不合格');
    expect(grantHistoryRefusal(annual, { verdict: 'passed', sameGrants: 0 })).toBeNull();
    expect(grantHistoryRefusal(annual, { verdict: 'passed', sameGrants: 1 })?.field).toBe('assessmentYear');
  });
  it('grants the recognition subsidy once', () => {
    expect(grantHistoryRefusal({ grantKind: 'recognition' }, { verdict: null, sameGrants: 0 })).toBeNull();
    expect(grantHistoryRefusal({ grantKind: 'recognition' }, { verdict: null, sameGrants: 1 })?.field).toBe(
      'grantKind',
    );
  });
});
