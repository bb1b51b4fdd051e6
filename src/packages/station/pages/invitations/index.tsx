import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { InvitableRole, InvitationView } from '../../../../../types/actions';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { InvitationCard } from '../../../../components/InvitationCard';
import {
  InvitationForm,
  invitationProblems,
  MAX_USES,
  VALID_DAYS,
  type InvitationFormValues,
} from '../../../../components/InvitationForm';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useForm } from '../../../../hooks/useForm';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useSubmit } from '../../../../hooks/useSubmit';
import { INVITABLE_ROLES } from '../../../../../types/catalogue';
import './index.scss';

const SOCIETY_ROLES: readonly InvitableRole[] = ['society_admin'];

/**
 * The invitations of one station (`?stationId=`: the roles the caller may invite there) or of
 * one society (`?societyId=`: its administrators, issued by the city admin).
 */
export default function InvitationsPage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const societyId = stationId ? '' : (params.societyId ?? '');
  const station = useApiQuery('stations.get', { stationId }, { enabled: stationId !== '' });
  const scope = stationId ? { stationId } : { societyId };
  const invitations = usePagedList('invitations.list', scope, {
    pageSize: 20,
    enabled: stationId !== '' || societyId !== '',
    keyOf: (invitation) => invitation.code,
  });
  const redirecting = useSessionGuard({ error: invitations.error ?? station.error, data: null });

  const roles = stationId ? INVITABLE_ROLES.filter((role) => station.data?.canInvite.includes(role)) : SOCIETY_ROLES;
  const form = useForm<InvitationFormValues>(
    { role: '', validDays: VALID_DAYS.initial, maxUses: MAX_USES.initial },
    invitationProblems,
  );
  const { values, set } = form;
  const create = useSubmit('invitations.create');
  const revoke = useSubmit('invitations.revoke');
  const [createError, setCreateError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);

  // One role to choose from: chosen already.
  const onlyRole = roles.length === 1 ? roles[0] : null;
  useEffect(() => {
    if (onlyRole && values.role !== onlyRole) set('role', onlyRole);
  }, [onlyRole, values.role, set]);

  // Nothing is reached from here; the page's own writes change the list in place.
  useListPage(invitations, {
    refetchOnShow: false,
    pullDown: () => Promise.all([invitations.refetch(), stationId && station.refetch()]),
  });

  const submit = async () => {
    setCreateError(null);
    if (!form.check() || !values.role) return;
    const result = await create.submit({
      role: values.role,
      ...(stationId ? { stationId } : { societyId }),
      validDays: values.validDays,
      maxUses: values.maxUses,
    });
    if (!result.ok) {
      setCreateError(result.message);
      return;
    }
    invitations.prepend(result.data);
    void Taro.showToast({ title: '邀请码已生成', icon: 'success' });
  };

  const confirmRevoke = async (invitation: InvitationView) => {
    const { confirm } = await Taro.showModal({
      title: '撤销邀请码',
      content: `撤销后邀请码 ${invitation.code} 不能再绑定；已绑定的成员不受影响。`,
      confirmText: '撤销',
      confirmColor: '#d93025',
    });
    if (!confirm) return;
    setRevoking(invitation.code);
    const result = await revoke.submit({ code: invitation.code });
    setRevoking(null);
    if (!result.ok) {
      void Taro.showToast({ title: result.message, icon: 'none' });
      return;
    }
    invitations.replace(result.data);
    void Taro.showToast({ title: '已撤销', icon: 'success' });
  };

  if (redirecting) return <PageShell />;
  if (!stationId && !societyId) {
    return (
      <PageShell>
        <View className="invitations__card">
          <EmptyState title="未指定工作站或学会" description="请从工作站或学会页面进入。" glyph="邀" />
        </View>
      </PageShell>
    );
  }

  const where = stationId ? station.data?.name : params.societyName ? safeDecode(params.societyName) : undefined;
  const stationLoading = stationId !== '' && !station.data && !station.error;
  return (
    <PageShell className="invitations">
      <View className="invitations__hero">
        <Text className="invitations__title">{stationId ? '邀请工作站成员' : '邀请学会管理员'}</Text>
        {where && <Text className="invitations__where">{where}</Text>}
        <Text className="invitations__lead">
          将邀请码或小程序码发给对方：对方在「我的 → 绑定邀请码」中输入，或用微信扫描小程序码，确认后即获得相应身份。
        </Text>
      </View>

      <SectionCard title="发放邀请码">
        {stationLoading ? (
          <LoadingState cards={1} inset={false} />
        ) : station.error && stationId ? (
          <View className="invitations__card">
            <ErrorState message={station.error.message} onRetry={station.refetch} />
          </View>
        ) : roles.length === 0 ? (
          <Notice tone="info" title="您不能在此工作站发放邀请码">
            <Text>站长邀请工作人员、专家和需求单位联系人；建站学会管理员邀请站长。</Text>
          </Notice>
        ) : (
          <>
            <InvitationForm form={form} roles={roles} submitting={create.submitting} onSubmit={() => void submit()} />
            {createError && (
              <View className="invitations__notice">
                <Notice tone="error" title="未能生成邀请码">
                  <Text>{createError}</Text>
                </Notice>
              </View>
            )}
          </>
        )}
      </SectionCard>

      <SectionCard
        title="已发放的邀请码"
        extra={invitations.loading ? undefined : <Text>共 {invitations.total} 个</Text>}
      >
        {invitations.loading ? (
          <LoadingState cards={1} inset={false} />
        ) : invitations.error && invitations.items.length === 0 ? (
          <View className="invitations__card">
            <ErrorState message={invitations.error.message} onRetry={invitations.refetch} />
          </View>
        ) : invitations.items.length === 0 ? (
          <View className="invitations__card">
            <EmptyState title="尚未发放邀请码" description="在上方选择身份后生成。" glyph="邀" />
          </View>
        ) : (
          <View>
            {invitations.items.map((invitation) => (
              <InvitationCard
                key={invitation.code}
                invitation={invitation}
                revoking={revoking === invitation.code}
                onRevoke={() => void confirmRevoke(invitation)}
              />
            ))}
            {invitations.hasMore && (
              <View className="invitations__more">
                <Button
                  fill="outline"
                  type="primary"
                  size="small"
                  loading={invitations.loadingMore}
                  onClick={invitations.loadMore}
                >
                  加载更多
                </Button>
              </View>
            )}
          </View>
        )}
      </SectionCard>
    </PageShell>
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
