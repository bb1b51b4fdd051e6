import { Text, View } from '@tarojs/components';
import type { QuotaDashboardRow } from '../../../types/actions';
import { StatusBadge } from '../StatusBadge';
import { STATION_LEVEL_LABELS, STATION_STATUS_LABELS } from '../../../types/catalogue';
import { QUOTA_FIGURE_VIEW, QUOTA_STATUS_VIEW } from '../../constants/quotas';
import './index.scss';

/** One station on a dashboard: its status, and each figure against its quota as a short bar. */
export function QuotaRow({ row, onOpen }: { row: QuotaDashboardRow; onOpen: () => void }) {
  const status = QUOTA_STATUS_VIEW[row.status];
  return (
    <View className="quota-row" onClick={onOpen}>
      <View className="quota-row__head">
        <Text className="quota-row__name">{row.stationName}</Text>
        <StatusBadge label={status.label} tone={status.tone} />
      </View>
      <Text className="quota-row__meta">
        {row.societyName} · {STATION_LEVEL_LABELS[row.level]}
      </Text>
      {(row.stationStatus !== 'operating' || row.agreementEnded) && (
        <View className="quota-row__flags">
          {row.stationStatus !== 'operating' && (
            <StatusBadge
              label={STATION_STATUS_LABELS[row.stationStatus]}
              tone={row.stationStatus === 'suspended' ? 'warn' : 'muted'}
            />
          )}
          {row.agreementEnded && <StatusBadge label="协议已到期" tone="danger" />}
        </View>
      )}
      <View className="quota-row__figures">
        {QUOTA_FIGURE_VIEW.filter(({ key }) => row.quota[key] > 0).map(({ key, short }) => (
          <View key={key} className="quota-row__figure">
            <Text className="quota-row__figure-label">
              {short} {row.figures[key]}/{row.quota[key]}
            </Text>
            <View className="quota-row__bar">
              <View
                className={`quota-row__fill quota-row__fill--${QUOTA_STATUS_VIEW[row.figureStatus[key]].tone}`}
                style={{ width: `${Math.min(100, (row.figures[key] / row.quota[key]) * 100)}%` }}
              />
            </View>
          </View>
        ))}
      </View>
      <Text className={`quota-row__foot${row.rosterShort ? ' quota-row__foot--warn' : ''}`}>
        已确认服务 {row.confirmedVisits} 次 · 名册专家 {row.rosterExperts} 人
        {row.rosterShort ? `（少于要求的 ${row.quota.experts} 人）` : ''}
      </Text>
    </View>
  );
}
