import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { StationDetail } from '../../../../../types/actions';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorState } from '../../../../components/ErrorState';
import { FormActions } from '../../../../components/FormActions';
import { FormCard } from '../../../../components/FormCard';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { StationForm, type StationField, type StationFormValues } from '../../../../components/StationForm';
import { TextField } from '../../../../components/TextField';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useForm } from '../../../../hooks/useForm';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useSubmit } from '../../../../hooks/useSubmit';
import { goBackOr } from '../../../../utils/navigation';
import { checkChangeReason, controlledChangesFrom, type ChangeReasonValues } from '../../../../utils/stationChangeForm';
import {
  checkStationForm,
  emptyStationForm,
  stationChangesFrom,
  stationFormFrom,
  stationRegistrationFrom,
} from '../../../../utils/stationForm';
import { STATION_CHANGE_FIELD_LABELS, STATION_LIMITS, type StationChangeField } from '../../../../../types/catalogue';
import './index.scss';

/**
 * Creating a station (`?societyId=` preselects the society) or editing one (`?stationId=`). A
 * society admin's change to the host, place, industry or agreement becomes a request to the city.
 */
export default function StationEditPage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const editing = stationId !== '';
  const station = useApiQuery('stations.get', { stationId }, { enabled: editing });
  const societies = usePagedList('societies.list', {}, { pageSize: 100, enabled: !editing, keyOf: (s) => s.id });
  const form = useForm<StationFormValues, StationField>(
    () => emptyStationForm(params.societyId ?? ''),
    checkStationForm,
  );
  const { reset } = form;
  const create = useSubmit('stations.create');
  const update = useSubmit('stations.update');
  const requestChange = useSubmit('stations.requestChange');
  const reasonForm = useForm<ChangeReasonValues, 'reason'>({ reason: '' }, checkChangeReason);
  const [saveError, setSaveError] = useState<string | null>(null);
  const filled = useRef(false);
  const loadError = editing ? station.error : societies.error;
  const redirecting = useSessionGuard({ error: loadError, data: null });

  useEffect(() => {
    if (editing && station.data && !filled.current) {
      filled.current = true;
      reset(stationFormFrom(station.data));
    }
  }, [editing, station.data, reset]);

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: editing ? '编辑工作站' : '新建工作站' });
  }, [editing]);

  const societyOptions = useMemo(
    () => societies.items.map((society) => ({ value: society.id, label: society.name })),
    [societies.items],
  );

  // 共同条款第 2 条: only the city, who approves such requests, changes these fields directly.
  const needsApproval = editing && station.data?.canDecideChange === false;
  const controlled = needsApproval && station.data ? controlledChangesFrom(station.data, form.values) : {};
  const asking = Object.keys(controlled).length > 0;

  const submitRequest = async (current: StationDetail) => {
    // Said before anything is sent: the name and radius are not saved half-way through a refusal.
    if (current.changePending) {
      return setSaveError(
        '本站已有一项变更申请在等待市科协审定，审定后才能提交新的申请；如只修改名称或签到半径，请将其他信息改回原值后保存。',
      );
    }
    const formChecked = form.check();
    if (!reasonForm.check() || !formChecked) return;
    const direct = stationChangesFrom(form.values);
    if (direct.name !== current.name || direct.radiusM !== current.radiusM) {
      const { demandUnit, industry, location, cooperationStart, cooperationEnd } = current;
      const body = { ...direct, demandUnit, industry, location, cooperationStart, cooperationEnd };
      const saved = await update.submit({ stationId, ...body });
      if (!saved.ok) return setSaveError(saved.message);
    }
    const result = await requestChange.submit({
      stationId,
      changes: controlledChangesFrom(current, form.values),
      reason: reasonForm.values.reason.trim(),
    });
    if (!result.ok) return setSaveError(result.message);
    void Taro.showToast({ title: '变更申请已提交', icon: 'success' });
    setTimeout(() => goBackOr(withQuery(ROUTES.stationDetail, { stationId })), 800);
  };

  const submit = async () => {
    setSaveError(null);
    if (asking && station.data) return submitRequest(station.data);
    if (!form.check()) return;
    if (editing) {
      const result = await update.submit({ stationId, ...stationChangesFrom(form.values) });
      if (!result.ok) return setSaveError(result.message);
      void Taro.showToast({ title: '已保存', icon: 'success' });
      setTimeout(() => goBackOr(withQuery(ROUTES.stationDetail, { stationId })), 800);
    } else {
      const result = await create.submit(stationRegistrationFrom(form.values));
      if (!result.ok) return setSaveError(result.message);
      void Taro.showToast({ title: '工作站已创建', icon: 'success' });
      setTimeout(
        () => void Taro.redirectTo({ url: withQuery(ROUTES.stationDetail, { stationId: result.data.id }) }),
        800,
      );
    }
  };

  if (redirecting) return <PageShell />;
  const loading = editing ? !station.settled || (station.loading && !filled.current) : societies.loading;
  if (loading) {
    return (
      <PageShell>
        <LoadingState cards={3} />
      </PageShell>
    );
  }
  if (loadError && (editing ? !filled.current : societies.items.length === 0)) {
    const forbidden = loadError.code === 'FORBIDDEN';
    return (
      <PageShell>
        <View className="station-edit__card">
          <ErrorState
            title={forbidden ? '无权操作' : '加载失败'}
            message={loadError.message}
            onRetry={editing ? station.refetch : societies.refetch}
          />
        </View>
      </PageShell>
    );
  }
  if (editing && station.data && !station.data.canEdit) {
    return (
      <PageShell>
        <Notice tone="warn" title="无权编辑">
          <Text>只有市科协管理员和本站所属学会的管理员可以修改工作站信息。</Text>
        </Notice>
      </PageShell>
    );
  }

  const submitting = create.submitting || update.submitting || requestChange.submitting;
  const pending = station.data?.changePending ?? false;
  return (
    <PageShell className="station-edit">
      {!editing && (
        <Notice tone="info" title="登记已认定的工作站">
          <Text>
            此处只登记本系统上线前已由市科协发文认定的工作站。新设工作站请由学会在「建站申报」中提交申报书，经审核认定后自动建站。
          </Text>
        </Notice>
      )}
      {needsApproval && (
        <Notice
          tone={pending ? 'warn' : 'info'}
          title={pending ? '已有变更申请待市科协审定' : '部分信息的变更须经市科协批准'}
        >
          <Text>
            按申报书共同条款第 2
            条，需求单位、签到位置、产业领域和合作期限的变更须向市科协提出申请并说明理由，经审定同意后方可生效；工作站名称和签到半径可直接修改。
            {pending && '市科协审定前不能再提交新的变更申请。'}
          </Text>
        </Notice>
      )}
      <View className="station-edit__form">
        <StationForm form={form} societies={editing ? null : societyOptions} societyName={station.data?.societyName} />
      </View>
      {asking && (
        <View className="station-edit__request">
          <Text className="station-edit__section">变更申请</Text>
          <FormCard>
            <View className="station-edit__changed">
              <Text>
                申请变更：
                {(Object.keys(controlled) as StationChangeField[])
                  .map((field) => STATION_CHANGE_FIELD_LABELS[field])
                  .join('、')}
              </Text>
            </View>
            <TextField
              label="变更理由"
              required
              rows={4}
              placeholder="说明变更的内容和理由，市科协据此审定"
              limit={STATION_LIMITS.changeReason}
              {...reasonForm.bindText('reason')}
            />
          </FormCard>
        </View>
      )}
      {saveError && (
        <Notice tone="error" title="保存未成功">
          <Text>{saveError}</Text>
        </Notice>
      )}
      <FormActions>
        <Button block type="primary" size="large" loading={submitting} onClick={() => void submit()}>
          {asking ? '提交变更申请' : editing ? '保存修改' : '创建工作站'}
        </Button>
      </FormActions>
    </PageShell>
  );
}
