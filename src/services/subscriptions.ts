import Taro from '@tarojs/taro';
import type { NotificationKind, WhoAmI } from '../../types/actions';

/**
 * Asks for one-time subscriptions, inside the tap that matters (WeChat allows the request only
 * from a tap). Kinds without a template id are skipped; a refusal never blocks what the person
 * was doing, and the H5 build has no subscribe messages at all.
 */
export async function askToSubscribe(
  templates: WhoAmI['subscribeTemplates'] | undefined,
  kinds: readonly NotificationKind[],
): Promise<void> {
  if (process.env.TARO_ENV === 'h5' || !templates) return;
  const tmplIds = kinds.map((kind) => templates[kind]).filter((id): id is string => Boolean(id));
  if (tmplIds.length === 0) return;
  try {
    await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] } as Taro.requestSubscribeMessage.Option);
  } catch {
    // Declined or unsupported: the action goes ahead without the message.
  }
}
