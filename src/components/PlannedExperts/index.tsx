import { Text, View } from '@tarojs/components';
import type { PlannedRosterExpert } from '../../../types/actions';
import { SectionCard } from '../SectionCard';
import { StatusBadge } from '../StatusBadge';
import './index.scss';

/** The application's 进站专家信息表: who has joined, and who the head is still to invite. */
export function PlannedExperts({ experts }: { experts: readonly PlannedRosterExpert[] }) {
  const waiting = experts.filter((expert) => !expert.joined).length;
  return (
    <SectionCard title="申报书中的进站专家" extra={waiting > 0 ? `待邀请 ${waiting} 人` : '均已加入'}>
      {experts.map((expert, index) => (
        <View key={`${expert.name}-${index}`} className="planned-experts__row">
          <View className="planned-experts__who">
            <Text className="planned-experts__name">{expert.name}</Text>
            <Text className="planned-experts__detail">
              {[expert.unit, expert.title, expert.field, expert.province].filter(Boolean).join(' · ')}
            </Text>
          </View>
          <StatusBadge label={expert.joined ? '已加入' : '待邀请'} tone={expert.joined ? 'success' : 'warn'} />
        </View>
      ))}
    </SectionCard>
  );
}
