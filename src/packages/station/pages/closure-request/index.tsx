import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { StationDetail } from '../../../../../types/actions';
import type { Attachment } from '../../../../../types/domain';
import { AttachmentPicker } from '../../../../components/AttachmentPicker';
import { ChoiceChips } from '../../../../components/ChoiceChips';
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
import { useStations } from '../../../../hooks/useStations';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { labelOptions } from '../../../../utils/labelOptions';
import {
  CLOSURE_FIELD_LABELS,
  closureProblems,
  type ClosureField,
  type ClosureFormValues,
} from '../../../../utils/stationStatusForm';
import { refusalAtField } from '../../../../utils/validation';
import { CLOSURE_KIND_LABELS, STATION_STATUS_LIMITS, type ClosureKind } from '../../../../../types/catalogue';
import './index.scss';

const KIND_OPTIONS = labelOptions(CLOSURE_KIND_LABELS);

/** What each kind means for the station, said under the choice. */
const KIND_HINTS: Record<ClosureKind, string> = {
  merge: '本站并入本学会另一个运行中的工作站，本站随之撤并',
  restructure: '本站重组，原工作站撤并；重组后的工作站另行申报',
  withdraw: '本站不再继续运行，申请撤销',
};

/** The society's written request to merge, restructure or close a station (`?stationId=`), for the city to decide. */
export default function ClosureRequestPage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const station = useApiQuery('stations.get', { stationId }, { enabled: stationId !== '' });

  if (!stationId) {
    return (
      <PageShell>
        <ErrorState title="未指定工作站" message="请从工作站页面进入。" onRetry={() => void Taro.navigateBack()} />
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
  return <ClosureForm station={station.data} />;
}

function ClosureForm({ station }: { station: StationDetail }) {
  const me = useWhoAmI();
  const stations = useStations({ pageSize: 100 });
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<ClosureFormValues, ClosureField>({ kind: '', intoStationId: '', reason: '' }, (values) =>
    closureProblems(values, attachments),
  );
  const { values, set, errors, bindText } = form;
  const request = useSubmit('stations.requestClosure');
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);
  // A merge goes into another running station of the same society.
  const targets = stations.items
    .filter((other) => other.societyId === station.societyId && other.id !== station.id && other.status === 'operating')
    .map((other) => ({ value: other.id, label: other.name }));

  const submit = async () => {
    setProblem(null);
    if (!form.check() || uploading || !values.kind) return;
    const result = await request.submit({
      stationId: station.id,
      kind: values.kind,
      ...(values.kind === 'merge' && { intoStationId: values.intoStationId }),
      reason: values.reason.trim(),
      attachments,
    });
    if (!result.ok) {
      const atField = refusalAtField(result.message, CLOSURE_FIELD_LABELS);
      if (atField) form.refuse(atField.field, atField.message);
      else setProblem(result.message);
      return;
    }
    void Taro.showToast({ title: '申请已提交', icon: 'success' });
    void Taro.navigateBack();
  };

  return (
    <PageShell className="closure-request">
      <View className="closure-request__body">
        <View className="closure-request__hero">
          <Text className="closure-request__station">{station.name}</Text>
          <Text className="closure-request__lead">
            工作站因故不能继续运行时，由学会书面申请合并、重组或撤销，经市科协批准后生效（《试行办法》第四条第（三）项第
            5 款）。
          </Text>
        </View>
        <FormCard>
          <FormField
            label={CLOSURE_FIELD_LABELS.kind}
            required
            vertical
            error={errors.kind}
            hint={values.kind ? KIND_HINTS[values.kind] : undefined}
          >
            <ChoiceChips<ClosureKind>
              options={KIND_OPTIONS}
              selected={values.kind ? [values.kind] : []}
              onToggle={(value) => set('kind', value)}
            />
          </FormField>
          {values.kind === 'merge' && (
            <FormField
              label={CLOSURE_FIELD_LABELS.intoStationId}
              required
              error={errors.intoStationId}
              hint={targets.length === 0 && !stations.loading ? '本学会没有其他运行中的工作站' : undefined}
            >
              <OptionPicker<string>
                title={CLOSURE_FIELD_LABELS.intoStationId}
                options={targets}
                value={values.intoStationId}
                placeholder={stations.loading ? '正在加载…' : '请选择'}
                onChange={(value) => set('intoStationId', value)}
              />
            </FormField>
          )}
          <TextField
            label={CLOSURE_FIELD_LABELS.reason}
            required
            rows={4}
            placeholder="如：需求单位停产，工作站无法继续运行"
            limit={STATION_STATUS_LIMITS.reason}
            {...bindText('reason')}
          />
          <FormField
            label={CLOSURE_FIELD_LABELS.attachments}
            required
            vertical
            hint="学会盖章的书面申请，扫描件或照片"
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
        </FormCard>
        {problem && (
          <Notice tone="error" title="未能提交">
            <Text>{problem}</Text>
          </Notice>
        )}
      </View>
      <FormActions>
        <Button block type="primary" loading={request.submitting} disabled={uploading} onClick={() => void submit()}>
          提交申请
        </Button>
      </FormActions>
    </PageShell>
  );
}
