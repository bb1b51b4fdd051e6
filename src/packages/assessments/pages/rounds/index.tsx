import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { AssessmentRoundView } from '../../../../../types/actions';
import { AssessmentRoundCard } from '../../../../components/AssessmentRoundCard';
import { AssessmentRoundOpener } from '../../../../components/AssessmentRoundOpener';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { PageShell } from '../../../../components/PageShell';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { useRefetchOnShow } from '../../../../hooks/useRefetchOnShow';
import { yearToOpen } from '../../../../utils/assessmentRound';
import './index.scss';

/**
 * 年度考核: the rounds the caller sees, newest first, each with its stations counted by state;
 * the city opens the round of the year last sealed and moves a deadline.
 */
export default function AssessmentRoundsPage() {
  const rounds = useApiQuery('assessments.rounds', {});
  usePullDownRefetch(rounds.refetch);
  // Back from a round, its counts may have moved.
  useRefetchOnShow(() => void rounds.refetch());

  if (!rounds.data) {
    return rounds.error ? (
      <PageShell>
        <ErrorState message={rounds.error.message} onRetry={rounds.refetch} />
      </PageShell>
    ) : (
      <LoadingState cards={2} />
    );
  }
  const { items, canOpen } = rounds.data;
  const openYear = canOpen ? yearToOpen(items) : null;
  const replaceRound = (round: AssessmentRoundView) =>
    rounds.replace({
      canOpen,
      items: [round, ...items.filter((other) => other.year !== round.year)].sort((a, b) => b.year - a.year),
    });

  return (
    <PageShell className="assessment-rounds">
      <View className="assessment-rounds__lead">
        <Text>
          每年度数据封存后，市科协开启该年度考核：站长提交自查报告，学会提出意见，市科协书面审查、现场考察并评定合格与否。
        </Text>
      </View>
      {openYear !== null && (
        <View className="assessment-rounds__opener">
          <AssessmentRoundOpener year={openYear} onOpened={replaceRound} />
        </View>
      )}
      <View className="assessment-rounds__items">
        {items.length === 0 ? (
          <EmptyState
            glyph="考"
            title="还没有年度考核"
            description={canOpen ? undefined : '市科协开启年度考核后，这里会列出各年度的考核进展。'}
          />
        ) : (
          items.map((round) => (
            <AssessmentRoundCard
              key={round.year}
              round={round}
              canMoveDeadline={canOpen}
              onOpen={() =>
                void Taro.navigateTo({ url: withQuery(ROUTES.assessmentRound, { year: String(round.year) }) })
              }
              onChanged={replaceRound}
            />
          ))
        )}
      </View>
    </PageShell>
  );
}
