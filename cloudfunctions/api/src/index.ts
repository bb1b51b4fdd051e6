import { callerOpenid, initCloud } from './cloud';
import { runDueJobs, type TimerEvent } from './jobs';
import { dispatch } from './router';

initCloud();

function isTimerEvent(event: unknown): event is TimerEvent {
  return typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';
}

export async function main(event: unknown): Promise<unknown> {
  const openid = callerOpenid();
  // Only the platform's trigger arrives without a caller: a mini-program cannot run the jobs.
  if (isTimerEvent(event) && !openid) return runDueJobs(event, new Date());
  return dispatch(event, openid);
}
