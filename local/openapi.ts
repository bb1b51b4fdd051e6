import protobuf from 'protobufjs';

/*
 * wx-server-sdk sends `cloud.openapi.*` calls as `wx.openApi` with a protobuf `CommApiData`
 * (the parameters as key/JSON-value pairs) and decodes a protobuf `CommOpenApiResp`.
 * Field numbers as in the SDK's bundled openapi.js.
 */
const schema = protobuf.parse(`
  syntax = "proto3";
  message KeyValuePair { string key = 1; bytes value = 2; string contenttype = 3; string filename = 4; }
  message OpenApiData { repeated KeyValuePair pairs = 1; }
  message CommApiData { int32 apiType = 1; OpenApiData openapiData = 2; string appid = 6; }
  message CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3; uint32 httpCode = 4; }
`).root;
const CommApiData = schema.lookupType('CommApiData');
const CommOpenApiResp = schema.lookupType('CommOpenApiResp');

export interface OpenApiCall {
  api: string;
  /** The parameters as WeChat receives them (snake_case). */
  data: Record<string, unknown>;
  at: string;
}

/** A 1×1 PNG: enough for a page to show "the mini-program code" and for tests to check the type. */
const PLACEHOLDER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export class LocalOpenApi {
  private readonly calls: OpenApiCall[] = [];
  private rejectWords: string[] = [];

  recorded(): OpenApiCall[] {
    return [...this.calls];
  }

  setRejectWords(words: string[]): void {
    this.rejectWords = [...words];
  }

  /** Answers one `wx.openApi` request; the result is the protobuf body to send back. */
  answer(apiName: string, requestData: Buffer): Buffer {
    const message = CommApiData.toObject(CommApiData.decode(requestData), { bytes: Buffer }) as {
      openapiData?: { pairs?: { key: string; value: Buffer }[] };
    };
    const data = Object.fromEntries(
      (message.openapiData?.pairs ?? []).map(({ key, value }) => [key, JSON.parse(value.toString('utf8')) as unknown]),
    );
    this.calls.push({ api: apiName, data, at: new Date().toISOString() });
    const { body, contentType } = this.respond(apiName, data);
    return Buffer.from(
      CommOpenApiResp.encode(CommOpenApiResp.create({ respData: body, contentType, httpCode: 200 })).finish(),
    );
  }

  private respond(apiName: string, data: Record<string, unknown>): { body: Buffer; contentType: string } {
    const json = (value: object) => ({ body: Buffer.from(JSON.stringify(value)), contentType: 'application/json' });
    switch (apiName) {
      case 'security.msgSecCheck': {
        const content = String(data.content ?? '');
        const hit = this.rejectWords.find((word) => content.includes(word));
        return json({
          errcode: 0,
          errmsg: 'ok',
          result: hit ? { suggest: 'risky', label: 20001 } : { suggest: 'pass', label: 100 },
          detail: [
            {
              strategy: 'content_model',
              errcode: 0,
              suggest: hit ? 'risky' : 'pass',
              label: hit ? 20001 : 100,
              keyword: hit ?? '',
            },
          ],
          trace_id: `local-${this.calls.length}`,
        });
      }
      case 'subscribeMessage.send':
        return json({ errcode: 0, errmsg: 'ok' });
      case 'wxacode.getUnlimited':
        return { body: PLACEHOLDER_PNG, contentType: 'image/png' };
      default:
        return json({ errcode: 40001, errmsg: `${apiName} is not answered by the local runtime` });
    }
  }
}

/** The few fields of the SDK's multipart body: `action`, `apiName`, `requestData`. */
export function parseMultipart(body: Buffer, contentType: string): Map<string, Buffer> {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  const fields = new Map<string, Buffer>();
  if (!boundary) return fields;
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const name = /name="([^"]+)"/.exec(part.subarray(0, headerEnd).toString('utf8'))?.[1];
    if (name) fields.set(name, part.subarray(headerEnd + 4));
    start = next;
  }
  return fields;
}
