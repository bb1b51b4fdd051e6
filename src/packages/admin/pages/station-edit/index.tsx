import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorState } from '../../../../components/ErrorState';
import { FormActions } from '../../../../components/FormActions';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { StationForm, type StationField, type StationFormValues } from '../../../../components/StationForm';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useForm } from '../../../../hooks/useForm';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useSubmit } from '../../../../hooks/useSubmit';
import { goBackOr } from '../../../../utils/navigation';
import {
  checkStationForm,
  emptyStationForm,
  stationChangesFrom,
  stationFormFrom,
  stationRegistrationFrom,
} from '../../../../utils/stationForm';
import './index.scss';

/** Creating a station (`?societyId=` preselects the society) or editing one (`?stationId=`). */
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

  const submit = async () => {
    setSaveError(null);
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

  const submitting = create.submitting || update.submitting;
  return (
    <PageShell className="station-edit">
      {!editing && (
        <Notice tone="info" title="登记已认定的工作站">
          <Text>
            此处只登记本系统上线前已由市科协发文认定的工作站。新设工作站请由学会在「建站申报」中提交申报书，经审核认定后自动建站。
          </Text>
        </Notice>
      )}
      <View className="station-edit__form">
        <StationForm form={form} societies={editing ? null : societyOptions} societyName={station.data?.societyName} />
      </View>
      {saveError && (
        <Notice tone="error" title="保存未成功">
          <Text>{saveError}</Text>
        </Notice>
      )}
      <FormActions>
        <Button block type="primary" size="large" loading={submitting} onClick={() => void submit()}>
          {editing ? '保存修改' : '创建工作站'}
        </Button>
      </FormActions>
    </PageShell>
  );
}
