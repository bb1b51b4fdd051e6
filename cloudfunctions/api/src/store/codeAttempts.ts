import { db } from './db';
import { runTransaction } from './transaction';

interface CodeAttempts {
  _id: string;
  wrong: number;
}

/** Wrong codes are counted per expert in ten-minute windows. */
const WINDOW_MS = 10 * 60_000;
export const MAX_WRONG_CODES = 5;
/** Guesses sent at once conflict on the counter; each retries so that every one is counted. */
const ATTEMPTS_TO_COUNT = 5;

function windowKey(openid: string, now: Date): string {
  return `${openid}:${Math.floor(now.getTime() / WINDOW_MS)}`;
}

export async function wrongCodesIn(openid: string, now: Date): Promise<number> {
  const { data } = await db().collection<CodeAttempts>('codeAttempts').doc(windowKey(openid, now)).get();
  return data?.wrong ?? 0;
}

export async function countWrongCode(openid: string, now: Date): Promise<void> {
  const id = windowKey(openid, now);
  for (let attempt = 1; ; attempt++) {
    try {
      await runTransaction(async (tx) => {
        const attempts = tx.collection<CodeAttempts>('codeAttempts');
        const { data } = await attempts.doc(id).get();
        if (data) await attempts.doc(id).update({ data: { wrong: data.wrong + 1 } });
        else await attempts.add({ data: { _id: id, wrong: 1 } });
      });
      return;
    } catch (error) {
      if (attempt >= ATTEMPTS_TO_COUNT) throw error;
    }
  }
}
