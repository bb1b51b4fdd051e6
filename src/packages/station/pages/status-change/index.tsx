import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { Attachment } from '../../../../../types/domain';
import { AttachmentPicker } from '../../../../components/AttachmentPicker';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { ErrorState } from '../../../../components/ErrorState';
import { FormActions } from '../../../../components/FormActions';
import { FormCard } from '../../../../components/FormCard';
import { FormField } from '../../../../components/FormField';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { TextField } from '../../../../components/TextField';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useForm } from '../../../../hooks/useForm';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { labelOptions } from '../../../../utils/labelOptions';
import {
  isStatusAction,
  STATUS_ACTION_TITLES,
  STATUS_FIELD_LABELS,
  statusInput,
  statusProblems,
  type StatusAction,
  type StatusField,
  type StatusFormValues,
} from '../../../../utils/stationStatusForm';
import { refusalAtField } from '../../../../utils/validation';
import {
  REVOCATION_REASON_LABELS,
  STATION_STATUS_LABELS,
  STATION_STATUS_LIMITS,
  type RevocationReason,
} from '../../../../../types/catalogue';
import './index.scss';

const REVOCATION_OPTIONS = labelOptions(REVOCATION_REASON_LABELS);

/** What each step does to the station, said before the city admin confirms it. */
const LEADS: Record<StatusAction, string> = {
  suspend: '暂停期间，工作站不能签到、提交需求或发放邀请码；已有记录仍可查看。站长和学会会收到通知。',
  resume: '恢复后，工作站恢复签到、受理需求和邀请成员。站长和学会会收到通知。',
  revoke: '撤销不可恢复（《试行办法》第四条第（三）项第 4 款）。撤销后工作站不再开展工作，历史记录与往年数据保留可查。',
};

const PLACEHOLDERS: Record<StatusAction, string> = {
  suspend: '如：发生安全事故，整改期间暂停运行',
  resume: '如：整改完成，经复查恢复运行',
  revoke: '写明核实的事实，如：申报材料中的合作协议经核查为伪造',
};

/** The city admin suspends, resumes or revokes a station (`?stationId=&action=suspend|resume|revoke`). */
export default function StationStatusChangePage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const action = isStatusAction(params.action) ? params.action : null;
  const station = useApiQuery('stations.get', { stationId }, { enabled: stationId !== '' && action !== null });

  useEffect(() => {
    if (action) void Taro.setNavigationBarTitle({ title: STATUS_ACTION_TITLES[action] });
  }, [action]);

  if (!stationId || !action) {
    return (
      <PageShell>
        <ErrorState title="页面参数有误" message="请从工作站页面进入。" onRetry={() => void Taro.navigateBack()} />
      </PageShell>
    );
  }
  if (!station.data) {
    return (
      <PageShell>
        {station.error ? (
          <ErrorState message={station.error.message} onRetry={station.refetch} />
        ) : (
          <LoadingState cards={2} />
        )}
      </PageShell>
    );
  }
  return (
    <StatusForm
      stationId={stationId}
      stationName={station.data.name}
      statusLabel={STATION_STATUS_LABELS[station.data.status]}
      action={action}
    />
  );
}

function StatusForm({
  stationId,
  stationName,
  statusLabel,
  action,
}: {
  stationId: string;
  stationName: string;
  statusLabel: string;
  action: StatusAction;
}) {
  const me = useWhoAmI();
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<StatusFormValues, StatusField>(
    { reason: '', revocationReason: '', documentNumber: '' },
    (values) => statusProblems(action, values, attachments),
  );
  const { values, set, errors, bindText } = form;
  const suspend = useSubmit('stations.suspend');
  const resume = useSubmit('stations.resume');
  const revoke = useSubmit('stations.revoke');
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);
  const revoking = action === 'revoke';

  const send = () => {
    if (action === 'suspend') return suspend.submit(statusInput(stationId, values));
    if (action === 'resume') return resume.submit(statusInput(stationId, values));
    return revoke.submit({
      ...statusInput(stationId, values),
      revocationReason: values.revocationReason as RevocationReason,
      documentNumber: values.documentNumber.trim(),
      attachments,
    });
  };

  const submit = async () => {
    setProblem(null);
    if (!form.check() || uploading) return;
    if (revoking) {
      const { confirm } = await Taro.showModal({
        title: '撤销工作站',
        content: `撤销后「${stationName}」不能恢复，确定撤销吗？`,
        confirmText: '确定撤销',
        confirmColor: '#d4380d',
        cancelText: '再看看',
      });
      if (!confirm) return;
    }
    const result = await send();
    if (!result.ok) {
      const atField = refusalAtField(result.message, STATUS_FIELD_LABELS);
      if (atField) form.refuse(atField.field, atField.message);
      else setProblem(result.message);
      return;
    }
    void Taro.showToast({ title: `已${STATUS_ACTION_TITLES[action]}`, icon: 'success' });
    void Taro.navigateBack();
  };

  const submitting = suspend.submitting || resume.submitting || revoke.submitting;
  return (
    <PageShell className="status-change">
      <View className="status-change__body">
        <View className="status-change__hero">
          <Text className="status-change__station">{stationName}</Text>
          <Text className="status-change__now">当前状态：{statusLabel}</Text>
        </View>
        <Notice tone={revoking ? 'warn' : 'info'}>
          <Text>{LEADS[action]}</Text>
        </Notice>
        <FormCard>
          {revoking && (
            <FormField label={STATUS_FIELD_LABELS.revocationReason} required vertical error={errors.revocationReason}>
              <ChoiceChips<RevocationReason>
                options={REVOCATION_OPTIONS}
                selected={values.revocationReason ? [values.revocationReason] : []}
                onToggle={(value) => set('revocationReason', value)}
              />
            </FormField>
          )}
          <TextField
            label={revoking ? '事实与理由' : STATUS_FIELD_LABELS.reason}
            required
            rows={4}
            placeholder={PLACEHOLDERS[action]}
            limit={STATION_STATUS_LIMITS.reason}
            {...bindText('reason')}
          />
          {revoking && (
            <>
              <TextField
                label={STATUS_FIELD_LABELS.documentNumber}
                required
                placeholder="如：筑科协发〔2026〕31 号"
                limit={STATION_STATUS_LIMITS.documentNumber}
                {...bindText('documentNumber')}
              />
              <FormField
                label="撤销决定或证据"
                required
                vertical
                hint="至少一个文件：撤销决定、核查材料等"
                error={errors.attachments}
              >
                <AttachmentPicker
                  openid={me.data?.openid ?? ''}
                  purpose="stations"
                  max={STATION_STATUS_LIMITS.attachments}
                  onChange={setAttachments}
                  onBusyChange={onBusyChange}
                />
              </FormField>
            </>
          )}
        </FormCard>
        {problem && (
          <View className="status-change__notice">
            <Notice tone="error" title="未能提交">
              <Text>{problem}</Text>
            </Notice>
          </View>
        )}
      </View>
      <FormActions>
        <Button
          block
          type={revoking ? 'danger' : 'primary'}
          loading={submitting}
          disabled={uploading}
          onClick={() => void submit()}
        >
          {`确认${STATUS_ACTION_TITLES[action]}`}
        </Button>
      </FormActions>
    </PageShell>
  );
}
