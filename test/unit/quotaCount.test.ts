import type { QuotaCounter, QuotaMark } from '../../types/domain';
import {
  countChange,
  countConfirmedVisits,
  counterId,
  expertMarkId,
  needMarkId,
  sameCount,
  sameMark,
  type CountedVisit,
} from '../../cloudfunctions/api/src/domain/quotaCount';

const AT = '2026-06-01T00:00:00.000Z';
let serial = 0;
function visit(needId: string, expertOpenid: string, overrides: Partial<CountedVisit> = {}): CountedVisit {
  serial += 1;
  const month = overrides.month ?? 3;
  return {
    _id: `v${String(serial).padStart(4, '0')}`,
    stationId: 'st-1',
    societyId: 'soc-1',
    needId,
    expertOpenid,
    year: 2026,
    month,
    outOfProvince: false,
    checkIn: { at: `2026-${String(month).padStart(2, '0')}-10T02:00:00.000Z` },
    ...overrides,
  };
}

/** The station-year's counter and marks as a store holds them, changed one visit at a time. */
class Ledger {
  counters = new Map<string, QuotaCounter>();
  marks = new Map<string, QuotaMark>();

  apply(v: CountedVisit, change: 'confirm' | 'reverse') {
    const result = countChange(
      this.counters.get(counterId(v.stationId, v.year)) ?? null,
      {
        need: this.marks.get(needMarkId(v.stationId, v.year, v.needId)) ?? null,
        expert: this.marks.get(expertMarkId(v.stationId, v.year, v.expertOpenid)) ?? null,
      },
      v,
      change,
      AT,
    );
    if (!result) return null;
    this.counters.set(result.counter._id, result.counter);
    result.put.forEach((mark) => this.marks.set(mark._id, mark));
    result.remove.forEach((id) => this.marks.delete(id));
    return result;
  }

  counter(stationId = 'st-1', year = 2026) {
    return this.counters.get(counterId(stationId, year));
  }
}

describe('counting one confirmed visit', () => {
  it('counts a first need and a first expert, in the visit month', () => {
    const ledger = new Ledger();
    const result = ledger.apply(visit('n1', 'e1'), 'confirm');
    expect(result?.counter).toMatchObject({
      _id: 'st-1:2026',
      needsServed: 1,
      experts: 1,
      outOfProvinceExperts: 0,
      visits: 1,
    });
    expect(result?.counter.months[2]).toEqual({ visits: 1, needsServed: 1, experts: 1 });
    expect(result?.put.map((mark) => mark._id)).toEqual([
      needMarkId('st-1', 2026, 'n1'),
      expertMarkId('st-1', 2026, 'e1'),
    ]);
  });

  it('does not count a need or an expert twice in a year, but counts the visit', () => {
    const ledger = new Ledger();
    ledger.apply(visit('n1', 'e1'), 'confirm');
    ledger.apply(visit('n1', 'e1', { month: 4 }), 'confirm');
    expect(ledger.counter()).toMatchObject({ needsServed: 1, experts: 1, visits: 2 });
    expect(ledger.counter()?.months[3]).toEqual({ visits: 1, needsServed: 0, experts: 0 });
  });

  it('counts an expert as out of province once, when any of their visits was', () => {
    const ledger = new Ledger();
    ledger.apply(visit('n1', 'e1'), 'confirm');
    ledger.apply(visit('n1', 'e1', { outOfProvince: true }), 'confirm');
    expect(ledger.counter()).toMatchObject({ experts: 1, outOfProvinceExperts: 1 });
    ledger.apply(visit('n2', 'e1', { outOfProvince: true }), 'confirm');
    expect(ledger.counter()).toMatchObject({ needsServed: 2, experts: 1, outOfProvinceExperts: 1 });
  });

  it('does nothing when a visit already counted is confirmed again, or one never counted is reversed', () => {
    const ledger = new Ledger();
    const first = visit('n1', 'e1');
    ledger.apply(first, 'confirm');
    expect(ledger.apply(first, 'confirm')).toBeNull();
    expect(ledger.apply(visit('n1', 'e1'), 'reverse')).toBeNull();
    expect(ledger.counter()).toMatchObject({ visits: 1, needsServed: 1 });
  });
});

describe('reversing a confirmation', () => {
  it('removes the need and the expert when it was their only visit', () => {
    const ledger = new Ledger();
    const only = visit('n1', 'e1', { outOfProvince: true });
    ledger.apply(only, 'confirm');
    const result = ledger.apply(only, 'reverse');
    expect(result?.remove).toEqual([needMarkId('st-1', 2026, 'n1'), expertMarkId('st-1', 2026, 'e1')]);
    expect(ledger.counter()).toMatchObject({ needsServed: 0, experts: 0, outOfProvinceExperts: 0, visits: 0 });
    expect(ledger.counter()?.months[2]).toEqual({ visits: 0, needsServed: 0, experts: 0 });
  });

  it('moves the need and the expert to the month of their next visit when the first is reversed', () => {
    const ledger = new Ledger();
    const march = visit('n1', 'e1', { month: 3 });
    ledger.apply(visit('n1', 'e1', { month: 5 }), 'confirm');
    ledger.apply(march, 'confirm');
    expect(ledger.counter()?.months[2]).toEqual({ visits: 1, needsServed: 1, experts: 1 });
    ledger.apply(march, 'reverse');
    expect(ledger.counter()).toMatchObject({ needsServed: 1, experts: 1, visits: 1 });
    expect(ledger.counter()?.months[2]).toEqual({ visits: 0, needsServed: 0, experts: 0 });
    expect(ledger.counter()?.months[4]).toEqual({ visits: 1, needsServed: 1, experts: 1 });
  });

  it('stops counting an expert as out of province when their only such visit is reversed', () => {
    const ledger = new Ledger();
    const away = visit('n1', 'e1', { outOfProvince: true });
    ledger.apply(visit('n2', 'e1'), 'confirm');
    ledger.apply(away, 'confirm');
    expect(ledger.counter()?.outOfProvinceExperts).toBe(1);
    ledger.apply(away, 'reverse');
    expect(ledger.counter()).toMatchObject({ needsServed: 1, experts: 1, outOfProvinceExperts: 0 });
  });
});

describe('counting a set of confirmed visits at once', () => {
  it('keeps station-years apart and reaches the quota boundaries exactly', () => {
    const visits = [
      ...Array.from({ length: 10 }, (_, i) => visit(`n${i}`, `e${i}`, { outOfProvince: i < 5 })),
      visit('n0', 'e0', { month: 12 }),
      visit('n0', 'e0', { year: 2027, month: 1, checkIn: { at: '2026-12-31T17:00:00.000Z' } }),
      visit('n0', 'e9', { stationId: 'st-2' }),
    ];
    const { counters, marks } = countConfirmedVisits(visits, AT);
    const byId = new Map(counters.map((counter) => [counter._id, counter]));
    expect(byId.get(counterId('st-1', 2026))).toMatchObject({
      needsServed: 10,
      experts: 10,
      outOfProvinceExperts: 5,
      visits: 11,
    });
    expect(byId.get(counterId('st-1', 2027))).toMatchObject({ needsServed: 1, experts: 1, visits: 1 });
    expect(byId.get(counterId('st-2', 2026))).toMatchObject({ needsServed: 1, experts: 1, visits: 1 });
    expect(marks).toHaveLength(10 * 2 + 2 + 2);
  });

  /** A small deterministic generator, so a failure can be replayed from its seed. */
  function random(seed: number) {
    let state = seed;
    return (n: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      // The high bits: an LCG's low bits repeat with a short period.
      return Math.floor((state / 2 ** 31) * n);
    };
  }

  it.each([1, 2, 3, 4, 5])(
    'agrees with one visit at a time after random confirmations and reversals (seed %i)',
    (seed) => {
      const pick = random(seed);
      const pool = Array.from({ length: 40 }, () =>
        visit(`n${pick(6)}`, `e${pick(6)}`, {
          stationId: `st-${pick(2)}`,
          month: 1 + pick(12),
          outOfProvince: pick(3) === 0,
        }),
      );
      const ledger = new Ledger();
      const confirmed = new Set<CountedVisit>();
      for (let step = 0; step < 300; step += 1) {
        const v = pool[pick(pool.length)];
        const change = confirmed.has(v) ? 'reverse' : 'confirm';
        ledger.apply(v, change);
        if (change === 'confirm') confirmed.add(v);
        else confirmed.delete(v);
      }
      const rebuilt = countConfirmedVisits([...confirmed], AT);
      const live = [...ledger.counters.values()].filter((counter) => counter.visits > 0);
      expect(live.length).toBe(rebuilt.counters.length);
      for (const counter of rebuilt.counters) expect(sameCount(ledger.counters.get(counter._id)!, counter)).toBe(true);
      expect(ledger.marks.size).toBe(rebuilt.marks.length);
      for (const mark of rebuilt.marks) expect(sameMark(ledger.marks.get(mark._id)!, mark)).toBe(true);
    },
  );
});
