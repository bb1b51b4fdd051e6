import { useCallback, useRef, useState } from 'react';
import type { QuotaRebuildReport } from '../../types/actions';
import { callApi, newRequestId } from '../services/api';

export interface RebuildTotals {
  checked: number;
  stationsTotal: number;
  visits: number;
  repairedStations: number;
  marksWritten: number;
  marksRemoved: number;
}

export interface QuotaRebuildState {
  running: boolean;
  totals: RebuildTotals | null;
  done: boolean;
  error: string | null;
  /** Starts from the first station, or goes on from where a failure stopped it. */
  run: (year: number) => void;
}

const add = (totals: RebuildTotals | null, batch: QuotaRebuildReport): RebuildTotals => ({
  checked: (totals?.checked ?? 0) + batch.stations,
  stationsTotal: batch.stationsTotal,
  visits: (totals?.visits ?? 0) + batch.visits,
  repairedStations: (totals?.repairedStations ?? 0) + batch.repairedStations,
  marksWritten: (totals?.marksWritten ?? 0) + batch.marksWritten,
  marksRemoved: (totals?.marksRemoved ?? 0) + batch.marksRemoved,
});

/**
 * Drives `quotas.rebuild` batch after batch, summing what each found. A batch that fails is
 * retried with the same request id when the person taps again, so it is never applied twice.
 */
export function useQuotaRebuild(): QuotaRebuildState {
  const [running, setRunning] = useState(false);
  const [totals, setTotals] = useState<RebuildTotals | null>(null);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resume = useRef<{ year: number; after?: string; requestId: string; totals: RebuildTotals | null } | null>(null);

  const run = useCallback(async (year: number) => {
    let step = resume.current?.year === year ? resume.current : { year, requestId: newRequestId(), totals: null };
    setRunning(true);
    setDone(false);
    setError(null);
    setTotals(step.totals);
    for (;;) {
      const result = await callApi(
        'quotas.rebuild',
        { year, ...(step.after && { after: step.after }) },
        { requestId: step.requestId },
      );
      if (!result.ok) {
        resume.current = step;
        setError(result.message);
        setRunning(false);
        return;
      }
      const sum = add(step.totals, result.data);
      setTotals(sum);
      if (result.data.next === null) {
        resume.current = null;
        setDone(true);
        setRunning(false);
        return;
      }
      step = { year, after: result.data.next, requestId: newRequestId(), totals: sum };
    }
  }, []);

  return { running, totals, done, error, run: (year) => void run(year) };
}
