import { Text, View } from '@tarojs/components';
import type { StationChangeView } from '../../../types/actions';
import {
  STATION_CHANGE_FIELD_LABELS,
  STATION_CHANGE_FIELDS,
  STATION_CHANGE_STATUS_LABELS,
  type StationChangeStatus,
} from '../../../types/catalogue';
import { formatDateTime } from '../../utils/dates';
import { valueText } from '../../utils/stationChangeForm';
import { StatusBadge, type BadgeTone } from '../StatusBadge';
import './index.scss';

const TONES: Record<StationChangeStatus, BadgeTone> = { pending: 'warn', approved: 'success', refused: 'danger' };

/**
 * One change request: what it changes, before → after, why, who asked and when, and (once
 * decided) the city's word. `compact` keeps a decided one to the fields' names.
 */
export function StationChangeCard({ change, compact = false }: { change: StationChangeView; compact?: boolean }) {
  const fields = STATION_CHANGE_FIELDS.filter((field) => change.changes[field] !== undefined);
  return (
    <View className="station-change">
      <View className="station-change__top">
        <StatusBadge label={STATION_CHANGE_STATUS_LABELS[change.status]} tone={TONES[change.status]} />
        <Text className="station-change__when">
          {change.requestedByName} 于 {formatDateTime(change.requestedAt)} 申请
        </Text>
      </View>
      {compact ? (
        <Text className="station-change__fields">
          变更{fields.map((field) => STATION_CHANGE_FIELD_LABELS[field]).join('、')}
        </Text>
      ) : (
        fields.map((field) => (
          <View key={field} className="station-change__field">
            <Text className="station-change__label">{STATION_CHANGE_FIELD_LABELS[field]}</Text>
            <Text className="station-change__before">{valueText(field, change.before[field])}</Text>
            <Text className="station-change__after">→ {valueText(field, change.changes[field])}</Text>
          </View>
        ))
      )}
      <Text className="station-change__reason">理由：{change.reason}</Text>
      {change.decidedAt && (
        <Text className="station-change__decision">
          {change.decidedByName} 于 {formatDateTime(change.decidedAt)} {STATION_CHANGE_STATUS_LABELS[change.status]}
          {change.decisionReason ? `：${change.decisionReason}` : ''}
        </Text>
      )}
    </View>
  );
}
