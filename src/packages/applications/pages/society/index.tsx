import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { SOCIETY_LIMITS } from '../../../../../types/catalogue';
import { ErrorState } from '../../../../components/ErrorState';
import { FormActions } from '../../../../components/FormActions';
import { FormCard } from '../../../../components/FormCard';
import { LevelBadge } from '../../../../components/LevelBadge';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { SocietyDetailsFields } from '../../../../components/SocietyDetailsFields';
import { TextField } from '../../../../components/TextField';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useForm } from '../../../../hooks/useForm';
import { useSubmit } from '../../../../hooks/useSubmit';
import {
  societyRecordProblems,
  societyRecordValues,
  societyRefusalAtField,
  societyUpdate,
  type SocietyRecordField,
  type SocietyRecordValues,
} from '../../../../utils/societyRecordForm';
import './index.scss';

const BLANK: SocietyRecordValues = {
  supervisor: '',
  contactName: '',
  contactPhone: '',
  creditCode: '',
  headName: '',
  headTitle: '',
  address: '',
  postcode: '',
  bankAccountName: '',
  bankName: '',
  bankAccount: '',
  financeOfficer: '',
};

/**
 * The society's record (`?societyId=`): its contact and the particulars every 申报书 starts from.
 * Name and level are the city's to change: shown, not edited.
 */
export default function SocietyRecordPage() {
  const { params } = useRouter();
  const societyId = params.societyId ?? '';
  const society = useApiQuery('societies.get', { societyId }, { enabled: societyId !== '' });
  const form = useForm<SocietyRecordValues, SocietyRecordField>(BLANK, societyRecordProblems);
  const update = useSubmit('societies.update');
  const [problem, setProblem] = useState<string | null>(null);
  const { reset } = form;

  useEffect(() => {
    if (society.data) reset(societyRecordValues(society.data));
  }, [society.data, reset]);

  const save = async () => {
    setProblem(null);
    if (!form.check()) return;
    const result = await update.submit(societyUpdate(societyId, form.values));
    if (!result.ok) {
      const atField = societyRefusalAtField(result.message);
      if (atField) form.refuse(atField.field, atField.message);
      else setProblem(result.message);
      return;
    }
    society.replace(result.data);
    void Taro.showToast({ title: '学会信息已保存', icon: 'success' });
  };

  if (!societyId) {
    return (
      <PageShell>
        <ErrorState title="未指定学会" message="请从建站申报页进入。" onRetry={() => void Taro.navigateBack()} />
      </PageShell>
    );
  }
  if (society.loading && !society.data) return <LoadingState cards={3} />;
  if (society.error || !society.data) {
    return (
      <PageShell>
        <ErrorState message={society.error?.message ?? '未找到学会'} onRetry={society.refetch} />
      </PageShell>
    );
  }

  return (
    <PageShell className="society-record">
      <View className="society-record__hero">
        <View className="society-record__name-line">
          <Text className="society-record__name">{society.data.name}</Text>
          <LevelBadge level={society.data.level} />
        </View>
        <Text className="society-record__lead">
          这里的信息会自动填入新建的申报书。学会名称和级别由市科协登记，如需更正请联系市科协。
        </Text>
      </View>
      <View className="society-record__body">
        <FormCard>
          <TextField
            label="业务主管"
            required
            placeholder="业务主管单位"
            limit={SOCIETY_LIMITS.supervisor}
            {...form.bindText('supervisor')}
          />
          <SocietyDetailsFields bind={(field) => form.bindText(field)} />
        </FormCard>
        {problem && (
          <View className="society-record__notice">
            <Notice tone="error" title="未能保存">
              <Text>{problem}</Text>
            </Notice>
          </View>
        )}
      </View>
      <FormActions>
        <Button block type="primary" loading={update.submitting} onClick={() => void save()}>
          保存学会信息
        </Button>
      </FormActions>
    </PageShell>
  );
}
