import { Text, View } from '@tarojs/components';
import type { QuotaProgress } from '../../../types/actions';
import type { QuotaFigures, QuotaStatus } from '../../../types/domain';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ErrorState } from '../ErrorState';
import { LoadingState } from '../LoadingState';
import { StatusBadge, type BadgeTone } from '../StatusBadge';
import './index.scss';

const STATUS: Record<QuotaStatus, { label: string; tone: BadgeTone }> = {
  met: { label: '已达标', tone: 'success' },
  on_track: { label: '进度正常', tone: 'progress' },
  at_risk: { label: '有风险', tone: 'warn' },
  behind: { label: '落后', tone: 'danger' },
};

const FIGURES: Array<{ key: keyof QuotaFigures; label: string; unit: string }> = [
  { key: 'needsServed', label: '服务技术需求', unit: '项' },
  { key: 'experts', label: '服务专家', unit: '人' },
  { key: 'outOfProvinceExperts', label: '其中省外专家', unit: '人' },
];

/** A station's year so far: the three figures against the quota and the pace, and the month series. */
export function QuotaProgressCard({ stationId }: { stationId: string }) {
  const progress = useApiQuery('quotas.progress', { stationId });
  if (progress.error) return <ErrorState message={progress.error.message} onRetry={progress.refetch} />;
  if (!progress.data) return <LoadingState cards={1} inset={false} />;
  return <ProgressView progress={progress.data} />;
}

function ProgressView({ progress }: { progress: QuotaProgress }) {
  const status = STATUS[progress.status];
  const busiest = Math.max(1, ...progress.months.map((month) => month.visits));
  return (
    <View className="quota-progress">
      <View className="quota-progress__head">
        <Text className="quota-progress__title">{progress.year} 年完成进度</Text>
        <StatusBadge label={status.label} tone={status.tone} />
      </View>
      <Text className="quota-progress__rule">{progress.statusRule}</Text>
      {FIGURES.filter(({ key }) => progress.quota[key] > 0).map(({ key, label, unit }) => {
        const done = progress.figures[key];
        const quota = progress.quota[key];
        return (
          <View key={key} className="quota-progress__figure">
            <View className="quota-progress__figure-head">
              <Text className="quota-progress__label">{label}</Text>
              <Text className="quota-progress__count">
                {done} / {quota} {unit}
              </Text>
            </View>
            <View className="quota-progress__bar">
              <View
                className={`quota-progress__fill quota-progress__fill--${STATUS[progress.figureStatus[key]].tone}`}
                style={{ width: `${Math.min(100, (done / quota) * 100)}%` }}
              />
              <View className="quota-progress__pace" style={{ left: `${(progress.pace[key] / quota) * 100}%` }} />
            </View>
            <Text className="quota-progress__remaining">
              {progress.remaining[key] > 0 ? `还差 ${progress.remaining[key]} ${unit}` : '已达到年度要求'}
              {progress.pace[key] > 0 ? ` · 按时间进度应完成 ${progress.pace[key]} ${unit}` : ''}
            </Text>
          </View>
        );
      })}
      <Text className="quota-progress__roster">
        名册中专家 {progress.rosterExperts} 人；计数只算本年度有已确认服务记录的专家。已确认服务{' '}
        {progress.confirmedVisits} 次。
      </Text>
      <View className="quota-progress__months">
        {progress.months.map((month, index) => (
          <View key={index} className="quota-progress__month">
            <Text className="quota-progress__month-count">{month.visits > 0 ? month.visits : ''}</Text>
            <View className="quota-progress__column" style={{ height: `${(month.visits / busiest) * 48}px` }} />
            <Text className="quota-progress__month-label">{index + 1}</Text>
          </View>
        ))}
      </View>
      <Text className="quota-progress__caption">每月已确认的服务次数（月）</Text>
    </View>
  );
}
