import { db } from './db';
import { isConflict, runTransaction } from './transaction';

interface CodeAttempts {
  _id: string;
  wrong: number;
}

/** Wrong codes are counted per expert in ten-minute windows. */
const WINDOW_MS = 10 * 60_000;
const MAX_WRONG_CODES = 5;
/** Guesses sent at once conflict on the counter; each tries again, with a short random pause, until counted. */
const ATTEMPTS_TO_COUNT = 20;

function windowKey(openid: string, now: Date): string {
  return `${openid}:${Math.floor(now.getTime() / WINDOW_MS)}`;
}

export type CodeAttemptVerdict = 'allowed' | 'counted' | 'exceeded';

/**
 * Checks the expert's limit and, for a wrong code, counts it, in one transaction: guesses sent at
 * once cannot all pass a limit read before any of them was counted. A right code only reads.
 */
export async function recordCodeAttempt(openid: string, now: Date, wrong: boolean): Promise<CodeAttemptVerdict> {
  const id = windowKey(openid, now);
  if (!wrong) {
    const { data } = await db().collection<CodeAttempts>('codeAttempts').doc(id).get();
    return (data?.wrong ?? 0) >= MAX_WRONG_CODES ? 'exceeded' : 'allowed';
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await runTransaction(async (tx) => {
        const attempts = tx.collection<CodeAttempts>('codeAttempts');
        const { data } = await attempts.doc(id).get();
        const counted = data?.wrong ?? 0;
        if (counted >= MAX_WRONG_CODES) return 'exceeded';
        if (data) await attempts.doc(id).update({ data: { wrong: counted + 1 } });
        else await attempts.add({ data: { _id: id, wrong: 1 } });
        return 'counted';
      });
    } catch (error) {
      if (!isConflict(error) || attempt >= ATTEMPTS_TO_COUNT) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
    }
  }
}
