import Taro from '@tarojs/taro';
import type { NotificationKind, WhoAmI } from '../../types/actions';

/** What came of asking: some template accepted, none, or no subscribe messages here at all. */
export type SubscribeOutcome = 'accepted' | 'declined' | 'unavailable';

/**
 * Asks for one-time subscriptions, inside the tap that matters (WeChat allows the request only
 * from a tap, so call it before any other await). The template ids are the deployment's, from
 * `session.whoami`; kinds without one are skipped. A refusal never blocks what the person was
 * doing, and the H5 build has no subscribe messages at all.
 */
export async function askToSubscribe(
  templates: WhoAmI['subscribeTemplates'] | undefined,
  kinds: readonly NotificationKind[],
): Promise<SubscribeOutcome> {
  if (process.env.TARO_ENV === 'h5' || !templates) return 'unavailable';
  const tmplIds = kinds.map((kind) => templates[kind]).filter((id): id is string => Boolean(id));
  if (tmplIds.length === 0) return 'unavailable';
  try {
    const answer = (await Taro.requestSubscribeMessage({
      tmplIds,
      entityIds: [],
    } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>;
    return tmplIds.some((id) => answer[id] === 'accept') ? 'accepted' : 'declined';
  } catch {
    // Declined, banned or unsupported: the action goes ahead without the message.
    return 'declined';
  }
}
