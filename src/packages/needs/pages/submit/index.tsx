import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { NeedDetail } from '../../../../../types/actions';
import type { Attachment, Industry, NeedUrgency, ServiceType } from '../../../../../types/domain';
import { AttachmentPicker } from '../../../../components/AttachmentPicker';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { DateField } from '../../../../components/DateField';
import { ErrorState } from '../../../../components/ErrorState';
import { FormActions } from '../../../../components/FormActions';
import { FormCard } from '../../../../components/FormCard';
import { FormField } from '../../../../components/FormField';
import { LoadingState } from '../../../../components/LoadingState';
import { NeedSubmitted } from '../../../../components/NeedSubmitted';
import { Notice } from '../../../../components/Notice';
import { OptionPicker } from '../../../../components/OptionPicker';
import { PageShell } from '../../../../components/PageShell';
import { TextField } from '../../../../components/TextField';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useForm } from '../../../../hooks/useForm';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { askToSubscribe, type SubscribeOutcome } from '../../../../services/subscriptions';
import { todayPlusYears } from '../../../../utils/dates';
import { NEED_FIELD_LABELS, needProblems, type NeedField, type NeedFormValues } from '../../../../utils/needForm';
import { refusalAtField } from '../../../../utils/validation';
import { INDUSTRY_LABELS, NEED_LIMITS, NEED_URGENCY_LABELS, SERVICE_TYPE_LABELS } from '../../../../../types/catalogue';
import { labelOptions } from '../../../../utils/labelOptions';
import './index.scss';

const SERVICE_OPTIONS = labelOptions(SERVICE_TYPE_LABELS);
const INDUSTRY_OPTIONS = labelOptions(INDUSTRY_LABELS);
const URGENCY_OPTIONS = labelOptions(NEED_URGENCY_LABELS);

/** A demand unit's technical need, or one a station head records for it (`?stationId=`). */
export default function SubmitNeedPage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const me = useWhoAmI();
  const station = useApiQuery('stations.get', { stationId }, { enabled: stationId !== '' });
  // The station's own industry until the person picks another.
  const withIndustry = (values: NeedFormValues): NeedFormValues => ({
    ...values,
    industry: values.industry || station.data?.industry || '',
  });
  const form = useForm<NeedFormValues, NeedField>(
    {
      title: '',
      description: '',
      expectedOutcome: '',
      industry: '',
      serviceType: '',
      urgency: 'normal',
      desiredDate: '',
    },
    (values) => needProblems(withIndustry(values), todayPlusYears()),
  );
  const { values, set, errors, bindText } = form;
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** The unit's need once it is in: the page shows it and what happens next instead of the form. */
  const [submitted, setSubmitted] = useState<{ need: NeedDetail; subscribed: SubscribeOutcome } | null>(null);
  const create = useSubmit('needs.create');
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);

  const isUnit = me.data?.roles.some((role) => role.role === 'demand_unit' && role.stationId === stationId) ?? false;
  const industry = withIndustry(values).industry;

  const submit = async () => {
    setProblem(null);
    // Uploading attachments keep the button disabled; the fields say what is wrong with them.
    if (!form.check() || uploading || !values.serviceType || !industry) return;
    // Asked inside the tap, before the request: WeChat allows it only from a tap.
    const subscribed = isUnit ? await askToSubscribe(me.data?.subscribeTemplates, ['need_decided']) : 'unavailable';
    const result = await create.submit({
      stationId,
      title: values.title.trim(),
      description: values.description.trim(),
      expectedOutcome: values.expectedOutcome.trim(),
      industry,
      serviceType: values.serviceType,
      urgency: values.urgency,
      ...(values.desiredDate && { desiredDate: values.desiredDate }),
      attachments,
    });
    if (!result.ok) {
      const atField = refusalAtField(result.message, NEED_FIELD_LABELS);
      if (atField) form.refuse(atField.field, atField.message);
      else setProblem(result.message);
      return;
    }
    if (isUnit) {
      setSubmitted({ need: result.data, subscribed });
      return;
    }
    void Taro.showToast({ title: '需求已提交', icon: 'success' });
    void Taro.redirectTo({ url: withQuery(ROUTES.needDetail, { needId: result.data.id }) });
  };

  if (!stationId) {
    return (
      <PageShell>
        <ErrorState
          title="未指定工作站"
          message="请从工作站的需求列表进入。"
          onRetry={() => void Taro.navigateBack()}
        />
      </PageShell>
    );
  }
  if (station.loading && !station.data) return <LoadingState cards={2} />;
  if (station.error) {
    return (
      <PageShell>
        <ErrorState message={station.error.message} onRetry={station.refetch} />
      </PageShell>
    );
  }

  if (submitted) {
    return (
      <PageShell>
        <NeedSubmitted need={submitted.need} headName={station.data?.head?.name} subscribed={submitted.subscribed} />
      </PageShell>
    );
  }

  return (
    <PageShell className="need-submit">
      <View className="need-submit__body">
        <View className="need-submit__hero">
          <Text className="need-submit__station">{station.data?.name}</Text>
          <Text className="need-submit__lead">
            {isUnit
              ? '写清楚遇到的技术问题和希望达到的效果，工作站受理后会指派专家联系您。'
              : '您正在代需求单位登记需求，提交后将标注为「站方代为登记」。'}
          </Text>
        </View>
        <FormCard>
          <TextField
            label={NEED_FIELD_LABELS.title}
            required
            hint={`${NEED_LIMITS.title[0]}–${NEED_LIMITS.title[1]} 个字`}
            placeholder="如：铸锭气孔率偏高"
            limit={NEED_LIMITS.title}
            {...bindText('title')}
          />
          <TextField
            label={NEED_FIELD_LABELS.description}
            required
            hint={`现状、问题、已尝试的办法，至少 ${NEED_LIMITS.description[0]} 个字`}
            placeholder="请描述现状和遇到的技术问题"
            limit={NEED_LIMITS.description}
            rows={5}
            {...bindText('description')}
          />
          <TextField
            label={NEED_FIELD_LABELS.expectedOutcome}
            required
            placeholder="希望解决到什么程度，如：气孔率降到 0.5% 以下"
            limit={NEED_LIMITS.expectedOutcome}
            rows={3}
            {...bindText('expectedOutcome')}
          />
          <FormField label="服务类型" required vertical error={errors.serviceType}>
            <ChoiceChips<ServiceType>
              options={SERVICE_OPTIONS}
              selected={values.serviceType ? [values.serviceType] : []}
              onToggle={(value) => set('serviceType', value)}
            />
          </FormField>
          <FormField label="所属产业" required error={errors.industry}>
            <OptionPicker<Industry>
              title="所属产业"
              options={INDUSTRY_OPTIONS}
              value={industry}
              placeholder="请选择"
              onChange={(value) => set('industry', value)}
            />
          </FormField>
          <FormField label="紧急程度" required vertical>
            <ChoiceChips<NeedUrgency>
              options={URGENCY_OPTIONS}
              selected={[values.urgency]}
              onToggle={(value) => set('urgency', value)}
            />
          </FormField>
          <FormField
            label="期望完成"
            error={errors.desiredDate}
            hint={
              values.desiredDate ? (
                <Text className="need-submit__clear" onClick={() => set('desiredDate', '')}>
                  不限日期（清除）
                </Text>
              ) : (
                '可不填；不能早于今天'
              )
            }
          >
            <DateField
              title="期望完成日期"
              value={values.desiredDate}
              placeholder="选择日期"
              fromYear={Number(todayPlusYears().slice(0, 4))}
              toYear={Number(todayPlusYears(3).slice(0, 4))}
              onChange={(value) => set('desiredDate', value)}
            />
          </FormField>
          <FormField label="附件" vertical>
            <AttachmentPicker openid={me.data?.openid ?? ''} onChange={setAttachments} onBusyChange={onBusyChange} />
          </FormField>
        </FormCard>
        {problem && (
          <View className="need-submit__notice">
            <Notice tone="error" title="未能提交">
              <Text>{problem}</Text>
            </Notice>
          </View>
        )}
      </View>
      <FormActions>
        <Button block type="primary" loading={create.submitting} disabled={uploading} onClick={() => void submit()}>
          {isUnit ? '提交需求' : '代为登记'}
        </Button>
      </FormActions>
    </PageShell>
  );
}
