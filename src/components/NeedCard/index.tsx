import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { NeedSummary } from '../../../types/actions';
import { formatDate } from '../../utils/dates';
import { NEED_STATUS_TONES, URGENCY_TONES } from '../../utils/needBadges';
import { StatusBadge } from '../StatusBadge';
import {
  INDUSTRY_LABELS,
  NEED_STATUS_LABELS,
  NEED_URGENCY_LABELS,
  SERVICE_TYPE_LABELS,
} from '../../../types/catalogue';
import './index.scss';

export interface NeedCardProps {
  need: NeedSummary;
  /** Show the station's name (a list across stations). */
  showStation?: boolean;
  onClick: () => void;
  /** A step the reader can take on the need from the list (e.g. 去签到); its tap does not open the need. */
  action?: ReactNode;
}

/** One technical need in a list: title, status, urgency, type and when it was submitted. */
export function NeedCard({ need, showStation = false, onClick, action }: NeedCardProps) {
  return (
    <View className="need-card" onClick={onClick}>
      <View className="need-card__head">
        <StatusBadge label={NEED_STATUS_LABELS[need.status]} tone={NEED_STATUS_TONES[need.status]} />
        <StatusBadge label={NEED_URGENCY_LABELS[need.urgency]} tone={URGENCY_TONES[need.urgency]} />
        {need.resolutionProposed && <StatusBadge label="待确认解决" tone="info" />}
        <Text className="need-card__date">{formatDate(need.createdAt)}</Text>
      </View>
      <Text className="need-card__title">{need.title}</Text>
      <Text className="need-card__meta">
        {SERVICE_TYPE_LABELS[need.serviceType]} · {INDUSTRY_LABELS[need.industry]}
        {need.assignedCount > 0 ? ` · 已指派 ${need.assignedCount} 位专家` : ''}
        {need.onBehalf ? ' · 站方代为登记' : ''}
      </Text>
      {showStation && <Text className="need-card__station">{need.stationName}</Text>}
      {action && (
        <View className="need-card__action" onClick={(event) => event.stopPropagation()}>
          {action}
        </View>
      )}
    </View>
  );
}
