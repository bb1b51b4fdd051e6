import { Text, View } from '@tarojs/components';
import type { StationStatusEntry } from '../../../types/domain';
import {
  CLOSURE_KIND_LABELS,
  REVOCATION_REASON_LABELS,
  STATION_STATUS_LABELS,
  type StationStatus,
} from '../../../types/catalogue';
import { formatDateTime } from '../../utils/dates';
import { StatusBadge, type BadgeTone } from '../StatusBadge';
import './index.scss';

const TONES: Record<StationStatus, BadgeTone> = {
  operating: 'success',
  suspended: 'warn',
  revoked: 'danger',
  closed: 'muted',
};

/** What each entry did to the station, in words. */
function changeText(entry: StationStatusEntry): string {
  if (entry.status === 'operating') return '恢复运行';
  if (entry.status === 'suspended') return '暂停运行';
  if (entry.status === 'revoked') return '撤销';
  return entry.closureKind ? `批准${CLOSURE_KIND_LABELS[entry.closureKind]}` : '撤并';
}

/** A station's suspensions, resumptions, revocation or closure, newest first, each with who, when, why and the document. */
export function StationStatusHistory({ entries }: { entries: readonly StationStatusEntry[] }) {
  if (entries.length === 0) {
    return <Text className="status-history__quiet">自建站以来一直正常运行，没有暂停、撤销或撤并记录。</Text>;
  }
  return (
    <View className="status-history">
      {[...entries].reverse().map((entry) => (
        <View key={`${entry.at}-${entry.status}`} className="status-history__entry">
          <View className="status-history__top">
            <StatusBadge label={STATION_STATUS_LABELS[entry.status]} tone={TONES[entry.status]} />
            <Text className="status-history__when">
              {entry.byName} 于 {formatDateTime(entry.at)} {changeText(entry)}
            </Text>
          </View>
          {entry.revocationReason && (
            <Text className="status-history__line">撤销原因：{REVOCATION_REASON_LABELS[entry.revocationReason]}</Text>
          )}
          <Text className="status-history__line">理由：{entry.reason}</Text>
          {entry.documentNumber && <Text className="status-history__line">文号：{entry.documentNumber}</Text>}
        </View>
      ))}
    </View>
  );
}
