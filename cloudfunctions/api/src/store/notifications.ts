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

/**
 * Sends after the change is committed, and never fails the action: a person who did not
 * subscribe (WeChat answers 43101) or a quota exhausted is logged, and the record stands.
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
        console.warn(`api: subscribe message ${message.kind} to ${message.touser} not sent`, error);
      }
    }),
  );
}
