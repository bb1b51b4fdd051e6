import { Button } from '@nutui/nutui-react-taro';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { MakeUpAllowance, VisitDetail } from '../../../../../types/actions';
import type { ServiceType } from '../../../../../types/domain';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { FieldProblem } from '../../../../components/FieldProblem';
import { FormField } from '../../../../components/FormField';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { PickList } from '../../../../components/PickList';
import { SectionCard } from '../../../../components/SectionCard';
import { StatusBadge } from '../../../../components/StatusBadge';
import { TextField } from '../../../../components/TextField';
import { VisitReportForm, type VisitReport } from '../../../../components/VisitReportForm';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useForm } from '../../../../hooks/useForm';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { formatDateTime, formatMinutes } from '../../../../utils/dates';
import { labelOptions } from '../../../../utils/labelOptions';
import { makeUpSpan } from '../../../../utils/makeUpTimes';
import { makeUpProblems, type MakeUpValues } from '../../../../utils/visitForms';
import { NEED_STATUS_LABELS, SERVICE_TYPE_LABELS, VISIT_LIMITS } from '../../../../../types/catalogue';
import '../../../../components/OptionPicker/index.scss';
import './index.scss';

const SERVICE_OPTIONS = labelOptions(SERVICE_TYPE_LABELS);
/** Where the time wheels open before anything is picked: a working morning. */
const FIRST_START = '09:00';

/**
 * 补卡: a visit the expert forgot to check in to, entered afterwards for one of their assigned
 * needs. The days offered and the month's count come from the server; the head approves it.
 */
export default function MakeUpPage() {
  const me = useWhoAmI();
  const allowance = useApiQuery('visits.makeUpAllowance', {});
  const [entered, setEntered] = useState<VisitDetail | null>(null);

  const failure = me.error ?? allowance.error;
  if (failure) {
    return (
      <PageShell>
        <ErrorState message={failure.message} onRetry={() => void Promise.all([me.refetch(), allowance.refetch()])} />
      </PageShell>
    );
  }
  if (!me.data || !allowance.data) return <LoadingState cards={3} />;

  return (
    <PageShell className="make-up">
      <View className="make-up__hero">
        <Text className="make-up__title">补卡</Text>
        <Text className="make-up__lead">
          到站服务时忘记签到，可在 {allowance.data.windowDays} 天内补卡；站长认可后计入服务记录和年度任务。
        </Text>
      </View>
      {entered ? (
        <Entered visit={entered} remaining={Math.max(0, allowance.data.remaining - 1)} />
      ) : (
        <>
          <View className="make-up__body">
            <AllowanceNotice allowance={allowance.data} />
          </View>
          {allowance.data.remaining > 0 && (
            <MakeUpForm allowance={allowance.data} openid={me.data.openid} onEntered={setEntered} />
          )}
        </>
      )}
    </PageShell>
  );
}

function AllowanceNotice({ allowance }: { allowance: MakeUpAllowance }) {
  const rule = `每月最多 ${allowance.limit} 次，提交即计入（未获认可的也算），${allowance.resetsOn} 起重新计算。`;
  if (allowance.remaining === 0) {
    return (
      <Notice tone="warn" title={allowance.limit === 0 ? '补卡暂未开放' : '本月的补卡次数已用完'}>
        <Text>{allowance.limit === 0 ? '漏签的服务请联系站长。' : `${rule}漏签的服务请联系站长。`}</Text>
      </Notice>
    );
  }
  return (
    <Notice title={`本月还可补卡 ${allowance.remaining} 次`}>
      <Text>{rule}</Text>
    </Notice>
  );
}

interface MakeUpFormProps {
  allowance: MakeUpAllowance;
  openid: string;
  onEntered: (visit: VisitDetail) => void;
}

function MakeUpForm({ allowance, openid, onEntered }: MakeUpFormProps) {
  const needs = useApiQuery('needs.list', { assignedToMe: true, statuses: ['in_service', 'accepted'], pageSize: 50 });
  const makeUp = useSubmit('visits.makeUp');
  const form = useForm<MakeUpValues>(
    { needId: '', serviceType: '', date: '', startTime: '', endTime: '', reason: '' },
    (values) => makeUpProblems(values, makeUpSpan(values.date, values.startTime, values.endTime) !== null),
  );
  const { values, set, errors } = form;
  const { needId, serviceType, date, startTime, endTime } = values;
  const [problem, setProblem] = useState<string | null>(null);
  const span = makeUpSpan(date, startTime, endTime);
  const [reasonMin, reasonMax] = VISIT_LIMITS.makeUpReason;
  const items = needs.data?.items ?? [];

  const chooseNeed = (id: string) => {
    set('needId', id);
    const need = items.find((candidate) => candidate.id === id);
    if (need) set('serviceType', need.serviceType);
  };

  const submit = async (report: VisitReport) => {
    // The report's form has checked these fields too: it calls back only when all are clean.
    if (!span || !serviceType) return;
    setProblem(null);
    const result = await makeUp.submit({
      needId,
      serviceType,
      start: span.start,
      end: span.end,
      summary: report.summary,
      outcomes: report.outcomes,
      reason: values.reason.trim(),
      photos: report.photos.fileIds,
      attachments: report.attachments,
    });
    if (result.ok) onEntered(result.data);
    else setProblem(result.message);
  };

  return (
    <>
      <SectionCard title="服务的需求">
        {errors.needId && <FieldProblem message={errors.needId} />}
        {needs.error ? (
          <ErrorState message={needs.error.message} onRetry={needs.refetch} />
        ) : needs.loading && items.length === 0 ? (
          <LoadingState cards={1} inset={false} />
        ) : items.length === 0 ? (
          <EmptyState title="没有可补卡的需求" description="只能为指派给您、已受理或服务中的需求补卡。" glyph="需" />
        ) : (
          <PickList
            items={items.map((need) => ({
              id: need.id,
              title: need.title,
              detail: need.stationName,
              extra: <StatusBadge label={NEED_STATUS_LABELS[need.status]} tone="progress" />,
            }))}
            selectedId={needId}
            onSelect={chooseNeed}
          />
        )}
      </SectionCard>

      <SectionCard title="服务类型">
        {errors.serviceType && <FieldProblem message={errors.serviceType} />}
        <ChoiceChips<ServiceType>
          options={SERVICE_OPTIONS}
          selected={serviceType ? [serviceType] : []}
          onToggle={(value) => set('serviceType', value)}
        />
      </SectionCard>

      <SectionCard title="服务时间">
        <View className="make-up__card">
          <FormField
            label="日期"
            required
            error={errors.date}
            hint={`可选 ${allowance.earliestDate.slice(5)} 至 ${allowance.today.slice(5)}（今天）`}
          >
            <Picker
              mode="date"
              value={date || allowance.today}
              start={allowance.earliestDate}
              end={allowance.today}
              onChange={(event) => set('date', event.detail.value)}
            >
              <Shown value={date} />
            </Picker>
          </FormField>
          <FormField label="开始" required error={errors.startTime}>
            <Picker
              mode="time"
              value={startTime || FIRST_START}
              onChange={(event) => set('startTime', event.detail.value)}
            >
              <Shown value={startTime} />
            </Picker>
          </FormField>
          <FormField
            label="结束"
            required
            error={errors.endTime}
            hint={
              span
                ? `共 ${formatMinutes(span.minutes)}${span.overnight ? '，结束在次日' : ''}`
                : '一次服务最长 12 小时；结束早于开始时算作次日'
            }
          >
            <Picker
              mode="time"
              value={endTime || startTime || FIRST_START}
              onChange={(event) => set('endTime', event.detail.value)}
            >
              <Shown value={endTime} suffix={span?.overnight ? '（次日）' : ''} />
            </Picker>
          </FormField>
        </View>
      </SectionCard>

      <SectionCard title="服务记录">
        <VisitReportForm
          openid={openid}
          submitLabel="提交补卡"
          submitting={makeUp.submitting}
          problem={problem}
          checkChildren={form.check}
          photosRequired
          photosHint="至少一张：可拍工作现场、签字的服务记录单等；当天存在手机里的照片可作为附件上传"
          onSubmit={(report) => void submit(report)}
        >
          <TextField
            label="补卡原因"
            required
            hint={`${reasonMin}–${reasonMax} 个字，站长审核时会看到`}
            placeholder="例如：到站时手机没电，未能签到"
            limit={VISIT_LIMITS.makeUpReason}
            rows={3}
            {...form.bindText('reason')}
          />
        </VisitReportForm>
      </SectionCard>
    </>
  );
}

/** A picker's current value, or the prompt to pick one. */
function Shown({ value, suffix = '' }: { value: string; suffix?: string }) {
  return (
    <View className="option-picker">
      <Text className={value ? 'option-picker__value' : 'option-picker__placeholder'}>
        {value ? `${value}${suffix}` : '请选择'}
      </Text>
      <Text className="option-picker__arrow">›</Text>
    </View>
  );
}

function Entered({ visit, remaining }: { visit: VisitDetail; remaining: number }) {
  return (
    <View className="make-up__body">
      <Notice
        tone="success"
        title="补卡已提交，等待站长审核"
        action={
          <View className="make-up__actions">
            <Button
              type="primary"
              onClick={() => void Taro.redirectTo({ url: withQuery(ROUTES.visitDetail, { visitId: visit.id }) })}
            >
              查看这条记录
            </Button>
            <Button
              fill="outline"
              type="primary"
              onClick={() => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: ROUTES.myVisits }))}
            >
              返回服务记录
            </Button>
          </View>
        }
      >
        <Text>
          {visit.stationName} · {visit.needTitle}，{formatDateTime(visit.checkInAt)} 至{' '}
          {formatDateTime(visit.checkOutAt).slice(11)}。站长认可后计入服务记录；本月还可补卡 {remaining} 次。
        </Text>
      </Notice>
    </View>
  );
}
