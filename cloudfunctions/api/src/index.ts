import { callerOpenid, initCloud } from './cloud';
import { runDueJobs, type TimerEvent } from './jobs';
import { dispatch } from './router';

initCloud();

function isTimerEvent(event: unknown): event is TimerEvent {
  return typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';
}

export async function main(event: unknown): Promise<unknown> {
  if (isTimerEvent(event)) return runDueJobs(new Date());
  return dispatch(event, callerOpenid());
}
