import {
  countConfirmation,
  countConfirmedVisits,
  counterId,
  expertMarkId,
  needMarkId,
  type CountedVisit,
} from '../../cloudfunctions/api/src/domain/quotaCount';

const AT = '2026-06-01T00:00:00.000Z';
let serial = 0;
function visit(needId: string, expertOpenid: string, overrides: Partial<CountedVisit> = {}): CountedVisit {
  return {
    _id: `v${++serial}`,
    stationId: 'st-1',
    societyId: 'soc-1',
    needId,
    expertOpenid,
    year: 2026,
    month: 3,
    outOfProvince: false,
    ...overrides,
  };
}

describe('counting one confirmed visit', () => {
  it('counts a first need and a first expert, in the visit month', () => {
    const { counter, marks } = countConfirmation(null, { need: null, expert: null }, visit('n1', 'e1'), AT);
    expect(counter).toMatchObject({ _id: 'st-1:2026', needsServed: 1, experts: 1, outOfProvinceExperts: 0, visits: 1 });
    expect(counter.months[2]).toEqual({ visits: 1, needsServed: 1, experts: 1 });
    expect(marks.map((mark) => mark._id)).toEqual([needMarkId('st-1', 2026, 'n1'), expertMarkId('st-1', 2026, 'e1')]);
  });

  it('does not count a need or an expert twice in a year, but counts the visit', () => {
    const first = countConfirmation(null, { need: null, expert: null }, visit('n1', 'e1'), AT);
    const [need, expert] = first.marks;
    const second = countConfirmation(first.counter, { need, expert }, visit('n1', 'e1', { month: 4 }), AT);
    expect(second.counter).toMatchObject({ needsServed: 1, experts: 1, visits: 2 });
    expect(second.counter.months[3]).toEqual({ visits: 1, needsServed: 0, experts: 0 });
    expect(second.marks).toEqual([]);
  });

  it('counts an expert as out of province once, even when a later visit first says so', () => {
    const first = countConfirmation(null, { need: null, expert: null }, visit('n1', 'e1'), AT);
    const [need, expert] = first.marks;
    const second = countConfirmation(first.counter, { need, expert }, visit('n1', 'e1', { outOfProvince: true }), AT);
    expect(second.counter).toMatchObject({ experts: 1, outOfProvinceExperts: 1 });
    expect(second.marks).toEqual([{ ...expert, outOfProvince: true }]);
    const third = countConfirmation(
      second.counter,
      { need: null, expert: second.marks[0] },
      visit('n2', 'e1', { outOfProvince: true }),
      AT,
    );
    expect(third.counter).toMatchObject({ needsServed: 2, experts: 1, outOfProvinceExperts: 1 });
  });
});

describe('counting a run of confirmed visits', () => {
  it('keeps station-years apart and reaches the quota boundaries exactly', () => {
    const visits = [
      ...Array.from({ length: 10 }, (_, i) => visit(`n${i}`, `e${i}`, { outOfProvince: i < 5 })),
      visit('n0', 'e0', { month: 12 }),
      visit('n0', 'e0', { year: 2027, month: 1 }),
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
});
