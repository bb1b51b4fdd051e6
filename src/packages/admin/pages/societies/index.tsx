import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { SocietyInput, SocietyView } from '../../../../../types/actions';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { FormActions } from '../../../../components/FormActions';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { SocietyCard } from '../../../../components/SocietyCard';
import { SocietyForm } from '../../../../components/SocietyForm';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useForm } from '../../../../hooks/useForm';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useSubmit } from '../../../../hooks/useSubmit';
import { SOCIETY_FIELD_LABELS, societyProblems, trimmedSociety } from '../../../../utils/societyForm';
import { refusalAtField } from '../../../../utils/validation';
import './index.scss';

const EMPTY: SocietyInput = { name: '', level: 'city', supervisor: '', contactName: '', contactPhone: '' };

/** The city admin's register of societies: list, register a new one, invite its administrator. */
export default function SocietiesPage() {
  const societies = usePagedList('societies.list', {}, { pageSize: 20, keyOf: (society) => society.id });
  const redirecting = useSessionGuard({ error: societies.error, data: null });
  const [creating, setCreating] = useState(false);
  const form = useForm<SocietyInput>(EMPTY, societyProblems);
  const create = useSubmit('societies.create');
  const [createError, setCreateError] = useState<string | null>(null);

  // What is reached from here (a society's invitations, a new station) leaves the list as it was.
  useListPage(societies, { refetchOnShow: false });

  const submit = async () => {
    setCreateError(null);
    if (!form.check()) return;
    const result = await create.submit(trimmedSociety(form.values));
    if (!result.ok) {
      const atField = refusalAtField(result.message, SOCIETY_FIELD_LABELS);
      if (atField) form.refuse(atField.field, atField.message);
      else setCreateError(result.message);
      return;
    }
    societies.prepend(result.data);
    form.reset(EMPTY);
    setCreating(false);
    void Taro.showToast({ title: '学会已登记', icon: 'success' });
  };

  const invite = (society: SocietyView) =>
    void Taro.navigateTo({
      url: withQuery(ROUTES.invitations, { societyId: society.id, societyName: society.name }),
    });
  const newStation = (society: SocietyView) =>
    void Taro.navigateTo({ url: withQuery(ROUTES.adminStationEdit, { societyId: society.id }) });

  if (redirecting) return <PageShell />;
  const forbidden = societies.error?.code === 'FORBIDDEN';
  return (
    <PageShell className="societies">
      <View className="societies__summary">
        <View className="societies__count-line">
          <Text className="societies__count">{societies.loading ? '…' : societies.total}</Text>
          <Text className="societies__unit">个建站学会</Text>
        </View>
        {!forbidden && !creating && (
          <Button size="small" className="societies__new" onClick={() => setCreating(true)}>
            ＋ 新建学会
          </Button>
        )}
      </View>

      {creating && (
        <SectionCard title="登记新学会">
          <SocietyForm form={form} />
          {createError && (
            <View className="societies__notice">
              <Notice tone="error" title="登记未成功">
                <Text>{createError}</Text>
              </Notice>
            </View>
          )}
          <View className="societies__form-actions">
            <FormActions>
              <Button block type="primary" loading={create.submitting} onClick={() => void submit()}>
                登记学会
              </Button>
              <Button block fill="none" onClick={() => setCreating(false)}>
                取消
              </Button>
            </FormActions>
          </View>
        </SectionCard>
      )}

      <SectionCard title="学会列表">
        {societies.loading ? (
          <LoadingState cards={2} inset={false} />
        ) : societies.error && societies.items.length === 0 ? (
          <View className="societies__card">
            <ErrorState
              title={forbidden ? '无权查看' : '加载失败'}
              message={societies.error.message}
              onRetry={societies.refetch}
            />
          </View>
        ) : societies.items.length === 0 ? (
          <View className="societies__card">
            <EmptyState title="暂无学会" description="点击「新建学会」登记第一个建站学会。" glyph="学" />
          </View>
        ) : (
          <View>
            {societies.items.map((society) => (
              <SocietyCard
                key={society.id}
                society={society}
                onInvite={() => invite(society)}
                onNewStation={() => newStation(society)}
              />
            ))}
            {societies.hasMore && (
              <View className="societies__more">
                <Button
                  fill="outline"
                  type="primary"
                  size="small"
                  loading={societies.loadingMore}
                  onClick={societies.loadMore}
                >
                  加载更多
                </Button>
              </View>
            )}
            {societies.error && <Text className="societies__error">{societies.error.message}</Text>}
          </View>
        )}
      </SectionCard>
    </PageShell>
  );
}
