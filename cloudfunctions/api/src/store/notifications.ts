import type { NotificationKind } from '../../../../types/actions';
import { initCloud } from '../cloud';
import { NOTIFICATION_KINDS, TEMPLATE_SETTINGS, type Message } from '../domain/notifications';

interface SubscribeApi {
  openapi: { subscribeMessage: { send(options: object): Promise<unknown> } };
}

/** The template ids this deployment configured; a kind without one is not sent. */
export function subscribeTemplates(): Partial<Record<NotificationKind, string>> {
  const templates: Partial<Record<NotificationKind, string>> = {};
  for (const kind of NOTIFICATION_KINDS) {
    const id = process.env[TEMPLATE_SETTINGS[kind]]?.trim();
    if (id) templates[kind] = id;
  }
  return templates;
}

/** WeChat's answer when the person has no subscription left for the template. */
const NOT_SUBSCRIBED = 43101;

/**
 * Sends after the change is committed, and never fails the action. Each 允许 on WeChat's prompt
 * allows one message, so WeChat refusing someone who did not allow one (43101) is the ordinary
 * case and not logged; any other failure is, and the record stands either way.
 */
export async function sendMessages(messages: readonly Message[]): Promise<void> {
  const templates = subscribeTemplates();
  const api = (initCloud() as unknown as SubscribeApi).openapi.subscribeMessage;
  await Promise.all(
    messages.map(async (message) => {
      const templateId = templates[message.kind];
      if (!templateId) return;
      try {
        await api.send({
          touser: message.touser,
          templateId,
          page: message.page,
          data: message.data,
          miniprogramState: process.env.SUBSCRIBE_MINIPROGRAM_STATE || 'formal',
        });
      } catch (error) {
        if ((error as { errCode?: number }).errCode === NOT_SUBSCRIBED) return;
        console.warn(`api: subscribe message ${message.kind} to ${message.touser} not sent`, error);
      }
    }),
  );
}
