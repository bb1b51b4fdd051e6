import { Text, View } from '@tarojs/components';
import type { QuotaProgress } from '../../../types/actions';
import { useApiQuery, type ApiQueryState } from '../../hooks/useApiQuery';
import { ErrorState } from '../ErrorState';
import { LoadingState } from '../LoadingState';
import { MonthColumns } from '../MonthColumns';
import { StatusBadge } from '../StatusBadge';
import { YearCloseNote } from '../YearCloseNote';
import { QUOTA_FIGURE_VIEW, QUOTA_STATUS_VIEW } from '../../constants/quotas';
import './index.scss';

export interface QuotaProgressCardProps {
  stationId: string;
  /** This year unless given. */
  year?: number;
  /** An extra card for a past year: shown only once it is known to be still open for late records. */
  onlyWhileOpen?: boolean;
}

/**
 * A station's year: the three figures against the quota and, while the year runs, the pace; the
 * month series; and when the year's figures are sealed.
 */
export function QuotaProgressCard({ stationId, year, onlyWhileOpen = false }: QuotaProgressCardProps) {
  const progress = useApiQuery('quotas.progress', { stationId, ...(year && { year }) });
  if (onlyWhileOpen && (!progress.data || progress.data.yearClose.frozen)) return null;
  return <QuotaProgressPanel progress={progress} />;
}

/** The same card for a page that loads `quotas.progress` itself, because it reads the answer too. */
export function QuotaProgressPanel({ progress }: { progress: ApiQueryState<QuotaProgress> }) {
  if (progress.error) return <ErrorState message={progress.error.message} onRetry={progress.refetch} />;
  if (!progress.data) return <LoadingState cards={1} inset={false} />;
  return <ProgressView progress={progress.data} />;
}

function ProgressView({ progress }: { progress: QuotaProgress }) {
  const status = QUOTA_STATUS_VIEW[progress.status];
  // A finished year's verdict is final: the pace, and a roster too short to meet the quota, no longer matter.
  const running = !progress.yearClose.final;
  return (
    <View className="quota-progress">
      <View className="quota-progress__head">
        <Text className="quota-progress__title">{progress.year} 年完成进度</Text>
        <StatusBadge label={status.label} tone={status.tone} />
      </View>
      <Text className="quota-progress__rule">{progress.statusRule}</Text>
      <YearCloseNote yearClose={progress.yearClose} />
      {QUOTA_FIGURE_VIEW.filter(({ key }) => progress.quota[key] > 0).map(({ key, label, unit }) => {
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
                className={`quota-progress__fill quota-progress__fill--${QUOTA_STATUS_VIEW[progress.figureStatus[key]].tone}`}
                style={{ width: `${Math.min(100, (done / quota) * 100)}%` }}
              />
              {running && (
                <View className="quota-progress__pace" style={{ left: `${(progress.pace[key] / quota) * 100}%` }} />
              )}
            </View>
            <Text className="quota-progress__remaining">
              {progress.remaining[key] > 0 ? `还差 ${progress.remaining[key]} ${unit}` : '已达到年度要求'}
              {running && progress.pace[key] > 0 ? ` · 按时间进度应完成 ${progress.pace[key]} ${unit}` : ''}
            </Text>
          </View>
        );
      })}
      {running && progress.rosterExperts < progress.quota.experts && (
        <Text className="quota-progress__roster quota-progress__roster--short">
          名册中专家仅 {progress.rosterExperts} 人，少于年度要求的 {progress.quota.experts}{' '}
          人，按现有名册无法完成任务，请尽快邀请专家进站。
        </Text>
      )}
      <Text className="quota-progress__roster">
        名册中专家 {progress.rosterExperts} 人；计数只算本年度有已确认服务记录的专家。已确认服务{' '}
        {progress.confirmedVisits} 次。
      </Text>
      <MonthColumns values={progress.months.map((month) => month.visits)} caption="每月已确认的服务次数（月）" />
    </View>
  );
}
