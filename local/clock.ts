/**
 * The runtime's clock: real time, or real time shifted so that it reads a chosen instant and
 * runs on from there. Tests move it to a year's last minutes or to the day a year closes; the
 * function instances and `serverDate()` read the same shifted time, so the function code under
 * test keeps calling `new Date()` as it does in production.
 */
export class LocalClock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** `null` goes back to real time. */
  set(at: Date | string | null): void {
    this.offsetMs = at === null ? 0 : new Date(at).getTime() - Date.now();
    if (Number.isNaN(this.offsetMs)) throw new Error(`not an instant: ${String(at)}`);
  }

  offset(): number {
    return this.offsetMs;
  }
}
