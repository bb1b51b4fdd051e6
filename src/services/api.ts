import Taro from '@tarojs/taro';
import type { ActionName, ActionRequest, ActionResponse, ApiEvent, ApiResult } from '../../types/actions';

/** The one cloud function the mini-program talks to. */
const FUNCTION_NAME = 'api';
/** The local CloudBase runtime's function endpoint (H5 build only). */
const LOCAL_FUNCTION_URL = '/__local/functions/api';

export const NETWORK_FAILURE: ApiResult<never> = {
  ok: false,
  code: 'NETWORK',
  message: '网络不可用，请检查网络后重试',
};

const BAD_RESPONSE: ApiResult<never> = {
  ok: false,
  code: 'INTERNAL',
  message: '服务暂时不可用，请稍后重试',
};

export interface CallOptions {
  /** Required on writes: replaying it returns the first outcome and writes nothing. */
  requestId?: string;
}

/**
 * The only way the app reaches the back end. Every outcome is an envelope: failures of the
 * network or of the platform never throw, they come back as `{ ok: false, code, message }`.
 */
export async function callApi<A extends ActionName>(
  action: A,
  data: ActionRequest<A>,
  opts: CallOptions = {},
): Promise<ApiResult<ActionResponse<A>>> {
  const event: ApiEvent<A> = opts.requestId ? { action, data, requestId: opts.requestId } : { action, data };
  let raw: unknown;
  try {
    if (process.env.TARO_ENV === 'h5') {
      // Same-origin POST to the local runtime; its session cookie carries the demo identity.
      const response = await fetch(LOCAL_FUNCTION_URL, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
      });
      raw = await response.json().catch(() => undefined);
      if (!isEnvelope(raw)) return response.status >= 500 ? BAD_RESPONSE : NETWORK_FAILURE;
    } else {
      const { result } = await Taro.cloud.callFunction({
        name: FUNCTION_NAME,
        data: event as unknown as Record<string, unknown>,
      });
      raw = result;
    }
  } catch {
    return NETWORK_FAILURE;
  }
  return isEnvelope(raw) ? (raw as ApiResult<ActionResponse<A>>) : BAD_RESPONSE;
}

/** A fresh id for a write, so a retried tap never writes twice. */
export function newRequestId(): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36)}-${random}`;
}

function isEnvelope(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const envelope = value as { ok?: unknown; code?: unknown; message?: unknown };
  if (envelope.ok === true) return 'data' in envelope;
  return envelope.ok === false && typeof envelope.code === 'string' && typeof envelope.message === 'string';
}
