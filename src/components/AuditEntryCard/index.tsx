import { Text, View } from '@tarojs/components';
import type { AuditEntryView } from '../../../types/actions';
import { ROLE_LABELS } from '../../../types/catalogue/roles';
import { formatDateTime } from '../../utils/dates';
import './index.scss';

export interface AuditEntryCardProps {
  entry: AuditEntryView;
  /** Leave out the station's name where the whole page is one station's. */
  hideStation?: boolean;
}

/** One entry of the trail: what was done, when, by whom, where, and each field before → after. */
export function AuditEntryCard({ entry, hideStation = false }: AuditEntryCardProps) {
  const place = [hideStation ? undefined : entry.stationName, entry.stationName ? undefined : entry.societyName]
    .filter(Boolean)
    .join(' · ');
  return (
    <View className="audit-entry">
      <View className="audit-entry__head">
        <Text className="audit-entry__action">{entry.actionLabel}</Text>
        <Text className="audit-entry__time">{formatDateTime(entry.at)}</Text>
      </View>
      <Text className="audit-entry__who">
        {entry.actorName}
        {entry.role ? `（${ROLE_LABELS[entry.role]}）` : ''}
        {entry.subjectName ? ` · 对象：${entry.subjectName}` : ''}
      </Text>
      {place && <Text className="audit-entry__place">{place}</Text>}
      {entry.changes.length > 0 && (
        <View className="audit-entry__changes">
          {entry.changes.map((line) => (
            <View key={line.field} className="audit-entry__change">
              <Text className="audit-entry__label">{line.label}</Text>
              <Text className="audit-entry__before">{line.before}</Text>
              <Text className="audit-entry__arrow">→</Text>
              <Text className="audit-entry__after">{line.after}</Text>
            </View>
          ))}
        </View>
      )}
      {entry.detail && <Text className="audit-entry__detail">{entry.detail}</Text>}
    </View>
  );
}
