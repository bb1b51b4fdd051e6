import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Room for the largest document CloudBase keeps (16 MiB of BSON) in the form wx-server-sdk sends
 * it: canonical EJSON inside a JSON string escapes some values twice, and the worst (control
 * characters, `$minKey` under a one-letter key) take about 7.5 bytes per BSON byte. Bounded so a
 * runaway client cannot exhaust memory; the file upload limits are far below it.
 */
export const MAX_BODY_BYTES = 128 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor() {
    super(`request body over ${MAX_BODY_BYTES} bytes`);
  }
}

/**
 * Past the limit the rest is read and dropped rather than the stream destroyed: the client is
 * still sending, and a reset connection would hide the answer that says why.
 */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
  return Buffer.concat(chunks);
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

export function cookie(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}
