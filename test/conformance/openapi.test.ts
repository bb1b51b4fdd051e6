import { startSdkTarget, type SdkTarget } from '../support/sdkTarget';

let target: SdkTarget;
beforeAll(async () => {
  target = await startSdkTarget();
});
afterAll(() => target.stop());

const local = () => target.local!;
const localOnly = process.env.CLOUDBASE_ENV_ID ? it.skip : it;

describe('open-API calls answered locally and recorded (local only)', () => {
  localOnly('passes ordinary text through msgSecCheck and records the call', async () => {
    const result = await target.cloud.openapi.security.msgSecCheck({
      content: '电解槽能耗偏高',
      version: 2,
      scene: 2,
      openid: 'o-1',
    });
    expect(result).toMatchObject({ errCode: 0, result: { suggest: 'pass' } });
    expect(local().openApiCalls().at(-1)).toMatchObject({
      api: 'security.msgSecCheck',
      data: { content: '电解槽能耗偏高', version: 2, scene: 2, openid: 'o-1' },
    });
  });

  localOnly('flags text containing a word the test told it to reject', async () => {
    local().setRejectWords(['违禁词']);
    const result = await target.cloud.openapi.security.msgSecCheck({
      content: '这里有违禁词',
      version: 2,
      scene: 2,
      openid: 'o-1',
    });
    expect(result).toMatchObject({ result: { suggest: 'risky' } });
    local().setRejectWords([]);
  });

  localOnly('accepts a subscribe message and records its template, recipient and data', async () => {
    local().acceptSubscription('expert-openid', 'TEMPLATE_ASSIGNED');
    await target.cloud.openapi.subscribeMessage.send({
      touser: 'expert-openid',
      templateId: 'TEMPLATE_ASSIGNED',
      page: 'pages/home/index',
      data: { thing1: { value: '电解槽能耗诊断' } },
    });
    expect(local().openApiCalls().at(-1)).toMatchObject({
      api: 'subscribeMessage.send',
      data: {
        touser: 'expert-openid',
        template_id: 'TEMPLATE_ASSIGNED',
        data: { thing1: { value: '电解槽能耗诊断' } },
      },
      errcode: 0,
    });
  });

  localOnly('refuses a subscribe message with 43101 once the one allowed message is used, as WeChat does', async () => {
    const send = () =>
      target.cloud.openapi.subscribeMessage.send({
        touser: 'unit-openid',
        templateId: 'TEMPLATE_DECIDED',
        page: 'pages/home/index',
        data: { thing1: { value: '需求已解决' } },
      });
    local().acceptSubscription('unit-openid', 'TEMPLATE_DECIDED');
    await expect(send()).resolves.toMatchObject({ errCode: 0 });
    await expect(send()).rejects.toMatchObject({ errCode: 43101 });
    expect(
      local()
        .openApiCalls()
        .slice(-2)
        .map((call) => call.errcode),
    ).toEqual([0, 43101]);
  });

  localOnly('refuses a subscribe message to someone who never allowed the template', async () => {
    await expect(
      target.cloud.openapi.subscribeMessage.send({
        touser: 'never-asked',
        templateId: 'TEMPLATE_DECIDED',
        page: 'pages/home/index',
        data: { thing1: { value: '需求已解决' } },
      }),
    ).rejects.toMatchObject({ errCode: 43101 });
  });

  localOnly('returns a PNG for wxacode.getUnlimited', async () => {
    const result = await target.cloud.openapi.wxacode.getUnlimited({ scene: 'inv=AB12CD', page: 'pages/home/index' });
    expect(result.contentType).toBe('image/png');
    expect(Buffer.from(result.buffer).subarray(1, 4).toString()).toBe('PNG');
    expect(local().openApiCalls().at(-1)).toMatchObject({ api: 'wxacode.getUnlimited', data: { scene: 'inv=AB12CD' } });
  });
});
