import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { AssessmentView } from '../../../../../types/actions';
import { AssessmentActionsPanel } from '../../../../components/AssessmentActionsPanel';
import { AssessmentFileView } from '../../../../components/AssessmentFileView';
import { AssessmentTimeline } from '../../../../components/AssessmentTimeline';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { ExportButton } from '../../../../components/ExportButton';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { SelfInspectionView } from '../../../../components/SelfInspectionView';
import { StatusBadge } from '../../../../components/StatusBadge';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { useRefetchOnShow } from '../../../../hooks/useRefetchOnShow';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { ROUND_STATE_LABELS, ROUND_STATE_TONES } from '../../../../utils/assessmentStates';
import { formatDate, formatDateTime } from '../../../../utils/dates';
import './index.scss';

/**
 * A station's assessment (`?stationId=&year=`; without a year, the newest round's, where the
 * head's tile leads): the report, the society's and the city's steps, and the file the records make.
 */
export default function AssessmentPage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const asked = Number(params.year);
  const hasYear = Number.isInteger(asked) && asked > 2000;
  const rounds = useApiQuery('assessments.rounds', {}, { enabled: !hasYear && stationId !== '' });
  const year = hasYear ? asked : (rounds.data?.items[0]?.year ?? 0);
  const assessment = useApiQuery('assessments.get', { year, stationId }, { enabled: year > 0 && stationId !== '' });
  const me = useWhoAmI();
  usePullDownRefetch(assessment.refetch);
  // Back from the report form, the report may have changed.
  useRefetchOnShow(() => void (year > 0 && assessment.refetch()));

  if (!stationId) {
    return (
      <PageShell>
        <EmptyState glyph="考" title="未指定工作站" description="请从年度考核列表进入。" />
      </PageShell>
    );
  }
  if (!hasYear && rounds.data?.items.length === 0) {
    return (
      <PageShell>
        <EmptyState glyph="考" title="年度考核尚未开始" description="市科协开启年度考核后，可在这里撰写自查报告。" />
      </PageShell>
    );
  }
  const error = rounds.error ?? assessment.error;
  if (!assessment.data) {
    return error ? (
      <PageShell>
        <ErrorState message={error.message} onRetry={hasYear ? assessment.refetch : rounds.refetch} />
      </PageShell>
    ) : (
      <LoadingState cards={3} />
    );
  }
  return (
    <AssessmentDetail
      assessment={assessment.data}
      openid={me.data?.openid ?? ''}
      onChanged={(changed) => {
        assessment.replace(changed);
        void assessment.refetch();
      }}
    />
  );
}

function AssessmentDetail({
  assessment,
  openid,
  onChanged,
}: {
  assessment: AssessmentView;
  openid: string;
  onChanged: (assessment: AssessmentView) => void;
}) {
  const { round, report, comments, reviews, recommendation } = assessment;
  const key = { year: assessment.year, stationId: assessment.stationId };
  const verdictEntry = [...reviews].reverse().find((entry) => entry.step === 'verdict');
  return (
    <PageShell className="assessment-page">
      <View className="assessment-page__hero">
        <View className="assessment-page__badges">
          <StatusBadge label={ROUND_STATE_LABELS[assessment.state]} tone={ROUND_STATE_TONES[assessment.state]} />
          {recommendation && <StatusBadge label="推荐为贵阳市专家工作站" tone="success" />}
        </View>
        <Text className="assessment-page__title">{assessment.stationName}</Text>
        <Text className="assessment-page__meta">
          {assessment.year} 年度考核 · 自查报告截止 {round.deadline}
          {round.deadlinePassed ? '（已截止）' : ''}
        </Text>
        {assessment.submittedAt && (
          <Text className="assessment-page__meta">{formatDateTime(assessment.submittedAt)} 提交</Text>
        )}
      </View>

      {assessment.verdict && verdictEntry && (
        <View className="assessment-page__block">
          <Notice
            tone={assessment.verdict === 'passed' ? 'success' : 'error'}
            title={assessment.verdict === 'passed' ? '考核合格' : '考核不合格'}
          >
            <Text>{verdictEntry.opinion}</Text>
          </Notice>
        </View>
      )}
      {recommendation && (
        <View className="assessment-page__block">
          <Notice tone="success" title="已推荐为贵阳市专家工作站">
            <Text>
              {formatDate(recommendation.at)} {recommendation.byName}
              {recommendation.note ? `：${recommendation.note}` : ''}
            </Text>
          </Notice>
        </View>
      )}
      {assessment.state === 'not_submitted' && (
        <View className="assessment-page__block">
          <Notice tone="warn" title="未提交自查报告">
            <Text>截止日期 {round.deadline} 已过，本站没有提交自查报告。</Text>
          </Notice>
        </View>
      )}

      <View className="assessment-page__block">
        <AssessmentActionsPanel assessment={assessment} assessmentKey={key} openid={openid} onChanged={onChanged} />
      </View>

      <View className="assessment-page__print">
        <ExportButton action="assessments.document" data={key} label="打印考核表（Word）" />
      </View>

      <SectionCard title="自查报告" extra={assessment.submittedAt ? '已提交' : '未提交'}>
        {report.narrative ? (
          <SelfInspectionView report={report} fileUrls={assessment.fileUrls} />
        ) : (
          <View className="assessment-page__card">
            <Text className="assessment-page__empty">
              {assessment.can.edit ? '还没有撰写自查报告，点「撰写自查报告」开始。' : '站长尚未撰写自查报告。'}
            </Text>
          </View>
        )}
      </SectionCard>

      <SectionCard
        title="学会意见与审查记录"
        extra={comments.length + reviews.length > 0 ? `${comments.length + reviews.length} 条` : undefined}
      >
        {comments.length + reviews.length > 0 ? (
          <AssessmentTimeline comments={comments} reviews={reviews} fileUrls={assessment.fileUrls} />
        ) : (
          <View className="assessment-page__card">
            <Text className="assessment-page__empty">暂无学会意见，市科协尚未审查。</Text>
          </View>
        )}
      </SectionCard>

      <AssessmentFileView file={assessment.file} />
    </PageShell>
  );
}
