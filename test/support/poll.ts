/**
 * Until `read` gives a value (a state the database reaches after a tap: a write may land after
 * the page has moved on), asking every `everyMs` for up to 15 s.
 */
export async function waitFor<T>(read: () => Promise<T | undefined>, what: string, everyMs = 200): Promise<T> {
  for (let i = 0; i < 15_000 / everyMs; i++) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`${what} did not happen`);
}
