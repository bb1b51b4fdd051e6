import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { NeedDetail, WhoAmI } from '../../../../../types/actions';
import { AttachmentList } from '../../../../components/AttachmentList';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { InfoList } from '../../../../components/InfoList';
import { LoadingState } from '../../../../components/LoadingState';
import { NeedActions } from '../../../../components/NeedActions';
import { NeedTimeline } from '../../../../components/NeedTimeline';
import { PageShell } from '../../../../components/PageShell';
import { PersonCard } from '../../../../components/PersonCard';
import { SectionCard } from '../../../../components/SectionCard';
import { StarRating } from '../../../../components/StarRating';
import { StatusBadge } from '../../../../components/StatusBadge';
import { SubscribePrompt } from '../../../../components/SubscribePrompt';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { formatDate, formatDateTime } from '../../../../utils/dates';
import { NEED_STATUS_TONES, URGENCY_TONES } from '../../../../utils/needBadges';
import {
  INDUSTRY_LABELS,
  NEED_STATUS_LABELS,
  NEED_URGENCY_LABELS,
  SERVICE_TYPE_LABELS,
  VISIT_STATUS_LABELS,
} from '../../../../../types/catalogue';
import './index.scss';

/** One need (`?needId=`): what was asked, who serves it, its timeline, and the steps the caller may take. */
export default function NeedDetailPage() {
  const { params } = useRouter();
  const needId = params.needId ?? '';
  const need = useApiQuery('needs.get', { needId }, { enabled: needId !== '' });
  const me = useWhoAmI();
  usePullDownRefetch(need.refetch);

  if (!needId) {
    return (
      <PageShell>
        <EmptyState title="未指定需求" description="请从需求列表进入。" glyph="需" />
      </PageShell>
    );
  }
  if (!need.data) {
    return need.error ? (
      <PageShell>
        <ErrorState message={need.error.message} onRetry={need.refetch} />
      </PageShell>
    ) : (
      <LoadingState cards={3} />
    );
  }
  return <NeedView need={need.data} me={me.data} onChanged={need.replace} />;
}

/** While experts serve the need, the unit must confirm when the head proposes it resolved. */
const AWAITING_PROPOSAL = ['accepted', 'in_service'];

function NeedView({
  need,
  me,
  onChanged,
}: {
  need: NeedDetail;
  /** The caller: no call button for oneself, and the unit's offer of a message. */
  me: WhoAmI | null | undefined;
  onChanged: (need: NeedDetail) => void;
}) {
  const myOpenid = me?.openid ?? '';
  const isUnit = Boolean(me?.roles.some((view) => view.role === 'demand_unit' && view.stationId === need.stationId));
  return (
    <PageShell className="need-detail">
      <View className="need-detail__hero">
        <View className="need-detail__badges">
          <StatusBadge label={NEED_STATUS_LABELS[need.status]} tone={NEED_STATUS_TONES[need.status]} />
          <StatusBadge label={NEED_URGENCY_LABELS[need.urgency]} tone={URGENCY_TONES[need.urgency]} />
          {need.onBehalf && <StatusBadge label="站方代为登记" tone="muted" />}
        </View>
        <Text className="need-detail__title">{need.title}</Text>
        <Text className="need-detail__station">{need.stationName}</Text>
      </View>

      <NeedActions need={need} onChanged={onChanged} />

      {need.confirmation && (
        <View className="need-detail__confirmation">
          <Text className="need-detail__confirmation-note">需求已解决：确认单汇总服务记录、专家和成效，可下载打印</Text>
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.serviceConfirmation, { needId: need.id }) })}
          >
            服务确认单
          </Button>
        </View>
      )}

      {isUnit && AWAITING_PROPOSAL.includes(need.status) && (
        <SubscribePrompt
          templates={me?.subscribeTemplates}
          kind="need_decided"
          lead="站长提议需求已解决时，需要您确认。可通过微信服务通知提醒您（每开启一次可收到一条）。"
          label="提醒我确认"
          accepted="已开启，站长提议解决时会通知您"
        />
      )}

      <SectionCard title="需求内容">
        <View className="need-detail__card">
          <InfoList
            items={[
              { label: '服务类型', value: SERVICE_TYPE_LABELS[need.serviceType] },
              { label: '所属产业', value: INDUSTRY_LABELS[need.industry] },
              { label: '需求单位', value: need.demandUnitName },
              { label: '提交时间', value: formatDateTime(need.createdAt) },
              { label: '期望完成', value: need.desiredDate || '未填写' },
            ]}
          />
          <Text className="need-detail__label">需求描述</Text>
          <Text className="need-detail__text">{need.description}</Text>
          <Text className="need-detail__label">预期成果</Text>
          <Text className="need-detail__text">{need.expectedOutcome}</Text>
          {need.attachments.length > 0 && (
            <>
              <Text className="need-detail__label">附件（{need.attachments.length}）</Text>
              <AttachmentList files={need.attachments} />
            </>
          )}
        </View>
      </SectionCard>

      <SectionCard title={need.onBehalf ? '登记人（站方代为登记）' : '提交人'}>
        <PersonCard person={need.submittedBy}>
          {need.onBehalf && <Text className="need-detail__meta">由工作站代 {need.demandUnitName} 登记</Text>}
        </PersonCard>
      </SectionCard>

      {need.assignedExperts.length > 0 && (
        <SectionCard title={`指派专家（${need.assignedExperts.length}）`}>
          {need.assignedExperts.map((expert) => (
            <PersonCard key={expert.openid} person={expert}>
              {expert.mobile && expert.openid !== myOpenid && (
                <View className="need-detail__call">
                  <Button
                    size="small"
                    fill="outline"
                    type="primary"
                    onClick={() => void Taro.makePhoneCall({ phoneNumber: expert.mobile ?? '' }).catch(() => undefined)}
                  >
                    拨打电话
                  </Button>
                </View>
              )}
            </PersonCard>
          ))}
        </SectionCard>
      )}

      {need.visits.length > 0 && (
        <SectionCard title={`服务记录（${need.visits.length}）`}>
          <View className="need-detail__card">
            {need.visits.map((visit) => (
              <View
                key={visit.id}
                className="need-detail__visit"
                onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.visitDetail, { visitId: visit.id }) })}
              >
                <Text className="need-detail__visit-who">{visit.expertName}</Text>
                <Text className="need-detail__visit-when">
                  {formatDateTime(visit.checkInAt)}
                  {visit.durationMinutes !== undefined ? ` · ${visit.durationMinutes} 分钟` : ''}
                </Text>
                <Text className="need-detail__visit-status">{VISIT_STATUS_LABELS[visit.status]} ›</Text>
              </View>
            ))}
          </View>
        </SectionCard>
      )}

      {need.evaluation && (
        <SectionCard title="需求单位评价">
          <View className="need-detail__card">
            <StarRating value={need.evaluation.rating} />
            {need.evaluation.comment && <Text className="need-detail__text">{need.evaluation.comment}</Text>}
            <Text className="need-detail__meta">
              {need.evaluation.byName} · {formatDate(need.evaluation.at)}
            </Text>
          </View>
        </SectionCard>
      )}

      <SectionCard title="处理进度">
        <View className="need-detail__card">
          <NeedTimeline entries={need.timeline} />
        </View>
      </SectionCard>
    </PageShell>
  );
}
