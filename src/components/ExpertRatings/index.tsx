import { Text, View } from '@tarojs/components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ErrorState } from '../ErrorState';
import { LoadingState } from '../LoadingState';
import { SectionCard } from '../SectionCard';
import './index.scss';

export interface ExpertRatingsProps {
  /** One station's experts, or (without it) a society's. */
  stationId?: string;
  societyId?: string;
}

/** Per expert, the demand units' average ratings of their visits: for the station's and the society's managers. */
export function ExpertRatings({ stationId, societyId }: ExpertRatingsProps) {
  const ratings = useApiQuery('ratings.experts', stationId ? { stationId } : { societyId });
  const experts = [...(ratings.data?.experts ?? [])].sort((a, b) => b.ratedVisits - a.ratedVisits);
  return (
    <SectionCard title="专家服务评分">
      {ratings.loading && !ratings.data ? (
        <LoadingState cards={1} inset={false} />
      ) : ratings.error ? (
        <ErrorState message={ratings.error.message} onRetry={ratings.refetch} />
      ) : experts.length === 0 ? (
        <View className="expert-ratings__row">
          <Text className="expert-ratings__muted">需求单位还没有为专家的服务评分</Text>
        </View>
      ) : (
        experts.map((expert) => (
          <View key={expert.expertOpenid} className="expert-ratings__row">
            <Text className="expert-ratings__name">
              {expert.expertName}（{expert.ratedVisits} 次服务）
            </Text>
            <Text className="expert-ratings__figures">
              响应 {expert.responsiveness.toFixed(1)} · 专业 {expert.professionalism.toFixed(1)} · 效果{' '}
              {expert.effect.toFixed(1)}
            </Text>
          </View>
        ))
      )}
    </SectionCard>
  );
}
