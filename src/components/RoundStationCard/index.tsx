import { Text, View } from '@tarojs/components';
import type { RoundStationRow } from '../../../types/actions';
import { QUOTA_STATUS_LABELS } from '../../../types/catalogue/quota';
import { STATION_STATUS_LABELS } from '../../../types/catalogue/stations';
import { ROUND_STATE_SHORT_LABELS, ROUND_STATE_TONES } from '../../utils/assessmentStates';
import { formatDate } from '../../utils/dates';
import { LevelBadge } from '../LevelBadge';
import { StatusBadge } from '../StatusBadge';
import './index.scss';

export interface RoundStationCardProps {
  row: RoundStationRow;
  /** Name the society (the city's round across societies). */
  showSociety: boolean;
  onClick: () => void;
}

/** One station of a round: where its assessment stands, its year's quota result, recommended or not. */
export function RoundStationCard({ row, showSociety, onClick }: RoundStationCardProps) {
  return (
    <View className="round-station-card" onClick={onClick}>
      <View className="round-station-card__head">
        <StatusBadge label={ROUND_STATE_SHORT_LABELS[row.state]} tone={ROUND_STATE_TONES[row.state]} />
        <LevelBadge level={row.level} />
        {row.recommended && <StatusBadge label="推荐" tone="success" />}
        {row.stationStatus !== 'operating' && (
          <StatusBadge label={STATION_STATUS_LABELS[row.stationStatus]} tone="danger" />
        )}
      </View>
      <Text className="round-station-card__name">{row.stationName}</Text>
      <Text className="round-station-card__meta">
        {showSociety ? `${row.societyName} · ` : ''}年度任务{QUOTA_STATUS_LABELS[row.quotaStatus]}
        {row.submittedAt ? ` · ${formatDate(row.submittedAt)} 提交` : ''}
      </Text>
    </View>
  );
}
