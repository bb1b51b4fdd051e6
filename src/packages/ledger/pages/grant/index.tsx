import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import {
  formatYuan,
  GRANT_KIND_LABELS,
  LEDGER_LIMITS,
  LEVEL_SUBSIDY_CAP_FEN,
  yuanToFen,
  type GrantKind,
} from '../../../../../types/catalogue';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { DateField } from '../../../../components/DateField';
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
import { todayPlusYears } from '../../../../utils/dates';
import { labelOptions } from '../../../../utils/labelOptions';
import { amountInWords, grantProblems, type GrantValues } from '../../../../utils/ledgerForms';
import '../form.scss';

const KIND_OPTIONS = labelOptions(GRANT_KIND_LABELS);

/** The city grants a station money: up to its level's cap, less only with a reason (择优). */
export default function LedgerGrantPage() {
  const stationId = useRouter().params.stationId ?? '';
  const ledger = useApiQuery('ledger.station', { stationId, pageSize: 1 }, { enabled: stationId !== '' });
  const grant = useSubmit('ledger.grant');
  const capFen = ledger.data ? LEVEL_SUBSIDY_CAP_FEN[ledger.data.level] : 0;
  const lastYear = String(Number(todayPlusYears().slice(0, 4)) - 1);
  const form = useForm<GrantValues>(
    {
      grantKind: 'annual',
      assessmentYear: lastYear,
      amount: '',
      date: todayPlusYears(),
      documentNumber: '',
      note: '',
      reason: '',
    },
    (values) => grantProblems(values, capFen),
  );
  const { values, set, errors } = form;
  const [problem, setProblem] = useState<string | null>(null);

  if (ledger.error) {
    return (
      <PageShell>
        <ErrorState message={ledger.error.message} onRetry={ledger.refetch} />
      </PageShell>
    );
  }
  if (!ledger.data) return <LoadingState cards={3} />;

  const submit = async () => {
    if (!form.check()) return;
    setProblem(null);
    const result = await grant.submit({
      stationId,
      grantKind: values.grantKind,
      ...(values.grantKind === 'annual' && { assessmentYear: Number(values.assessmentYear) }),
      amountFen: yuanToFen(values.amount)!,
      date: values.date,
      documentNumber: values.documentNumber.trim(),
      note: values.note.trim(),
      ...(values.reason.trim() && { reason: values.reason.trim() }),
    });
    if (result.ok) {
      void Taro.showToast({ title: '已拨付', icon: 'success' });
      void Taro.navigateBack();
    } else setProblem(result.message);
  };

  return (
    <PageShell className="ledger-form">
      <View className="ledger-form__head">
        <Text className="ledger-form__station">{ledger.data.stationName}</Text>
        <Text className="ledger-form__balance">
          当前结余 ￥{formatYuan(Math.max(ledger.data.totals.balanceFen, 0))} · 本级补助上限 ￥{formatYuan(capFen)}
        </Text>
      </View>
      <View className="ledger-form__body">
        <FormCard>
          <FormField label="补助类型" required vertical>
            <ChoiceChips<GrantKind>
              options={KIND_OPTIONS}
              selected={[values.grantKind]}
              onToggle={(value) => set('grantKind', value)}
            />
          </FormField>
          {values.grantKind === 'annual' && (
            <TextField
              label="考核年度"
              required
              type="number"
              placeholder={lastYear}
              hint="考核合格后择优拨付的年度"
              {...form.bindText('assessmentYear')}
            />
          )}
          <TextField
            label="金额（元）"
            required
            type="digit"
            placeholder={formatYuan(capFen)}
            hint={amountInWords(values.amount)}
            {...form.bindText('amount')}
          />
          <FormField label="拨付日期" required error={errors.date}>
            <DateField title="拨付日期" value={values.date} onChange={(value) => set('date', value)} />
          </FormField>
          <TextField
            label="文号"
            required
            placeholder="如 筑科协发〔2026〕3 号"
            limit={LEDGER_LIMITS.documentNumber}
            {...form.bindText('documentNumber')}
          />
          <TextField
            label="说明"
            required
            placeholder="如：年度考核合格，拨付后续年度补助"
            limit={LEDGER_LIMITS.note}
            rows={2}
            {...form.bindText('note')}
          />
          <TextField
            label="理由"
            hint="低于本级上限时必填"
            placeholder="择优补助的理由"
            limit={LEDGER_LIMITS.reason}
            rows={2}
            {...form.bindText('reason')}
          />
        </FormCard>
        {problem && (
          <Notice tone="error" title="未能拨付">
            <Text>{problem}</Text>
          </Notice>
        )}
      </View>
      <FormActions>
        <Button block type="primary" loading={grant.submitting} onClick={() => void submit()}>
          确认拨付
        </Button>
      </FormActions>
    </PageShell>
  );
}
