import { Text, View } from '@tarojs/components';
import type { StationSummary } from '../../../types/actions';
import { LevelBadge } from '../LevelBadge';
import { INDUSTRY_LABELS, STATION_STATUS_LABELS } from '../../../types/catalogue';
import './index.scss';

export interface StationCardProps {
  station: StationSummary;
  /** Hide the society line where the context already names it (a society admin's own list). */
  hideSociety?: boolean;
  /** Tapping the card (opens the station's page); without it the card is not tappable. */
  onClick?: () => void;
}

/** One station: its name, level, industry, host (demand unit) and society. */
export function StationCard({ station, hideSociety = false, onClick }: StationCardProps) {
  return (
    <View className={`station-card${onClick ? ' station-card--link' : ''}`} onClick={onClick}>
      <View className="station-card__head">
        <LevelBadge level={station.level} />
        {station.status !== 'operating' && (
          <Text className="station-card__status">{STATION_STATUS_LABELS[station.status]}</Text>
        )}
        {onClick && station.status === 'operating' && <Text className="station-card__go">详情 ›</Text>}
      </View>
      <Text className="station-card__name">{station.name}</Text>
      <View className="station-card__row">
        <Text className="station-card__label">产业领域</Text>
        <Text className="station-card__value">{INDUSTRY_LABELS[station.industry]}</Text>
      </View>
      <View className="station-card__row">
        <Text className="station-card__label">需求单位</Text>
        <Text className="station-card__value">{station.demandUnitName}</Text>
      </View>
      {!hideSociety && (
        <View className="station-card__row">
          <Text className="station-card__label">建站学会</Text>
          <Text className="station-card__value">{station.societyName}</Text>
        </View>
      )}
    </View>
  );
}
