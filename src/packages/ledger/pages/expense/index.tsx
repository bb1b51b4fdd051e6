import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Attachment } from '../../../../../types/domain';
import {
  EXPENSE_CATEGORY_LABELS,
  FORBIDDEN_EXPENSE_RULE,
  formatYuan,
  LEDGER_LIMITS,
  LEDGER_TABLE_LIMITS,
  yuanToFen,
  type ExpenseCategory,
} from '../../../../../types/catalogue';
import { AttachmentPicker } from '../../../../components/AttachmentPicker';
import { DateField } from '../../../../components/DateField';
import { ErrorState } from '../../../../components/ErrorState';
import { FormActions } from '../../../../components/FormActions';
import { FormCard } from '../../../../components/FormCard';
import { FormField } from '../../../../components/FormField';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { OptionPicker } from '../../../../components/OptionPicker';
import { PageShell } from '../../../../components/PageShell';
import { TextField } from '../../../../components/TextField';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useForm } from '../../../../hooks/useForm';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { todayPlusYears } from '../../../../utils/dates';
import { labelOptions } from '../../../../utils/labelOptions';
import { amountInWords, expenseProblems, type ExpenseValues } from '../../../../utils/ledgerForms';
import '../form.scss';

const CATEGORY_OPTIONS = labelOptions(EXPENSE_CATEGORY_LABELS);

/** The society records what it paid from a station's funds: an allowed category, within the balance, with receipts. */
export default function LedgerExpensePage() {
  const stationId = useRouter().params.stationId ?? '';
  const me = useWhoAmI();
  const ledger = useApiQuery('ledger.station', { stationId, pageSize: 1 }, { enabled: stationId !== '' });
  const expense = useSubmit('ledger.expense');
  const balanceFen = ledger.data?.totals.balanceFen ?? 0;
  const form = useForm<ExpenseValues>(
    { category: '', amount: '', date: todayPlusYears(), payee: '', note: '' },
    (values) => expenseProblems(values, balanceFen),
  );
  const { values, set, errors } = form;
  const [receipts, setReceipts] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [receiptProblem, setReceiptProblem] = useState<string | null>(null);
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
    const clean = form.check();
    setReceiptProblem(receipts.length === 0 ? '请上传至少 1 张票据照片或文件' : null);
    if (!clean || receipts.length === 0 || !values.category) return;
    setProblem(null);
    const result = await expense.submit({
      stationId,
      category: values.category,
      amountFen: yuanToFen(values.amount)!,
      date: values.date,
      payee: values.payee.trim(),
      note: values.note.trim(),
      receipts,
    });
    if (result.ok) {
      void Taro.showToast({ title: '已记录支出', icon: 'success' });
      void Taro.navigateBack();
      return;
    }
    // The server's word on a forbidden use or the balance, at the field it is about.
    if (result.code === 'EXPENSE_FORBIDDEN_USE') form.refuse('note', result.message);
    else if (result.code === 'BALANCE_INSUFFICIENT') form.refuse('amount', result.message);
    else setProblem(result.message);
  };

  return (
    <PageShell className="ledger-form">
      <View className="ledger-form__head">
        <Text className="ledger-form__station">{ledger.data.stationName}</Text>
        <Text className="ledger-form__balance">当前结余 ￥{formatYuan(Math.max(balanceFen, 0))}</Text>
      </View>
      <View className="ledger-form__body">
        <Notice title="补助资金专款专用">
          <Text>{FORBIDDEN_EXPENSE_RULE}</Text>
        </Notice>
        <FormCard>
          <FormField label="支出类别" required error={errors.category}>
            <OptionPicker<ExpenseCategory>
              title="支出类别"
              options={CATEGORY_OPTIONS}
              value={values.category}
              placeholder="请选择"
              onChange={(value) => set('category', value)}
            />
          </FormField>
          <TextField
            label="金额（元）"
            required
            type="digit"
            placeholder="如 1200.50"
            hint={amountInWords(values.amount)}
            {...form.bindText('amount')}
          />
          <FormField label="支出日期" required error={errors.date}>
            <DateField title="支出日期" value={values.date} onChange={(value) => set('date', value)} />
          </FormField>
          <TextField
            label="收款方"
            required
            placeholder="收款单位或个人"
            limit={LEDGER_LIMITS.payee}
            {...form.bindText('payee')}
          />
          <TextField
            label="用途说明"
            required
            placeholder="如：邀请专家现场指导铝液除气工艺的咨询费"
            limit={LEDGER_LIMITS.note}
            rows={3}
            {...form.bindText('note')}
          />
          <FormField
            label="票据"
            required
            vertical
            error={receiptProblem}
            hint={`发票、收据或转账凭证，至少 1 份，最多 ${LEDGER_TABLE_LIMITS.receipts} 份`}
          >
            <AttachmentPicker
              openid={me.data?.openid ?? ''}
              purpose="ledger"
              max={LEDGER_TABLE_LIMITS.receipts}
              onChange={(files) => {
                setReceipts(files);
                if (files.length > 0) setReceiptProblem(null);
              }}
              onBusyChange={setUploading}
            />
          </FormField>
        </FormCard>
        {problem && (
          <Notice tone="error" title="未能记录">
            <Text>{problem}</Text>
          </Notice>
        )}
      </View>
      <FormActions>
        <Button block type="primary" loading={expense.submitting} disabled={uploading} onClick={() => void submit()}>
          记录支出
        </Button>
      </FormActions>
    </PageShell>
  );
}
