// The server's own clock zone must not matter: run these as if the machine were in California.
process.env.TZ = 'America/Los_Angeles';

import { codeStartProblem } from '../../cloudfunctions/api/src/domain/stationCode';

describe('when a posted code may start', () => {
  // 00:30 on 1 January 2027 in Guiyang, still 31 December in UTC and in California.
  const newYear = new Date('2026-12-31T16:30:00Z');

  it.each(['2027-01-01', '2027-07-15', '2028-01-01'])('accepts %s, counting today in Asia/Shanghai', (firstDate) => {
    expect(codeStartProblem(firstDate, newYear)).toBeNull();
  });

  it.each([
    ['yesterday in Guiyang (today in UTC)', '2026-12-31', '不能早于今天'],
    ['366 days ahead', '2028-01-02', '不能晚于 2028-01-01'],
    ['a date no poster would last to', '9999-12-31', '不能晚于 2028-01-01'],
  ])('refuses %s, saying why', (_label, firstDate, words) => {
    expect(codeStartProblem(firstDate, newYear)).toContain(words);
  });

  it('counts days, so across 29 February the last start is the day before the same date next year', () => {
    const june = new Date('2027-06-01T04:00:00Z');
    expect(codeStartProblem('2028-05-31', june)).toBeNull();
    expect(codeStartProblem('2028-06-01', june)).toContain('不能晚于 2028-05-31');
  });
});
