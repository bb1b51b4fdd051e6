import { runDueJobs, type ScheduledJob } from '../../cloudfunctions/api/src/jobs';

const event = { Type: 'Timer' as const, TriggerName: 'hourly', Time: '2030-01-01T00:00:00+08:00' };

describe('a tick of the hourly trigger', () => {
  it('runs every due job even when one fails, and reports which failed', async () => {
    const ran: string[] = [];
    const job = (name: string, fail = false): ScheduledJob => ({
      name,
      async run() {
        ran.push(name);
        if (fail) throw new Error(`${name} broke`);
      },
    });
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const report = await runDueJobs(event, new Date('2026-06-01T02:00:00Z'), [job('a'), job('b', true), job('c')]);
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(report).toEqual({
      scheduled: event.Time,
      ran: ['a', 'b', 'c'],
      failed: [{ job: 'b', error: 'b broke' }],
    });
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('decides what is due from the clock it is given, not from the time the event claims', async () => {
    const runs: Date[] = [];
    const januaryOnly: ScheduledJob = {
      name: 'january',
      month: 1,
      async run(now) {
        runs.push(now);
      },
    };
    const now = new Date('2026-06-01T02:00:00Z');
    expect((await runDueJobs(event, now, [januaryOnly])).ran).toEqual([]);
    expect(runs).toEqual([]);
  });
});
