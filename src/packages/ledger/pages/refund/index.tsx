import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Attachment } from '../../../../../types/domain';
import {
  capitalYuan,
  formatYuan,
  LEDGER_LIMITS,
  LEDGER_TABLE_LIMITS,
  STATION_STATUS_LABELS,
  yuanToFen,
} from '../../../../../types/catalogue';
import { AttachmentPicker } from '../../../../components/AttachmentPicker';
import { DateField } from '../../../../components/DateField';
import { EmptyState } from '../../../../components/EmptyState';
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
import { todayPlusYears } from '../../../../utils/dates';
import { amountInWords, refundProblems, type RefundValues } from '../../../../utils/ledgerForms';
import '../form.scss';

/** The city confirms what a stopped station's society returned: the balance, or a part of it with a reason. */
export default function LedgerRefundPage() {
  const stationId = useRouter().params.stationId ?? '';
  const ledger = useApiQuery('ledger.station', { stationId, pageSize: 1 }, { enabled: stationId !== '' });
  if (ledger.error) {
    return (
      <PageShell>
        <ErrorState message={ledger.error.message} onRetry={ledger.refetch} />
      </PageShell>
    );
  }
  if (!ledger.data) return <LoadingState cards={3} />;
  if (ledger.data.refundDueFen === null) {
    return (
      <PageShell>
        <EmptyState title="无需退还" description="只有已撤销或已撤并、且有结余的工作站才退还经费。" glyph="退" />
      </PageShell>
    );
  }
  return (
    <RefundForm
      stationId={stationId}
      stationName={ledger.data.stationName}
      status={STATION_STATUS_LABELS[ledger.data.stationStatus]}
      dueFen={ledger.data.refundDueFen}
    />
  );
}

interface RefundFormProps {
  stationId: string;
  stationName: string;
  status: string;
  dueFen: number;
}

function RefundForm({ stationId, stationName, status, dueFen }: RefundFormProps) {
  const me = useWhoAmI();
  const refund = useSubmit('ledger.refund');
  // Prefilled with the whole balance: the usual case is 全部退还.
  const form = useForm<RefundValues>(
    { amount: (dueFen / 100).toFixed(2), date: todayPlusYears(), note: '', reason: '' },
    (values) => refundProblems(values, dueFen),
  );
  const { values, set, errors } = form;
  const [slips, setSlips] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    if (!form.check()) return;
    setProblem(null);
    const result = await refund.submit({
      stationId,
      amountFen: yuanToFen(values.amount)!,
      date: values.date,
      note: values.note.trim(),
      ...(values.reason.trim() && { reason: values.reason.trim() }),
      receipts: slips,
    });
    if (result.ok) {
      void Taro.showToast({ title: '已确认退还', icon: 'success' });
      void Taro.navigateBack();
    } else setProblem(result.message);
  };

  return (
    <PageShell className="ledger-form">
      <View className="ledger-form__head">
        <Text className="ledger-form__station">{stationName}</Text>
        <Text className="ledger-form__balance">
          {status} · 结余 ￥{formatYuan(dueFen)}（{capitalYuan(dueFen)}）
        </Text>
      </View>
      <View className="ledger-form__body">
        <Notice title="视情况部分或全部退还">
          <Text>工作站停止运行，结余经费按共同条款 3 退还；少于结余时须说明理由。</Text>
        </Notice>
        <FormCard>
          <TextField
            label="退还金额（元）"
            required
            type="digit"
            placeholder={formatYuan(dueFen)}
            hint={amountInWords(values.amount)}
            {...form.bindText('amount')}
          />
          <FormField label="退还日期" required error={errors.date}>
            <DateField title="退还日期" value={values.date} onChange={(value) => set('date', value)} />
          </FormField>
          <TextField
            label="说明"
            required
            placeholder="如：工作站撤销，结余经费退还市科协"
            limit={LEDGER_LIMITS.note}
            rows={2}
            {...form.bindText('note')}
          />
          <TextField
            label="理由"
            hint="部分退还时必填"
            placeholder="未全部退还的理由"
            limit={LEDGER_LIMITS.reason}
            rows={2}
            {...form.bindText('reason')}
          />
          <FormField label="汇款凭证" vertical hint="可上传汇款回单">
            <AttachmentPicker
              openid={me.data?.openid ?? ''}
              purpose="ledger"
              max={LEDGER_TABLE_LIMITS.receipts}
              onChange={setSlips}
              onBusyChange={setUploading}
            />
          </FormField>
        </FormCard>
        {problem && (
          <Notice tone="error" title="未能确认">
            <Text>{problem}</Text>
          </Notice>
        )}
      </View>
      <FormActions>
        <Button block type="primary" loading={refund.submitting} disabled={uploading} onClick={() => void submit()}>
          确认退还
        </Button>
      </FormActions>
    </PageShell>
  );
}
