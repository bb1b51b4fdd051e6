import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { ExportButton } from '../../../../components/ExportButton';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { RoundStationCard } from '../../../../components/RoundStationCard';
import { StatusBadge } from '../../../../components/StatusBadge';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { useRefetchOnShow } from '../../../../hooks/useRefetchOnShow';
import { matchesRoundFilter, roundFilterOptions, type RoundFilter } from '../../../../utils/assessmentStates';
import './index.scss';

/** A year's round (`?year=`): its stations with where each stands, filtered by state; the city exports it. */
export default function AssessmentRoundPage() {
  const { params } = useRouter();
  const year = Number(params.year);
  const valid = Number.isInteger(year) && year > 2000;
  const round = useApiQuery('assessments.round', { year }, { enabled: valid });
  const [filter, setFilter] = useState<RoundFilter>('all');
  usePullDownRefetch(round.refetch);
  useRefetchOnShow(() => void round.refetch());

  if (!valid) {
    return (
      <PageShell>
        <EmptyState glyph="考" title="未指定考核年度" description="请从年度考核列表进入。" />
      </PageShell>
    );
  }
  if (!round.data) {
    return round.error ? (
      <PageShell>
        <ErrorState message={round.error.message} onRetry={round.refetch} />
      </PageShell>
    ) : (
      <LoadingState cards={3} />
    );
  }
  const { round: view, stations, canReview } = round.data;
  const shown = stations.filter((row) => matchesRoundFilter(row, filter));
  const notSubmitted = stations.filter((row) => row.state === 'not_submitted').length;

  return (
    <PageShell className="assessment-round">
      <View className="assessment-round__head">
        <View className="assessment-round__title-line">
          <Text className="assessment-round__title">{year} 年度考核</Text>
          {view.deadlinePassed && <StatusBadge label="已截止" tone="muted" />}
        </View>
        <Text className="assessment-round__meta">
          自查报告截止 {view.deadline} · {view.counts.stations} 个工作站 · 合格 {view.counts.passed} · 推荐{' '}
          {view.counts.recommended}
        </Text>
      </View>
      {canReview && (
        <View className="assessment-round__exports">
          <ExportButton action="assessments.export" data={{ year }} label="导出 Excel" />
          <ExportButton action="assessments.export" data={{ year, only: 'recommended' }} label="导出推荐名单" />
        </View>
      )}
      {view.deadlinePassed && notSubmitted > 0 && (
        <View className="assessment-round__notice">
          <Notice tone="warn" title={`${notSubmitted} 个工作站未按时提交自查报告`}>
            <Text>截止日期已过，这些工作站标记为「未提交」。</Text>
          </Notice>
        </View>
      )}
      <View className="assessment-round__filters">
        <ChoiceChips<RoundFilter> options={roundFilterOptions(stations)} selected={[filter]} onToggle={setFilter} />
      </View>
      <View className="assessment-round__items">
        {stations.length === 0 ? (
          <EmptyState glyph="站" title="本轮考核没有工作站" description={`${year} 年度没有运行中的工作站。`} />
        ) : shown.length === 0 ? (
          <EmptyState glyph="站" title="没有该状态的工作站" />
        ) : (
          shown.map((row) => (
            <RoundStationCard
              key={row.stationId}
              row={row}
              showSociety={canReview}
              onClick={() =>
                void Taro.navigateTo({
                  url: withQuery(ROUTES.assessment, { year: String(year), stationId: row.stationId }),
                })
              }
            />
          ))
        )}
      </View>
    </PageShell>
  );
}
