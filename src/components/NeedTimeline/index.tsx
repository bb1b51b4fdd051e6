import { Text, View } from '@tarojs/components';
import type { NeedTimelineEntry } from '../../../types/actions';
import type { NeedEventKind } from '../../../types/domain';
import { formatDateTime } from '../../utils/dates';
import { ROLE_LABELS } from '../../../types/catalogue';
import './index.scss';

const EVENT_LABELS: Record<NeedEventKind, string> = {
  submitted: '提交需求',
  accepted: '受理并指派专家',
  declined: '不予受理',
  withdrawn: '撤回需求',
  assigned: '调整指派专家',
  in_service: '首次服务确认，进入服务中',
  resolution_proposed: '提议需求已解决',
  resolved: '确认需求已解决',
  closed: '评价并关闭',
};

/** Who did what to the need, when, and why: the oldest step first. */
export function NeedTimeline({ entries }: { entries: readonly NeedTimelineEntry[] }) {
  return (
    <View className="need-timeline">
      {entries.map((entry, index) => (
        <View key={`${entry.kind}-${entry.at}-${index}`} className="need-timeline__item">
          <View className="need-timeline__dot" />
          <View className="need-timeline__body">
            <Text className="need-timeline__what">{EVENT_LABELS[entry.kind]}</Text>
            <Text className="need-timeline__who">
              {entry.actorRole === 'system' ? '系统' : `${ROLE_LABELS[entry.actorRole]} ${entry.actorName}`} ·{' '}
              {formatDateTime(entry.at)}
            </Text>
            {entry.experts && entry.experts.length > 0 && (
              <Text className="need-timeline__detail">专家：{entry.experts.join('、')}</Text>
            )}
            {entry.reason && <Text className="need-timeline__detail">说明：{entry.reason}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
