import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { AssessmentView } from '../../../../../types/actions';
import {
  ASSESSMENT_LIMITS,
  ASSESSMENT_METRICS,
  type AssessmentMetric,
} from '../../../../../types/catalogue/assessments';
import { ErrorState } from '../../../../components/ErrorState';
import { FormActions } from '../../../../components/FormActions';
import { FormCard } from '../../../../components/FormCard';
import { LoadingState } from '../../../../components/LoadingState';
import { MetricEditor } from '../../../../components/MetricEditor';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { TextField } from '../../../../components/TextField';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { showFirstProblem, useForm } from '../../../../hooks/useForm';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import {
  formFromReport,
  reportFromForm,
  reportProblems,
  type MetricRow,
  type ReportField,
  type ReportFormValues,
} from '../../../../utils/assessmentReport';
import { ROUND_STATE_LABELS } from '../../../../utils/assessmentStates';
import './index.scss';

/** The head's 自查报告 (`?year=&stationId=`): saved as a draft any time before the deadline, then submitted. */
export default function ReportEditPage() {
  const { params } = useRouter();
  const year = Number(params.year);
  const stationId = params.stationId ?? '';
  const valid = Number.isInteger(year) && year > 2000 && stationId !== '';
  const assessment = useApiQuery('assessments.get', { year, stationId }, { enabled: valid });
  const me = useWhoAmI();

  if (!valid) {
    return (
      <PageShell>
        <ErrorState title="未指定考核" message="请从年度考核页进入。" onRetry={() => void Taro.navigateBack()} />
      </PageShell>
    );
  }
  if (!assessment.data || !me.data) {
    const error = assessment.error ?? me.error;
    return error ? (
      <PageShell>
        <ErrorState message={error.message} onRetry={assessment.refetch} />
      </PageShell>
    ) : (
      <LoadingState cards={4} />
    );
  }
  const loaded = assessment.data;
  if (!loaded.can.edit) {
    return (
      <PageShell className="report-edit">
        <View className="report-edit__closed">
          <Notice tone="info" title={`自查报告${ROUND_STATE_LABELS[loaded.state]}`}>
            <Text>
              {loaded.round.deadlinePassed
                ? `截止日期 ${loaded.round.deadline} 已过，自查报告不能再修改。`
                : '已提交的报告不能修改；市科协审查前可以在考核页撤回后再改。'}
            </Text>
          </Notice>
          <Button block type="primary" onClick={() => void Taro.navigateBack()}>
            返回考核页
          </Button>
        </View>
      </PageShell>
    );
  }
  return <ReportForm key={`${year}:${stationId}`} loaded={loaded} openid={me.data.openid} />;
}

function ReportForm({ loaded, openid }: { loaded: AssessmentView; openid: string }) {
  const key = { year: loaded.year, stationId: loaded.stationId };
  const [strict, setStrict] = useState(false);
  const form = useForm<ReportFormValues, ReportField>(
    () => formFromReport(loaded.report),
    (values) => reportProblems(values, strict),
  );
  const { update: updateField, leave, errors } = form;
  const save = useSubmit('assessments.saveReport');
  const submit = useSubmit('assessments.submit');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());

  const updateMetric = useCallback(
    (metric: AssessmentMetric, change: (row: MetricRow) => MetricRow) =>
      updateField('metrics', (metrics) => ({ ...metrics, [metric]: change(metrics[metric]) })),
    [updateField],
  );
  const onBusyChange = useCallback((evidence: string, uploading: boolean) => {
    setBusy((previous) => {
      if (previous.has(evidence) === uploading) return previous;
      const next = new Set(previous);
      if (uploading) next.add(evidence);
      else next.delete(evidence);
      return next;
    });
  }, []);

  const send = async (submitting: boolean) => {
    setProblem(null);
    setStrict(submitting);
    form.check();
    if (Object.keys(reportProblems(form.values, submitting)).length > 0) {
      showFirstProblem();
      return;
    }
    if (busy.size > 0) {
      setProblem('附件还在上传，请稍候再保存');
      return;
    }
    const result = await save.submit({ ...key, report: reportFromForm(form.values) });
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    if (!submitting) {
      void Taro.showToast({ title: '草稿已保存', icon: 'success' });
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '提交自查报告',
      content: '草稿已保存。提交后学会和市科协可以查看；截止日期前、市科协审查前可以撤回修改。',
      confirmText: '提交',
    });
    if (!confirm) return;
    const submitted = await submit.submit(key);
    if (!submitted.ok) {
      setProblem(submitted.message);
      return;
    }
    void Taro.showToast({ title: '自查报告已提交', icon: 'success' });
    void Taro.redirectTo({
      url: withQuery(ROUTES.assessment, { year: String(loaded.year), stationId: loaded.stationId }),
    });
  };

  return (
    <PageShell className="report-edit">
      <View className="report-edit__hero">
        <Text className="report-edit__title">{loaded.stationName}</Text>
        <Text className="report-edit__meta">
          {loaded.year} 年度自查报告 · 请于 {loaded.round.deadline} 前提交
        </Text>
      </View>
      <View className="report-edit__lead">
        <Text>
          年度服务需求、专家人数、服务记录和经费由系统根据记录生成，不需要填写。这里只写工作总结和下列成效指标，每项指标不为
          0 时须附佐证材料。
        </Text>
      </View>
      <SectionCard title="工作总结">
        <FormCard>
          <TextField
            label="自查报告正文"
            required
            rows={8}
            placeholder={`全年工作开展情况、服务成效、存在问题和下一步打算，${ASSESSMENT_LIMITS.narrative[0]} 字以上`}
            limit={ASSESSMENT_LIMITS.narrative}
            {...form.bindText('narrative')}
          />
        </FormCard>
      </SectionCard>
      <SectionCard title="成效指标" extra="单位见各项">
        <FormCard>
          {ASSESSMENT_METRICS.map((metric) => (
            <MetricEditor
              key={metric}
              metric={metric}
              row={form.values.metrics[metric]}
              update={updateMetric}
              errors={errors}
              onLeave={leave}
              openid={openid}
              onBusyChange={onBusyChange}
            />
          ))}
        </FormCard>
      </SectionCard>
      {problem && (
        <View className="report-edit__notice">
          <Notice tone="error" title="未能保存">
            <Text>{problem}</Text>
          </Notice>
        </View>
      )}
      <FormActions>
        <Button
          block
          fill="outline"
          type="primary"
          loading={save.submitting && !strict}
          onClick={() => void send(false)}
        >
          保存草稿
        </Button>
        <Button
          block
          type="primary"
          loading={(save.submitting || submit.submitting) && strict}
          onClick={() => void send(true)}
        >
          提交
        </Button>
      </FormActions>
    </PageShell>
  );
}
