import type { NotificationKind } from '../../../../types/actions';
import { localDateTime } from './calendar';

/**
 * The subscribe-message templates the deployment picks from WeChat's public library (README):
 * their ids are settings, their fields are fixed here. WeChat truncates nothing itself and
 * refuses values that are too long, so every value is cut to the field type's limit.
 */
export const TEMPLATE_SETTINGS: Record<NotificationKind, string> = {
  need_assigned: 'SUBSCRIBE_TEMPLATE_NEED_ASSIGNED',
  need_decided: 'SUBSCRIBE_TEMPLATE_NEED_DECIDED',
};

export const NOTIFICATION_KINDS = Object.keys(TEMPLATE_SETTINGS) as NotificationKind[];

/** The page a message opens. */
export const NEED_PAGE = 'packages/needs/pages/detail/index';

type Values = Record<string, { value: string }>;

export interface Message {
  kind: NotificationKind;
  touser: string;
  page: string;
  data: Values;
}

/** `thing` fields hold at most 20 characters, `phrase` fields 5. */
function thing(value: string): { value: string } {
  const chars = [...value];
  return { value: chars.length <= 20 ? value : `${chars.slice(0, 19).join('')}…` };
}

function time(instant: string): { value: string } {
  return { value: localDateTime(instant) };
}

/** 任务指派提醒: 任务名称 thing1, 工作站 thing2, 指派时间 time3, 备注 thing4. */
export function needAssignedMessage(
  touser: string,
  need: { id: string; title: string; stationName: string },
  at: string,
): Message {
  return {
    kind: 'need_assigned',
    touser,
    page: `${NEED_PAGE}?needId=${need.id}`,
    data: {
      thing1: thing(need.title),
      thing2: thing(need.stationName),
      time3: time(at),
      thing4: thing('请尽快联系需求单位安排服务'),
    },
  };
}

/** 需求受理结果通知: 需求名称 thing1, 受理结果 phrase2, 说明 thing3, 处理时间 time4. */
export function needDecidedMessage(
  touser: string,
  need: { id: string; title: string },
  decision: { accepted: boolean; reason?: string; expertCount?: number },
  at: string,
): Message {
  return {
    kind: 'need_decided',
    touser,
    page: `${NEED_PAGE}?needId=${need.id}`,
    data: {
      thing1: thing(need.title),
      phrase2: { value: decision.accepted ? '已受理' : '未受理' },
      thing3: thing(
        decision.accepted ? `已指派 ${decision.expertCount ?? 0} 位专家` : (decision.reason ?? '详见需求详情'),
      ),
      time4: time(at),
    },
  };
}
