import { useCallback, useEffect, useState } from 'react';
import {
  dismissEntry,
  flushOutbox,
  isFlushing,
  keptEntries,
  onOutboxChange,
  type FlushSummary,
} from '../services/outbox';
import type { OutboxEntry } from '../utils/outboxQueue';

export interface OutboxState {
  /** Everything kept on the phone: waiting to send, or refused and shown until dismissed. */
  entries: OutboxEntry[];
  flushing: boolean;
  flush: () => Promise<FlushSummary>;
  dismiss: (requestId: string) => void;
}

/** The check-ins and check-outs kept on the phone, kept current as they are sent or refused. */
export function useOutbox(): OutboxState {
  const [entries, setEntries] = useState(keptEntries);
  const [flushing, setFlushing] = useState(isFlushing);

  useEffect(() => {
    const refresh = () => {
      setEntries(keptEntries());
      setFlushing(isFlushing());
    };
    // A change between the first render and this subscription would otherwise be missed.
    refresh();
    return onOutboxChange(refresh);
  }, []);

  const flush = useCallback(() => flushOutbox(), []);

  return { entries, flushing, flush, dismiss: dismissEntry };
}
