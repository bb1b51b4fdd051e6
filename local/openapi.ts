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
  /** What WeChat answered a subscribe message: 0 delivered, 43101 the person had no subscription left. */
  errcode?: number;
}

/** WeChat's answer to a subscribe message for someone who has not allowed (or has used up) that template. */
export const NOT_SUBSCRIBED = { errcode: 43101, errmsg: 'user refuse to accept the msg' };

/** A 1×1 PNG: enough for a page to show "the mini-program code" and for tests to check the type. */
const PLACEHOLDER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export class LocalOpenApi {
  private readonly calls: OpenApiCall[] = [];
  private rejectWords: string[] = [];
  /** One-time subscriptions left, by person and template: each 允许 on WeChat's prompt allows one message. */
  private readonly subscriptions = new Map<string, number>();

  recorded(): OpenApiCall[] {
    return [...this.calls];
  }

  setRejectWords(words: string[]): void {
    this.rejectWords = [...words];
  }

  /** The person tapped 允许 for this template `times` times (WeChat adds one message per tap). */
  acceptSubscription(openid: string, templateId: string, times = 1): void {
    const key = subscriptionKey(openid, templateId);
    this.subscriptions.set(key, (this.subscriptions.get(key) ?? 0) + times);
  }

  /** Answers one `wx.openApi` request; the result is the protobuf body to send back. */
  answer(apiName: string, requestData: Buffer): Buffer {
    const message = CommApiData.toObject(CommApiData.decode(requestData), { bytes: Buffer }) as {
      openapiData?: { pairs?: { key: string; value: Buffer }[] };
    };
    const data = Object.fromEntries(
      (message.openapiData?.pairs ?? []).map(({ key, value }) => [key, JSON.parse(value.toString('utf8')) as unknown]),
    );
    const call: OpenApiCall = { api: apiName, data, at: new Date().toISOString() };
    this.calls.push(call);
    if (apiName === 'subscribeMessage.send') call.errcode = this.useSubscription(data);
    const { body, contentType } = this.respond(apiName, data, call.errcode);
    return Buffer.from(
      CommOpenApiResp.encode(CommOpenApiResp.create({ respData: body, contentType, httpCode: 200 })).finish(),
    );
  }

  /** Takes one of the person's subscriptions to the template: 0 if there was one, else 43101. */
  private useSubscription(data: Record<string, unknown>): number {
    const key = subscriptionKey(String(data.touser ?? ''), String(data.template_id ?? ''));
    const left = this.subscriptions.get(key) ?? 0;
    if (left === 0) return NOT_SUBSCRIBED.errcode;
    this.subscriptions.set(key, left - 1);
    return 0;
  }

  private respond(
    apiName: string,
    data: Record<string, unknown>,
    errcode?: number,
  ): { body: Buffer; contentType: string } {
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
        return json(errcode === 0 ? { errcode: 0, errmsg: 'ok' } : NOT_SUBSCRIBED);
      case 'wxacode.getUnlimited':
        return { body: PLACEHOLDER_PNG, contentType: 'image/png' };
      default:
        return json({ errcode: 40001, errmsg: `${apiName} is not answered by the local runtime` });
    }
  }
}

function subscriptionKey(openid: string, templateId: string): string {
  return `${openid}\u0000${templateId}`;
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
