import { useCallback, useEffect, useRef, useState } from 'react';
import { currentFix, type Fix } from '../services/location';

export interface LocationFixState {
  fix: Fix | null;
  locating: boolean;
  /** Why there is no fix (permission, GPS off), in words. */
  problem: string | null;
  /** Takes a fresh fix and answers it (or null), so a check-in uses the moment's position. */
  locate: () => Promise<Fix | null>;
}

/** The phone's position, taken when the page opens and again on demand. */
export function useLocationFix(): LocationFixState {
  const [fix, setFix] = useState<Fix | null>(null);
  const [locating, setLocating] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(0);

  const locate = useCallback(async () => {
    const call = ++latest.current;
    setLocating(true);
    const result = await currentFix();
    if (call !== latest.current) return result.ok ? result.fix : null;
    setLocating(false);
    if (result.ok) {
      setFix(result.fix);
      setProblem(null);
      return result.fix;
    }
    setProblem(result.message);
    return null;
  }, []);

  useEffect(() => {
    void locate();
  }, [locate]);

  return { fix, locating, problem, locate };
}
