import { useCallback, useRef, useState } from 'react';
import type { ActionName, ActionRequest, ActionResponse, ApiResult } from '../../types/actions';
import { callApi, newRequestId } from '../services/api';

export interface SubmitState<A extends ActionName> {
  submitting: boolean;
  /**
   * Sends one write. Its request id is made once per submission and reused when the same
   * submission (the same request) is retried after the network failed, so a write that did reach
   * the server is not made twice; any answer from the server ends that submission.
   */
  submit: (request: ActionRequest<A>) => Promise<ApiResult<ActionResponse<A>>>;
}

/** A write action, with its request id and a guard against a second tap while one is under way. */
export function useSubmit<A extends ActionName>(action: A): SubmitState<A> {
  const [submitting, setSubmitting] = useState(false);
  const pending = useRef<{ key: string; requestId: string } | null>(null);
  const busy = useRef(false);

  const submit = useCallback(
    async (request: ActionRequest<A>): Promise<ApiResult<ActionResponse<A>>> => {
      if (busy.current) return { ok: false, code: 'CONFLICT', message: '正在提交，请稍候' };
      const key = JSON.stringify(request);
      if (pending.current?.key !== key) pending.current = { key, requestId: newRequestId() };
      busy.current = true;
      setSubmitting(true);
      const result = await callApi(action, request, { requestId: pending.current.requestId });
      busy.current = false;
      setSubmitting(false);
      // Only a failure to reach the server leaves the submission open for a retry.
      if (result.ok || result.code !== 'NETWORK') pending.current = null;
      return result;
    },
    [action],
  );

  return { submitting, submit };
}
