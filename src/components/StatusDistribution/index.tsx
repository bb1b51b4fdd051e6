import { Text, View } from '@tarojs/components';
import type { QuotaStatus } from '../../../types/domain';
import { QUOTA_STATUS_VIEW, quotaStatusesOf } from '../../constants/quotas';
import './index.scss';

export interface StatusDistributionProps {
  counts: Record<QuotaStatus, number>;
  /** The year has ended: only met and not met apply. */
  final: boolean;
  /** The status the list is narrowed to; tapping it again clears it. */
  selected?: QuotaStatus;
  onSelect: (status: QuotaStatus | undefined) => void;
}

/** How many stations are in each status: one bar split by share, and a tappable count per status. */
export function StatusDistribution({ counts, final, selected, onSelect }: StatusDistributionProps) {
  const statuses = quotaStatusesOf(final);
  const total = statuses.reduce((sum, status) => sum + counts[status], 0);
  return (
    <View className="status-distribution">
      <View className="status-distribution__bar">
        {statuses
          .filter((status) => counts[status] > 0)
          .map((status) => (
            <View
              key={status}
              className={`status-distribution__share status-distribution__share--${QUOTA_STATUS_VIEW[status].tone}`}
              style={{ width: `${(counts[status] / Math.max(1, total)) * 100}%` }}
            />
          ))}
      </View>
      <View className="status-distribution__legend">
        {statuses.map((status) => (
          <View
            key={status}
            className={`status-distribution__item${selected === status ? ' status-distribution__item--on' : ''}`}
            onClick={() => onSelect(selected === status ? undefined : status)}
          >
            <Text
              className={`status-distribution__count status-distribution__count--${QUOTA_STATUS_VIEW[status].tone}`}
            >
              {counts[status]}
            </Text>
            <Text className="status-distribution__label">{QUOTA_STATUS_VIEW[status].label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
