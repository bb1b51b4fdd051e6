// The server's own clock zone must not matter: these run as if the machine were in California.
process.env.TZ = 'America/Los_Angeles';

import {
  closeDateOf,
  closeInstant,
  closeMoveProblem,
  frozenMessage,
  isYearFinal,
  isYearFrozen,
  mayStillBeOpen,
} from '../../cloudfunctions/api/src/domain/quotaYear';
import type { QuotaYear } from '../../types/domain';

const at = (shanghai: string) => new Date(`${shanghai}+08:00`);
const record = (fields: Partial<QuotaYear>): QuotaYear => ({ _id: '2026', year: 2026, ...fields });

describe('a year closes at 00:00 Asia/Shanghai on its close date', () => {
  it('closes on 15 January of the next year unless moved', () => {
    expect(closeDateOf(2026)).toBe('2027-01-15');
    expect(closeDateOf(2026, record({ closesOn: '2027-02-28' }))).toBe('2027-02-28');
    expect(closeInstant('2027-01-15').toISOString()).toBe('2027-01-14T16:00:00.000Z');
  });

  it('is open on 14 January at 23:59:59 and frozen at 00:00 on the 15th', () => {
    expect(isYearFrozen(2026, at('2027-01-14T23:59:59'))).toBe(false);
    expect(isYearFrozen(2026, at('2027-01-15T00:00:00'))).toBe(true);
  });

  it('honours a moved close, earlier or later', () => {
    const march = record({ closesOn: '2027-03-01' });
    expect(isYearFrozen(2026, at('2027-02-28T23:59:00'), march)).toBe(false);
    expect(isYearFrozen(2026, at('2027-03-01T00:00:00'), march)).toBe(true);
    const early = record({ closesOn: '2027-01-05' });
    expect(isYearFrozen(2026, at('2027-01-05T00:00:00'), early)).toBe(true);
  });

  it('stays frozen once the job has frozen it, whatever the clock says', () => {
    expect(isYearFrozen(2026, at('2027-01-02T00:00:00'), record({ frozenAt: '2027-01-01T16:00:00.000Z' }))).toBe(true);
  });

  it('is final from 1 January, while it is still open', () => {
    expect(isYearFinal(2026, at('2026-12-31T23:59:59'))).toBe(false);
    expect(isYearFinal(2026, at('2027-01-01T00:00:00'))).toBe(true);
    expect(isYearFrozen(2026, at('2027-01-01T00:20:00'))).toBe(false);
  });

  it('names the close date when it refuses', () => {
    expect(frozenMessage(2026, '2027-01-15')).toContain('2026 年度的任务数据已于 2027-01-15 封存');
  });
});

describe('the city admin moves a close date', () => {
  const now = at('2026-12-01T10:00:00');
  it('to any date from 1 January to 31 March of the next year', () => {
    expect(closeMoveProblem(2026, '2027-01-01', now)).toBeNull();
    expect(closeMoveProblem(2026, '2027-03-31', now)).toBeNull();
    expect(closeMoveProblem(2026, '2026-12-31', now)).toContain('1 月 1 日至 3 月 31 日');
    expect(closeMoveProblem(2026, '2027-04-01', now)).toContain('1 月 1 日至 3 月 31 日');
  });

  it('not to a date that has already begun', () => {
    expect(closeMoveProblem(2026, '2027-01-10', at('2027-01-10T00:00:00'))).toContain('已经到了');
    expect(closeMoveProblem(2026, '2027-01-11', at('2027-01-10T23:59:00'))).toBeNull();
  });
});

describe('whether a year may still be open, whatever its record says', () => {
  it('until the latest close a city admin may set begins: 00:00 on 31 March', () => {
    expect(mayStillBeOpen(2026, at('2026-12-01T10:00:00'))).toBe(true);
    expect(mayStillBeOpen(2026, at('2027-03-30T23:59:00'))).toBe(true);
    expect(mayStillBeOpen(2026, at('2027-03-31T00:00:00'))).toBe(false);
    // A close moved to its latest date freezes the year at that moment too.
    expect(isYearFrozen(2026, at('2027-03-31T00:00:00'), record({ closesOn: '2027-03-31' }))).toBe(true);
  });
});
