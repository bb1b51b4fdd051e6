import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { EvaluationSummary, StationEvaluationView } from '../../../../../types/actions';
import type { CooperationIntent } from '../../../../../types/domain';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { ExpertRatings } from '../../../../components/ExpertRatings';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { FormField } from '../../../../components/FormField';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { StarRating } from '../../../../components/StarRating';
import { TextField } from '../../../../components/TextField';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { useForm } from '../../../../hooks/useForm';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { formatDate } from '../../../../utils/dates';
import { yearlyEvaluationProblems, type YearlyEvaluationValues } from '../../../../utils/evaluationForm';
import { COOPERATION_INTENT_LABELS, STATION_EVALUATION_LIMITS } from '../../../../../types/catalogue';
import { labelOptions } from '../../../../utils/labelOptions';
import './index.scss';

const INTENT_OPTIONS = labelOptions(COOPERATION_INTENT_LABELS);
const HERO_LEAD =
  '需求方评价是年度考核的依据：需求单位每年对工作站的服务作一次总体评价（1–5 星），并表明是否继续合作；下面还列出关闭需求时的服务评分。';

/**
 * The demand unit's yearly evaluation of its station (需求方评价): a unit files it once a year;
 * the station head and the society see it beside the ratings given when needs were closed.
 * `?stationId=` for one station, `?societyId=` for all of a society's.
 */
export default function EvaluationsPage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const societyId = stationId ? '' : (params.societyId ?? '');
  const scope = stationId ? { stationId } : { societyId };
  const summary = useApiQuery('evaluations.summary', scope, { enabled: Boolean(stationId || societyId) });
  const me = useWhoAmI();
  const societyName = me.data?.roles.find((role) => role.societyId === societyId && role.societyName)?.societyName;
  usePullDownRefetch(summary.refetch);

  if (!stationId && !societyId) {
    return (
      <PageShell>
        <EmptyState title="未指定工作站或学会" description="请从工作站或首页进入。" glyph="评" />
      </PageShell>
    );
  }
  if (!summary.data) {
    return summary.error ? (
      <PageShell>
        <ErrorState message={summary.error.message} onRetry={summary.refetch} />
      </PageShell>
    ) : (
      <LoadingState cards={2} />
    );
  }
  const data = summary.data;
  // The units rate the visits; the station's and the society's managers read the averages (the server's `rating.view`).
  const mayViewRatings =
    me.data?.roles.some(
      (role) =>
        role.role === 'city_admin' ||
        role.role === 'society_admin' ||
        ((role.role === 'station_head' || role.role === 'station_staff') && role.stationId === stationId),
    ) ?? false;
  const anyFigures = data.stations.some((station) => station.years.length > 0);
  const filing = stationId !== '' && data.evaluableYears.length > 0;
  return (
    <PageShell className="evaluations">
      <View className="evaluations__hero">
        <Text className="evaluations__hero-title">
          {stationId ? (data.stations[0]?.stationName ?? '工作站') : `${societyName ?? '本学会'}各工作站`}
        </Text>
        <Text className="evaluations__hero-lead">{HERO_LEAD}</Text>
      </View>
      {filing &&
        data.evaluableYears.map((year) => (
          <FileEvaluation key={year} stationId={stationId} year={year} onFiled={summary.refetch} />
        ))}
      {societyId && anyFigures && <SocietyOverview summary={data} />}
      {mayViewRatings && <ExpertRatings stationId={stationId || undefined} societyId={societyId || undefined} />}
      {!anyFigures ? (
        <View className="evaluations__empty">
          <EmptyState
            title="尚无需求方评价"
            description={
              filing
                ? '提交后，本年度的评价会显示在这里。'
                : societyId
                  ? '本学会的工作站还没有收到需求单位的年度评价或需求评分。'
                  : '需求单位提交年度评价、或评价关闭的需求后，会显示在这里。'
            }
            glyph="评"
          />
        </View>
      ) : (
        data.stations.map((station) => (
          <SectionCard
            key={station.stationId}
            title={societyId ? station.stationName : filing ? '已提交的评价' : '历年评价'}
            extra={
              station.averageOverall !== null ? (
                <Text className="evaluations__average">
                  {societyId ? '' : '年度评价'}平均 {station.averageOverall} 星
                </Text>
              ) : undefined
            }
          >
            {station.years.length === 0 ? (
              <View className="evaluations__card">
                <Text className="evaluations__muted">尚无需求方评价</Text>
              </View>
            ) : (
              station.years.map((year) => (
                <View key={year.year} className="evaluations__card">
                  <Text className="evaluations__year">{year.year} 年度</Text>
                  {year.yearly ? (
                    <FiledEvaluation evaluation={year.yearly} />
                  ) : (
                    <Text className="evaluations__muted">需求单位尚未提交 {year.year} 年度评价</Text>
                  )}
                  <Text className="evaluations__ratings">
                    {year.needRatings.count > 0
                      ? `关闭需求时的评分：${year.needRatings.count} 条，平均 ${year.needRatings.average} 星`
                      : '本年度尚无关闭需求时的评分'}
                  </Text>
                </View>
              ))
            )}
          </SectionCard>
        ))
      )}
    </PageShell>
  );
}

function SocietyOverview({ summary }: { summary: EvaluationSummary }) {
  return (
    <SectionCard title="按年度汇总">
      <View className="evaluations__card">
        {summary.byYear.length === 0 ? (
          <Text className="evaluations__muted">本学会的工作站尚无需求方评价</Text>
        ) : (
          summary.byYear.map((row) => (
            <View key={row.year} className="evaluations__row">
              <Text className="evaluations__row-year">{row.year} 年</Text>
              <Text className="evaluations__row-value">
                {row.evaluated} 个站已评价{row.averageOverall !== null ? `，平均 ${row.averageOverall} 星` : ''}
                {row.needRatingAverage !== null ? `；需求评分平均 ${row.needRatingAverage} 星` : ''}
              </Text>
            </View>
          ))
        )}
      </View>
    </SectionCard>
  );
}

function FiledEvaluation({ evaluation }: { evaluation: StationEvaluationView }) {
  return (
    <View className="evaluations__filed">
      <StarRating value={evaluation.overall} />
      <Text className="evaluations__intent">{COOPERATION_INTENT_LABELS[evaluation.intent]}</Text>
      <Text className="evaluations__comment">{evaluation.comment}</Text>
      <Text className="evaluations__muted">
        {evaluation.submittedByName} 于 {formatDate(evaluation.submittedAt)} 提交
      </Text>
    </View>
  );
}

function FileEvaluation({ stationId, year, onFiled }: { stationId: string; year: number; onFiled: () => void }) {
  // Nothing chosen for the unit: a filed evaluation cannot be changed, so every answer is its own.
  const form = useForm<YearlyEvaluationValues>({ overall: 0, intent: null, comment: '' }, yearlyEvaluationProblems);
  const { values, set, bindText, errors } = form;
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useSubmit('evaluations.submit');

  const send = async () => {
    setProblem(null);
    const { overall, intent } = values;
    if (!form.check() || intent === null) return;
    const { confirm } = await Taro.showModal({
      title: `提交 ${year} 年度评价`,
      content: `总体满意度 ${overall} 星，${COOPERATION_INTENT_LABELS[intent]}。提交后不能修改，确定提交吗？`,
      confirmText: '确定提交',
      confirmColor: '#0f4c9c',
      cancelText: '再看看',
    });
    if (!confirm) return;
    const result = await submit.submit({ stationId, year, overall, comment: values.comment.trim(), intent });
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    void Taro.showToast({ title: '评价已提交', icon: 'success' });
    onFiled();
  };

  return (
    <SectionCard title={`填写 ${year} 年度评价`}>
      <View className="evaluations__card evaluations__form">
        <Text className="evaluations__lead">
          这是年度考核需要的「需求方评价」，每个年度只能提交一次，提交后不能修改。
        </Text>
        <FormField label="总体满意度" vertical error={errors.overall}>
          <StarRating value={values.overall} onChange={(overall) => set('overall', overall)} />
        </FormField>
        <FormField label="是否继续合作" vertical error={errors.intent}>
          <ChoiceChips<CooperationIntent>
            options={INTENT_OPTIONS}
            selected={values.intent ? [values.intent] : []}
            onToggle={(intent) => set('intent', intent)}
          />
        </FormField>
        <TextField
          label="评价意见"
          placeholder="工作站和专家这一年的服务成效、不足与建议"
          limit={STATION_EVALUATION_LIMITS.comment}
          rows={4}
          {...bindText('comment')}
        />
        {problem && (
          <View className="evaluations__problem">
            <Notice tone="error" title="未能提交">
              <Text>{problem}</Text>
            </Notice>
          </View>
        )}
        <Button block type="primary" loading={submit.submitting} onClick={() => void send()}>
          提交年度评价
        </Button>
      </View>
    </SectionCard>
  );
}
