import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { ServiceConfirmation, ServiceConfirmationVisit } from '../../../../../types/actions';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { ExportButton } from '../../../../components/ExportButton';
import { InfoList } from '../../../../components/InfoList';
import { LoadingState } from '../../../../components/LoadingState';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { StarRating } from '../../../../components/StarRating';
import { StatusBadge } from '../../../../components/StatusBadge';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { formatDate, formatDateTime, formatMinutes } from '../../../../utils/dates';
import { NEED_STATUS_TONES } from '../../../../utils/needBadges';
import {
  INDUSTRY_LABELS,
  NEED_STATUS_LABELS,
  PRESENCE_PROOF_LABELS,
  SERVICE_TYPE_LABELS,
} from '../../../../../types/catalogue';
import { VISIT_RATING_ASPECT_LABELS, VISIT_RATING_ASPECTS } from '../../../../../types/catalogue/ratings';
import './index.scss';

/** A resolved need's 技术服务确认单 (`?needId=`): what the unit keeps, signed and stamped, for the assessment. */
export default function ServiceConfirmationPage() {
  const { params } = useRouter();
  const needId = params.needId ?? '';
  const confirmation = useApiQuery('reports.serviceConfirmation', { needId }, { enabled: needId !== '' });
  usePullDownRefetch(confirmation.refetch);

  if (!needId) {
    return (
      <PageShell>
        <EmptyState title="未指定需求" description="请从需求详情页进入。" glyph="单" />
      </PageShell>
    );
  }
  if (!confirmation.data) {
    return confirmation.error ? (
      <PageShell>
        <ErrorState message={confirmation.error.message} onRetry={confirmation.refetch} />
      </PageShell>
    ) : (
      <LoadingState cards={4} />
    );
  }
  return <ConfirmationView confirmation={confirmation.data} />;
}

/** Who did it and when, as the page writes it: 张伟 · 2026-04-01 10:00. */
function byWhom(name: string, at: string): string {
  return name ? `${name} · ${formatDateTime(at)}` : formatDateTime(at);
}

function ConfirmationView({ confirmation: c }: { confirmation: ServiceConfirmation }) {
  const { outcome } = c;
  const rated = c.visits.filter((visit) => visit.rating !== null);
  return (
    <PageShell className="confirmation">
      <View className="confirmation__hero">
        <View className="confirmation__badges">
          <StatusBadge label={NEED_STATUS_LABELS[c.status]} tone={NEED_STATUS_TONES[c.status]} />
        </View>
        <Text className="confirmation__title">{c.title}</Text>
        <Text className="confirmation__meta">技术服务确认单 · {c.demandUnitName}</Text>
      </View>

      <View className="confirmation__print">
        <Text className="confirmation__print-note">打印后由需求单位经办人签字、盖章，留作年度考核材料</Text>
        <ExportButton
          action="reports.serviceConfirmationDocument"
          data={{ needId: c.needId }}
          label="下载确认单（Word）"
        />
      </View>

      <SectionCard title="技术需求">
        <View className="confirmation__card">
          <InfoList
            items={[
              { label: '需求单位', value: c.demandUnitName },
              { label: '服务工作站', value: c.stationName },
              { label: '建站学会', value: c.societyName },
              { label: '所属产业', value: INDUSTRY_LABELS[c.industry] },
              { label: '服务类型', value: SERVICE_TYPE_LABELS[c.serviceType] },
              {
                label: c.onBehalf ? '站方代为登记' : '提交',
                value: byWhom(c.submittedByName, c.submittedAt),
              },
              { label: '确认解决', value: byWhom(outcome.confirmedByName, outcome.confirmedAt) },
            ]}
          />
          <Text className="confirmation__label">需求描述</Text>
          <Text className="confirmation__text">{c.description}</Text>
          <Text className="confirmation__label">预期成果</Text>
          <Text className="confirmation__text">{c.expectedOutcome}</Text>
        </View>
      </SectionCard>

      <SectionCard title="服务成效">
        <View className="confirmation__card">
          {outcome.proposedAt ? (
            <>
              <Text className="confirmation__label confirmation__label--first">站长提议已解决</Text>
              <Text className="confirmation__text">{outcome.proposal || '（提议时未填写说明）'}</Text>
              <Text className="confirmation__meta-line">{byWhom(outcome.proposedByName, outcome.proposedAt)}</Text>
            </>
          ) : (
            <Text className="confirmation__text">需求单位直接确认已解决，站长未提议。</Text>
          )}
          <Text className="confirmation__label">需求单位确认</Text>
          <Text className="confirmation__text">{outcome.confirmation || '（确认时未填写意见）'}</Text>
          <Text className="confirmation__meta-line">{byWhom(outcome.confirmedByName, outcome.confirmedAt)}</Text>
        </View>
      </SectionCard>

      <SectionCard
        title={`服务记录（${c.visits.length}）`}
        extra={c.visits.length > 0 ? `合计 ${formatMinutes(c.totalMinutes)}` : undefined}
      >
        <View className="confirmation__card">
          {c.visits.length === 0 ? (
            <Text className="confirmation__empty">没有经确认的服务记录。</Text>
          ) : (
            c.visits.map((visit, index) => <VisitRow key={visit.id} visit={visit} index={index} />)
          )}
        </View>
      </SectionCard>

      <SectionCard title={`服务专家（${c.experts.length}）`}>
        <View className="confirmation__card">
          {c.experts.length === 0 ? (
            <Text className="confirmation__empty">暂无。</Text>
          ) : (
            c.experts.map((expert) => (
              <View key={expert.openid} className="confirmation__expert">
                <View className="confirmation__expert-main">
                  <Text className="confirmation__expert-name">{expert.name}</Text>
                  <Text className="confirmation__expert-unit">
                    {[expert.workUnit, expert.title].filter(Boolean).join(' · ') || '未填写单位和职称'}
                  </Text>
                </View>
                <Text className="confirmation__expert-count">
                  {expert.visits} 次 · {formatMinutes(expert.minutes)}
                </Text>
              </View>
            ))
          )}
        </View>
      </SectionCard>

      <SectionCard title="需求单位评价">
        <View className="confirmation__card">
          {c.evaluation ? (
            <>
              <Text className="confirmation__label confirmation__label--first">总体评价</Text>
              <StarRating value={c.evaluation.rating} />
              {c.evaluation.comment && <Text className="confirmation__text">{c.evaluation.comment}</Text>}
              <Text className="confirmation__meta-line">{byWhom(c.evaluation.byName, c.evaluation.at)}</Text>
            </>
          ) : (
            <Text className="confirmation__empty">尚未作总体评价（评价并关闭需求后显示）。</Text>
          )}
          <Text className="confirmation__label">服务评分（{rated.length} 次）</Text>
          {rated.length === 0 ? (
            <Text className="confirmation__empty">没有为服务记录评分。</Text>
          ) : (
            rated.map((visit) => (
              <View key={visit.id} className="confirmation__rating">
                <Text className="confirmation__rating-who">
                  {formatDate(visit.checkInAt)} · {visit.expertName}
                </Text>
                {VISIT_RATING_ASPECTS.map((aspect) => (
                  <StarRating
                    key={aspect}
                    label={VISIT_RATING_ASPECT_LABELS[aspect]}
                    value={visit.rating?.[aspect] ?? 0}
                  />
                ))}
                {visit.rating?.comment && <Text className="confirmation__text">{visit.rating.comment}</Text>}
              </View>
            ))
          )}
        </View>
      </SectionCard>
    </PageShell>
  );
}

function VisitRow({ visit, index }: { visit: ServiceConfirmationVisit; index: number }) {
  return (
    <View className="confirmation__visit">
      <View className="confirmation__visit-head">
        <Text className="confirmation__visit-index">{index + 1}</Text>
        <Text className="confirmation__visit-who">{visit.expertName}</Text>
        <Text className="confirmation__visit-when">{formatDateTime(visit.checkInAt)}</Text>
      </View>
      <Text className="confirmation__visit-what">
        {SERVICE_TYPE_LABELS[visit.serviceType]} · {formatMinutes(visit.durationMinutes)} ·{' '}
        {PRESENCE_PROOF_LABELS[visit.proof]}
      </Text>
      <Text className="confirmation__text">{visit.summary || '（未填写服务内容）'}</Text>
      {visit.outcomes && <Text className="confirmation__text">成果：{visit.outcomes}</Text>}
    </View>
  );
}
