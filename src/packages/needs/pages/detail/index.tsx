import { Button, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { NeedDetail } from '../../../../../types/actions';
import { AttachmentList } from '../../../../components/AttachmentList';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { InfoList } from '../../../../components/InfoList';
import { LoadingState } from '../../../../components/LoadingState';
import { NeedTimeline } from '../../../../components/NeedTimeline';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { PersonCard } from '../../../../components/PersonCard';
import { ReasonConfirm } from '../../../../components/ReasonConfirm';
import { SectionCard } from '../../../../components/SectionCard';
import { StarRating } from '../../../../components/StarRating';
import { StatusBadge } from '../../../../components/StatusBadge';
import { INDUSTRY_LABELS, SERVICE_TYPE_LABELS } from '../../../../constants/labels';
import { NEED_LIMITS, NEED_STATUS_LABELS, URGENCY_LABELS } from '../../../../constants/needs';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { VISIT_STATUS_LABELS } from '../../../../constants/visits';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { formatDate, formatDateTime } from '../../../../utils/dates';
import { NEED_STATUS_TONES, URGENCY_TONES } from '../../../../utils/needBadges';
import './index.scss';

/** A note or reason that may be left out, as long as a required one may be. */
const OPTIONAL_TEXT = [0, NEED_LIMITS.reason[1]] as const;

type Panel = 'accept' | 'assign' | 'decline' | 'withdraw' | 'propose' | 'resolve' | 'evaluate' | null;

/** One need (`?needId=`): what was asked, who serves it, its timeline, and the steps the caller may take. */
export default function NeedDetailPage() {
  const { params } = useRouter();
  const needId = params.needId ?? '';
  const need = useApiQuery('needs.get', { needId }, { enabled: needId !== '' });
  const me = useWhoAmI();
  usePullDownRefresh(() => {
    need.refetch();
    void Taro.stopPullDownRefresh();
  });

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
  return <NeedView need={need.data} myOpenid={me.data?.openid ?? ''} onChanged={need.replace} />;
}

function NeedView({
  need,
  myOpenid,
  onChanged,
}: {
  need: NeedDetail;
  /** The caller: no call button for oneself. */
  myOpenid: string;
  onChanged: (need: NeedDetail) => void;
}) {
  return (
    <PageShell className="need-detail">
      <View className="need-detail__hero">
        <View className="need-detail__badges">
          <StatusBadge label={NEED_STATUS_LABELS[need.status]} tone={NEED_STATUS_TONES[need.status]} />
          <StatusBadge label={URGENCY_LABELS[need.urgency]} tone={URGENCY_TONES[need.urgency]} />
          {need.onBehalf && <StatusBadge label="站方代为登记" tone="muted" />}
        </View>
        <Text className="need-detail__title">{need.title}</Text>
        <Text className="need-detail__station">{need.stationName}</Text>
      </View>

      <Actions need={need} onChanged={onChanged} />

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

/** The buttons the server allows this caller now, and the small forms some of them need. */
function Actions({ need, onChanged }: { need: NeedDetail; onChanged: (need: NeedDetail) => void }) {
  const [panel, setPanel] = useState<Panel>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const accept = useSubmit('needs.accept');
  const assign = useSubmit('needs.assign');
  const decline = useSubmit('needs.decline');
  const withdraw = useSubmit('needs.withdraw');
  const propose = useSubmit('needs.proposeResolution');
  const resolve = useSubmit('needs.resolve');
  const evaluate = useSubmit('needs.evaluate');
  const { can } = need;
  const any = Object.values(can).some(Boolean);

  const done = (result: { ok: true; data: NeedDetail } | { ok: false; message: string }, toast: string) => {
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setProblem(null);
    setPanel(null);
    onChanged(result.data);
    void Taro.showToast({ title: toast, icon: 'success' });
  };

  if (!any) return null;
  return (
    <SectionCard title="办理">
      <View className="need-detail__card">
        {need.resolutionProposed && can.resolve && (
          <Notice tone="info" title="站长提议此需求已解决">
            <Text>如确已解决，请确认；确认后可以评价本次服务。</Text>
          </Notice>
        )}
        {panel === null && (
          <View className="need-detail__buttons">
            {can.accept && (
              <Button type="primary" onClick={() => setPanel('accept')}>
                受理并指派专家
              </Button>
            )}
            {can.decline && (
              <Button fill="outline" type="danger" onClick={() => setPanel('decline')}>
                不予受理
              </Button>
            )}
            {can.assign && (
              <Button fill="outline" type="primary" onClick={() => setPanel('assign')}>
                调整指派
              </Button>
            )}
            {can.proposeResolution && (
              <Button fill="outline" type="primary" onClick={() => setPanel('propose')}>
                提议已解决
              </Button>
            )}
            {can.resolve && (
              <Button type="primary" onClick={() => setPanel('resolve')}>
                确认已解决
              </Button>
            )}
            {can.evaluate && (
              <Button type="primary" onClick={() => setPanel('evaluate')}>
                评价并关闭
              </Button>
            )}
            {can.withdraw && (
              <Button fill="outline" type="danger" onClick={() => setPanel('withdraw')}>
                撤回需求
              </Button>
            )}
          </View>
        )}
        {(panel === 'accept' || panel === 'assign') && (
          <ExpertChooser
            need={need}
            mode={panel}
            submitting={accept.submitting || assign.submitting}
            onCancel={() => setPanel(null)}
            onSubmit={async (expertOpenids, note) =>
              panel === 'accept'
                ? done(await accept.submit({ needId: need.id, expertOpenids, ...(note && { note }) }), '已受理')
                : done(await assign.submit({ needId: need.id, expertOpenids }), '已调整')
            }
          />
        )}
        {panel === 'decline' && (
          <ReasonConfirm
            label="不予受理的理由"
            placeholder="请说明原因，需求单位会看到"
            limits={NEED_LIMITS.reason}
            confirmText="确认不予受理"
            tone="danger"
            onCancel={() => setPanel(null)}
            onConfirm={async (reason) => done(await decline.submit({ needId: need.id, reason }), '已处理')}
          />
        )}
        {panel === 'withdraw' && (
          <ReasonConfirm
            label="撤回需求"
            lead="撤回后工作站不再处理这条需求，撤回不能取消。"
            placeholder="撤回原因（可不填）"
            limits={OPTIONAL_TEXT}
            confirmText="确认撤回"
            tone="danger"
            onCancel={() => setPanel(null)}
            onConfirm={async (reason) =>
              done(await withdraw.submit({ needId: need.id, ...(reason && { reason }) }), '已撤回')
            }
          />
        )}
        {panel === 'propose' && (
          <ReasonConfirm
            label="提议已解决"
            lead="将请需求单位确认这条需求已解决。"
            placeholder="说明（可不填），如：已完成工艺调整并验证"
            limits={OPTIONAL_TEXT}
            confirmText="提交提议"
            tone="primary"
            onCancel={() => setPanel(null)}
            onConfirm={async (note) => done(await propose.submit({ needId: need.id, ...(note && { note }) }), '已提议')}
          />
        )}
        {panel === 'resolve' && (
          <ReasonConfirm
            label="确认已解决"
            lead="确认后需求标记为已解决，随后请评价本次服务并关闭需求。"
            placeholder="说明（可不填）"
            limits={OPTIONAL_TEXT}
            confirmText="确认已解决"
            tone="primary"
            onCancel={() => setPanel(null)}
            onConfirm={async (note) =>
              done(await resolve.submit({ needId: need.id, ...(note && { note }) }), '已确认解决')
            }
          />
        )}
        {panel === 'evaluate' && (
          <EvaluatePanel
            submitting={evaluate.submitting}
            onCancel={() => setPanel(null)}
            onSubmit={async (rating, comment) =>
              done(await evaluate.submit({ needId: need.id, rating, comment }), '感谢评价')
            }
          />
        )}
        {problem && (
          <View className="need-detail__problem">
            <Notice tone="error" title="未能办理">
              <Text>{problem}</Text>
            </Notice>
          </View>
        )}
      </View>
    </SectionCard>
  );
}

function ExpertChooser(props: {
  need: NeedDetail;
  mode: 'accept' | 'assign';
  submitting: boolean;
  onCancel: () => void;
  onSubmit: (experts: string[], note: string) => Promise<void>;
}) {
  const { need, mode } = props;
  const roster = useApiQuery('roster.list', { stationId: need.stationId });
  const [chosen, setChosen] = useState<string[]>(need.assignedExperts.map((expert) => expert.openid));
  const [note, setNote] = useState('');
  // The station's active experts: a removed one can no longer be assigned.
  const experts = roster.data?.members.filter((member) => member.role === 'expert' && !member.revokedAt) ?? [];
  const options = experts.map((member) => ({
    value: member.person.openid,
    label: `${member.person.name}${member.person.outOfProvince ? '（省外）' : ''}`,
  }));
  const toggle = (openid: string) =>
    setChosen((current) => (current.includes(openid) ? current.filter((id) => id !== openid) : [...current, openid]));

  return (
    <View className="need-detail__panel">
      <Text className="need-detail__label">选择专家（可多选）</Text>
      {roster.loading && !roster.data ? (
        <LoadingState cards={1} inset={false} />
      ) : roster.error ? (
        <ErrorState message={roster.error.message} onRetry={roster.refetch} />
      ) : options.length === 0 ? (
        <Text className="need-detail__text">本站名册中还没有专家，请先邀请专家加入。</Text>
      ) : (
        <ChoiceChips<string> options={options} selected={chosen} onToggle={toggle} />
      )}
      {mode === 'accept' && (
        <TextArea
          className="need-detail__textarea"
          value={note}
          placeholder="受理说明（可不填）"
          maxLength={NEED_LIMITS.reason[1]}
          rows={2}
          onChange={setNote}
        />
      )}
      <View className="need-detail__buttons">
        <Button
          type="primary"
          disabled={chosen.length === 0}
          loading={props.submitting}
          onClick={() => void props.onSubmit(chosen, note.trim())}
        >
          {mode === 'accept' ? `受理并指派 ${chosen.length} 位专家` : '保存指派'}
        </Button>
        <Button fill="none" onClick={props.onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}

function EvaluatePanel(props: {
  submitting: boolean;
  onCancel: () => void;
  onSubmit: (rating: number, comment: string) => Promise<void>;
}) {
  const [rating, setRating] = useState(5);
  const [comment, setComment] = useState('');
  return (
    <View className="need-detail__panel">
      <Text className="need-detail__label">对这次服务的总体评价</Text>
      <StarRating value={rating} onChange={setRating} />
      <TextArea
        className="need-detail__textarea"
        value={comment}
        placeholder="说说专家服务的效果（可不填）"
        maxLength={NEED_LIMITS.comment[1]}
        showCount
        rows={3}
        onChange={setComment}
      />
      <View className="need-detail__buttons">
        <Button type="primary" loading={props.submitting} onClick={() => void props.onSubmit(rating, comment.trim())}>
          提交评价并关闭需求
        </Button>
        <Button fill="none" onClick={props.onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
