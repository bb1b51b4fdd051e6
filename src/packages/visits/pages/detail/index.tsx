import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VisitDetail } from '../../../../../types/actions';
import { AttachmentList } from '../../../../components/AttachmentList';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { ElapsedTimer } from '../../../../components/ElapsedTimer';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { FormField } from '../../../../components/FormField';
import { InfoList, type InfoItem } from '../../../../components/InfoList';
import { KeptVisitCheckOut } from '../../../../components/KeptVisitCheckOut';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { StatusBadge } from '../../../../components/StatusBadge';
import { VisitRatingPanel } from '../../../../components/VisitRatingPanel';
import { VisitReportForm, type VisitReport } from '../../../../components/VisitReportForm';
import { VisitReviewPanel } from '../../../../components/VisitReviewPanel';
import { VisitRevokePanel } from '../../../../components/VisitRevokePanel';
import { VisitDoneNotice, type VisitStep } from '../../../../components/VisitDoneNotice';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useOutbox } from '../../../../hooks/useOutbox';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { useForm } from '../../../../hooks/useForm';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { dismissEntry, sendOrKeep } from '../../../../services/outbox';
import { formatDateTime, formatMinutes } from '../../../../utils/dates';
import { formatDistance } from '../../../../utils/distance';
import type { OutboxEntry } from '../../../../utils/outboxQueue';
import { VISIT_STATUS_TONES } from '../../../../utils/visitBadges';
import { PRESENCE_PROOF_LABELS, SERVICE_TYPE_LABELS, VISIT_STATUS_LABELS } from '../../../../../types/catalogue';
import './index.scss';

/**
 * One visit (`?visitId=`): the timer and check-out while open, then the record, its review and its
 * rating. `?checkIn=` is a visit whose check-in is still kept on the phone: only its check-out.
 * `?done=checkIn`: opened by the check-in just made, which the page confirms.
 */
export default function VisitDetailPage() {
  const { params } = useRouter();
  const visitId = params.visitId ?? '';
  const visit = useApiQuery('visits.get', { visitId }, { enabled: visitId !== '' });
  const me = useWhoAmI();
  const [done, setDone] = useState<VisitStep | null>(params.done === 'checkIn' ? 'checkIn' : null);
  const onCheckedOut = useCallback(() => setDone('checkOut'), []);
  usePullDownRefetch(visit.refetch);

  if (params.checkIn) {
    return (
      <PageShell>
        <KeptVisitCheckOut checkInRequestId={params.checkIn} openid={me.data?.openid ?? ''} />
      </PageShell>
    );
  }
  if (!visitId) {
    return (
      <PageShell>
        <EmptyState title="未指定服务记录" description="请从服务记录列表进入。" glyph="记" />
      </PageShell>
    );
  }
  if (!visit.data) {
    return visit.error ? (
      <PageShell>
        <ErrorState message={visit.error.message} onRetry={visit.refetch} />
      </PageShell>
    ) : (
      <LoadingState cards={3} />
    );
  }
  return (
    <VisitView
      visit={visit.data}
      openid={me.data?.openid ?? ''}
      onChanged={visit.replace}
      done={done}
      onCheckedOut={onCheckedOut}
      refetch={visit.refetch}
    />
  );
}

function VisitView({
  visit,
  openid,
  onChanged,
  done,
  onCheckedOut,
  refetch,
}: {
  visit: VisitDetail;
  openid: string;
  onChanged: (visit: VisitDetail) => void;
  /** The step just taken on this phone, confirmed at the top of the page. */
  done: VisitStep | null;
  onCheckedOut: () => void;
  refetch: () => Promise<void>;
}) {
  const keptCheckOut = useKeptCheckOut(
    visit.id,
    useCallback(() => {
      onCheckedOut();
      void refetch();
    }, [onCheckedOut, refetch]),
  );
  const stoppedAt = keptCheckOut && !keptCheckOut.refused ? keptCheckOut.data.at : undefined;
  // The unit came to rate it (from 服务待评价 on the home page): the form first, and it stays there once rated.
  const [rateFirst] = useState(visit.can.rate && !visit.rating);
  const rating = visit.status === 'confirmed' && (
    <SectionCard title="需求单位评分">
      <View className="visit-detail__card">
        <VisitRatingPanel visit={visit} onRated={onChanged} />
      </View>
    </SectionCard>
  );
  return (
    <PageShell className="visit-detail">
      <View className="visit-detail__hero">
        <View className="visit-detail__badges">
          <StatusBadge label={VISIT_STATUS_LABELS[visit.status]} tone={VISIT_STATUS_TONES[visit.status]} />
          <StatusBadge label={PRESENCE_PROOF_LABELS[visit.proof]} tone="info" />
          {visit.isCorrection && <StatusBadge label="补录" tone="warn" />}
          {visit.late && <StatusBadge label="离线补发" tone="muted" />}
        </View>
        <Text className="visit-detail__title">{visit.needTitle}</Text>
        <Text className="visit-detail__station">
          {visit.stationName} · {visit.expertName}
        </Text>
        {visit.status === 'open' && <ElapsedTimer since={visit.checkInAt} until={stoppedAt} />}
      </View>

      {done === 'checkIn' && visit.status === 'open' && !stoppedAt && <VisitDoneNotice visit={visit} step="checkIn" />}
      {done === 'checkOut' && visit.status !== 'open' && <VisitDoneNotice visit={visit} step="checkOut" />}

      {rateFirst && rating}
      {visit.can.review && (
        <View className="visit-detail__body">
          <VisitReviewPanel visit={visit} onReviewed={onChanged} />
        </View>
      )}
      {visit.can.checkOut && (
        <CheckOut
          visit={visit}
          openid={openid}
          kept={keptCheckOut}
          onChanged={(changed) => {
            onChanged(changed);
            onCheckedOut();
          }}
        />
      )}
      {visit.can.correct && <Correction visit={visit} openid={openid} />}

      <SectionCard title={visit.proof === 'make_up' ? '补卡信息' : '签到'}>
        <InfoList items={particulars(visit)} />
        {visit.checkInPhotos.length > 0 && (
          <View className="visit-detail__card visit-detail__photos">
            <AttachmentList files={visit.checkInPhotos} />
          </View>
        )}
      </SectionCard>

      {visit.summary !== undefined && (
        <SectionCard title="服务内容">
          <View className="visit-detail__card">
            <Text className="visit-detail__text">{visit.summary}</Text>
            {visit.outcomes && (
              <>
                <Text className="visit-detail__label">服务成效</Text>
                <Text className="visit-detail__text">{visit.outcomes}</Text>
              </>
            )}
            {visit.checkOutPhotos.length > 0 && (
              <>
                <Text className="visit-detail__label">现场照片（{visit.checkOutPhotos.length}）</Text>
                <AttachmentList files={visit.checkOutPhotos} />
              </>
            )}
            {visit.attachments.length > 0 && (
              <>
                <Text className="visit-detail__label">附件（{visit.attachments.length}）</Text>
                <AttachmentList files={visit.attachments} />
              </>
            )}
          </View>
        </SectionCard>
      )}

      {visit.review && (
        <SectionCard title="站长审核">
          <View className="visit-detail__card">
            <Text className="visit-detail__text">
              {visit.review.decision === 'approved' ? '已认可' : '不予认可'} · {visit.review.byName} ·{' '}
              {formatDateTime(visit.review.at)}
            </Text>
            {visit.review.reason && <Text className="visit-detail__text">理由：{visit.review.reason}</Text>}
          </View>
        </SectionCard>
      )}

      {visit.revocation && (
        <SectionCard title="撤销认可">
          <View className="visit-detail__card">
            <Text className="visit-detail__text">
              {visit.revocation.byName} · {formatDateTime(visit.revocation.at)}
            </Text>
            <Text className="visit-detail__text">理由：{visit.revocation.reason}</Text>
            <Text className="visit-detail__label">这次服务已不计入年度统计。</Text>
          </View>
        </SectionCard>
      )}

      {visit.can.revoke && (
        <SectionCard title="认可管理">
          <View className="visit-detail__card">
            <VisitRevokePanel visit={visit} onRevoked={onChanged} />
          </View>
        </SectionCard>
      )}

      {!rateFirst && rating}

      <View className="visit-detail__body">
        <Button
          fill="outline"
          type="primary"
          block
          onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.needDetail, { needId: visit.needId }) })}
        >
          查看需求「{visit.needTitle}」
        </Button>
      </View>
    </PageShell>
  );
}

function particulars(visit: VisitDetail): InfoItem[] {
  // A 补卡 was never checked in or out: its times are when the service began and ended.
  const makeUp = visit.proof === 'make_up';
  const items: InfoItem[] = [
    { label: '服务类型', value: SERVICE_TYPE_LABELS[visit.serviceType] },
    { label: makeUp ? '开始时间' : '签到时间', value: formatDateTime(visit.checkInAt) },
  ];
  if (visit.checkOutAt) {
    items.push({ label: makeUp ? '结束时间' : '签退时间', value: formatDateTime(visit.checkOutAt) });
  }
  if (visit.durationMinutes !== undefined)
    items.push({ label: '服务时长', value: formatMinutes(visit.durationMinutes) });
  if (visit.distanceM !== undefined) items.push({ label: '距工作站', value: formatDistance(visit.distanceM) });
  if (visit.accuracyM !== undefined) items.push({ label: '定位精度', value: `约 ${visit.accuracyM} 米` });
  if (visit.offSiteReason) items.push({ label: '异地原因', value: visit.offSiteReason });
  if (visit.makeUpReason) items.push({ label: '补卡原因', value: visit.makeUpReason });
  items.push({ label: '省外专家', value: visit.outOfProvince ? '是' : '否' });
  return items;
}

/**
 * This visit's check-out kept on the phone, if any: read from the outbox, so it holds when the page
 * is opened again; `onSent` runs when the outbox has sent it (the entry is gone, not refused).
 */
function useKeptCheckOut(visitId: string, onSent: () => void): OutboxEntry | undefined {
  const { entries } = useOutbox();
  const kept = entries.find((entry) => 'visitId' in entry.data && entry.data.visitId === visitId);
  const waiting = kept !== undefined && !kept.refused;
  const wasWaiting = useRef(false);
  useEffect(() => {
    if (waiting || kept) {
      wasWaiting.current = waiting;
    } else if (wasWaiting.current) {
      wasWaiting.current = false;
      onSent();
    }
  }, [waiting, kept, onSent]);
  return kept;
}

/** Ends the visit now; without a network the check-out is kept on the phone and sent later. */
function CheckOut({
  visit,
  openid,
  kept,
  onChanged,
}: {
  visit: VisitDetail;
  openid: string;
  /** This visit's check-out already kept on the phone: waiting, or refused by the server. */
  kept?: OutboxEntry;
  onChanged: (v: VisitDetail) => void;
}) {
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (report: VisitReport) => {
    setSending(true);
    setProblem(null);
    // A refused one is replaced by this one.
    if (kept) dismissEntry(kept.requestId);
    const at = new Date().toISOString();
    const result = await sendOrKeep(
      'visits.checkOut',
      {
        visitId: visit.id,
        at,
        summary: report.summary,
        outcomes: report.outcomes,
        photos: report.photos.fileIds,
        attachments: report.attachments,
      },
      { label: `签退 · ${visit.stationName}`, localPhotos: report.photos.waiting, openid },
    );
    setSending(false);
    if (result.status === 'sent') onChanged(result.data);
    else if (result.status === 'refused') setProblem(result.message);
    // Kept: the outbox now holds it, and the page shows it waiting.
  };

  if (kept && !kept.refused) {
    return (
      <View className="visit-detail__body">
        <Notice tone="warn" title="签退已保存在手机上，等待发送">
          网络不可用。签退时间 {formatDateTime(kept.data.at)} 已记下，服务时长算到这一刻；联网后自动发送，无需重复签退。
        </Notice>
      </View>
    );
  }
  return (
    <SectionCard title="签退">
      <VisitReportForm
        openid={openid}
        submitLabel="签退"
        submitting={sending}
        problem={problem ?? (kept?.refused ? `保存在手机上的签退未被接受：${kept.refused.message}` : null)}
        onSubmit={(r) => void submit(r)}
      >
        <Text className="visit-detail__hint">
          {visit.proof === 'off_site'
            ? '异地服务签退后，须经站长审核确认才计入服务记录。'
            : '签退后本次服务即计入记录。'}
        </Text>
      </VisitReportForm>
    </SectionCard>
  );
}

const HOURS = ['1', '2', '3', '4', '6', '8', '10', '12'] as const;

/** Completes a visit left open past 12 hours (补录) as a new record the head approves; the page moves to it. */
function Correction({ visit, openid }: { visit: VisitDetail; openid: string }) {
  const correct = useSubmit('visits.correct');
  const form = useForm<{ hours: (typeof HOURS)[number] | '' }>({ hours: '' }, ({ hours }) =>
    hours ? {} : { hours: '请选择实际服务时长' },
  );
  const { hours } = form.values;
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (report: VisitReport) => {
    if (report.photos.waiting.length > 0) return setProblem('有照片尚未上传，请联网后点照片上的「重试」');
    setProblem(null);
    const at = new Date(Date.parse(visit.checkInAt) + Number(hours) * 3_600_000).toISOString();
    const result = await correct.submit({
      visitId: visit.id,
      at,
      summary: report.summary,
      outcomes: report.outcomes,
      photos: report.photos.fileIds,
      attachments: report.attachments,
    });
    if (result.ok) void Taro.redirectTo({ url: withQuery(ROUTES.visitDetail, { visitId: result.data.id }) });
    else setProblem(result.message);
  };

  return (
    <SectionCard title="补录">
      <VisitReportForm
        openid={openid}
        submitLabel="提交补录"
        submitting={correct.submitting}
        problem={problem}
        checkChildren={form.check}
        onSubmit={(r) => void submit(r)}
      >
        <Notice tone="warn" title="这次服务超过 12 小时未签退，已自动结束">
          请补录实际服务时长和服务内容，提交后由站长审核，认可后计入服务记录。
        </Notice>
        <FormField label="实际服务时长" required vertical error={form.errors.hours}>
          <ChoiceChips
            options={HOURS.map((value) => ({ value, label: `${value} 小时` }))}
            selected={hours ? [hours] : []}
            onToggle={(value) => form.set('hours', value)}
          />
        </FormField>
      </VisitReportForm>
    </SectionCard>
  );
}
