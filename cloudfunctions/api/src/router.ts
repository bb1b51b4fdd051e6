import type { ActionName, ApiResult } from '../../../types/actions';
import { actions } from './actions';
import type { ActionDefinition } from './actions/types';
import { callerContext, type CallerContext } from './context';
import { AppError, ERROR_MESSAGES, invalidInput } from './errors';
import { claimRequest, recordOutcome, releaseRequest, requestKey } from './store/requests';
import { text } from './validate';

const parseRequestId = text(8, 64, { pattern: /^[\w.:-]+$/, description: '格式不正确' });
/** Longer than any action name; what is echoed back of an unknown one stays short. */
const MAX_ACTION_NAME = 64;

export function isActionName(name: unknown): name is ActionName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(actions, name);
}

function unknownAction(action: unknown): AppError {
  const shown = typeof action === 'string' && action.length <= MAX_ACTION_NAME ? `（${action}）` : '';
  return new AppError('UNKNOWN_ACTION', `${ERROR_MESSAGES.UNKNOWN_ACTION}${shown}`);
}

/** Turns any client event into exactly one envelope; nothing thrown escapes to the platform. */
export async function dispatch(event: unknown, openid: string): Promise<ApiResult<unknown>> {
  try {
    if (typeof event !== 'object' || event === null) throw invalidInput('请求格式不正确');
    const { action, data, requestId } = event as { action?: unknown; data?: unknown; requestId?: unknown };
    if (!isActionName(action)) throw unknownAction(action);
    if (!openid) throw new AppError('UNAUTHENTICATED');
    const definition = actions[action] as ActionDefinition<ActionName>;
    const input = definition.parse(data, 'data');
    if (!definition.write) return { ok: true, data: await definition.handle(input, callerContext(openid)) };
    const request = { key: requestKey(openid, parseRequestId(requestId, 'requestId')), action };
    return { ok: true, data: await runWrite(definition, input, callerContext(openid, { request }), request) };
  } catch (error) {
    return failure(error);
  }
}

/**
 * A write runs once per request id. A twin sent while the first call is still running (a double
 * tap, a weak network's retry, the offline queue) waits for its outcome instead of racing it, and
 * a replay gets the recorded result; a refusal leaves nothing, so a corrected retry runs again.
 */
async function runWrite(
  definition: ActionDefinition<ActionName>,
  input: unknown,
  caller: CallerContext,
  request: NonNullable<CallerContext['request']>,
): Promise<unknown> {
  const { key, action } = request;
  const claim = await claimRequest(key, action, caller.now);
  if (claim.kind === 'running') throw new AppError('REQUEST_IN_PROGRESS');
  if (claim.kind === 'settled') {
    if (claim.record.action !== action) throw invalidInput('requestId 已用于另一项操作');
    return claim.record.result;
  }
  try {
    const result = await definition.handle(input as never, caller);
    if (!request.recorded) await recordOutcome(key, action, result, caller.now);
    return result;
  } catch (error) {
    if (!request.recorded) await releaseRequest(key).catch(() => undefined);
    throw error;
  }
}

function failure(error: unknown): ApiResult<never> {
  if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
  console.error('api: unexpected failure', error);
  return { ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
}
