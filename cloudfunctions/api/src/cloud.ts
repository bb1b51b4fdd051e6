import cloud from 'wx-server-sdk';

let initialised = false;

/**
 * Deployed, the platform supplies the environment. Under the local CloudBase runtime the
 * worker sets LOCAL_CLOUDBASE_URL and every SDK call goes there instead: same code, same SDK.
 */
export function initCloud(): typeof cloud {
  if (initialised) return cloud;
  const serviceUrl = process.env.LOCAL_CLOUDBASE_URL;
  cloud.init(
    serviceUrl
      ? ({
          env: process.env.TCB_ENV ?? 'local',
          serviceUrl,
          secretId: 'local',
          secretKey: 'local',
        } as Parameters<typeof cloud.init>[0])
      : { env: cloud.DYNAMIC_CURRENT_ENV as unknown as string },
  );
  initialised = true;
  return cloud;
}

/** The caller's identity comes from the platform, never from the event. */
export function callerOpenid(): string {
  return initCloud().getWXContext().OPENID ?? '';
}
