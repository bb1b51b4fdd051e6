import type { ActionName, ApiResult } from '../../../types/actions';
import { actions } from './actions';
import type { ActionDefinition } from './actions/types';
import { callerContext } from './context';
import { AppError, ERROR_MESSAGES, invalidInput } from './errors';
import { findRequest, requestKey } from './store/transaction';
import { text } from './validate';

const parseRequestId = text(8, 64, { pattern: /^[\w.:-]+$/, description: '格式不正确' });

export function isActionName(name: unknown): name is ActionName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(actions, name);
}

/** Turns any client event into exactly one envelope; nothing thrown escapes to the platform. */
export async function dispatch(event: unknown, openid: string): Promise<ApiResult<unknown>> {
  try {
    if (typeof event !== 'object' || event === null) throw invalidInput('请求格式不正确');
    const { action, data, requestId } = event as { action?: unknown; data?: unknown; requestId?: unknown };
    if (!isActionName(action))
      throw new AppError('UNKNOWN_ACTION', `${ERROR_MESSAGES.UNKNOWN_ACTION}（${String(action)}）`);
    if (!openid) throw new AppError('UNAUTHENTICATED');
    const definition = actions[action] as ActionDefinition<ActionName>;
    const input = definition.parse(data, 'data');
    if (!definition.write) return { ok: true, data: await definition.handle(input, callerContext(openid)) };

    const key = requestKey(openid, parseRequestId(requestId, 'requestId'));
    const replay = await findRequest(key);
    if (replay) {
      if (replay.action !== action) throw invalidInput('requestId 已用于另一项操作');
      return { ok: true, data: replay.result };
    }
    return { ok: true, data: await definition.handle(input, callerContext(openid, { request: { key, action } })) };
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): ApiResult<never> {
  if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
  console.error('api: unexpected failure', error);
  return { ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
}
