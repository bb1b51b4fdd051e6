import { closingYear } from '../../src/utils/years';

describe('closingYear', () => {
  it('is last year from 1 January to 31 March in Asia/Shanghai, when its close can still be ahead', () => {
    // 00:30 on 1 January in Shanghai is still 31 December in UTC.
    expect(closingYear(new Date('2026-12-31T16:30:00Z'))).toBe(2026);
    expect(closingYear(new Date('2027-03-31T15:59:00Z'))).toBe(2026);
  });

  it('is null the rest of the year', () => {
    expect(closingYear(new Date('2027-03-31T16:00:00Z'))).toBeNull();
    expect(closingYear(new Date('2026-12-31T15:59:00Z'))).toBeNull();
  });
});
