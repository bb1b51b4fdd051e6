import { Switch } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { RosterMember } from '../../../../../types/actions';
import { EmptyState } from '../../../../components/EmptyState';
import { ExportButton } from '../../../../components/ExportButton';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { PlannedExperts } from '../../../../components/PlannedExperts';
import { RosterGroup } from '../../../../components/RosterGroup';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useSubmit } from '../../../../hooks/useSubmit';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { ROLE_LABELS, ROLES } from '../../../../../types/catalogue';
import './index.scss';

/** A station's people, by role; removing one keeps their past (shown with 显示已移出). */
export default function RosterPage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const roster = useApiQuery('roster.list', { stationId, includeRemoved }, { enabled: stationId !== '' });
  const redirecting = useSessionGuard({ error: roster.error, data: null });
  const remove = useSubmit('roster.remove');
  const me = useWhoAmI();
  // A society admin reaches only their own society's rosters, so any of their grants will do.
  const mayExport =
    me.data?.roles.some(
      (grant) =>
        grant.role === 'city_admin' ||
        grant.role === 'society_admin' ||
        ((grant.role === 'station_head' || grant.role === 'station_staff') && grant.stationId === stationId),
    ) ?? false;
  // The server keeps a society admin to their own society's entries; the link is the same for both.
  const seesAudit = me.data?.roles.some((view) => view.role === 'city_admin' || view.role === 'society_admin');
  const openHistory = (member: RosterMember) =>
    void Taro.navigateTo({
      url: withQuery(ROUTES.auditTrail, { actor: member.person.openid, name: member.person.name || undefined }),
    });
  const [removing, setRemoving] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);

  usePullDownRefetch(roster.refetch);

  const confirmRemove = async (member: RosterMember) => {
    const { confirm } = await Taro.showModal({
      title: '移出成员',
      content: `确定将 ${member.person.name || '该成员'}（${ROLE_LABELS[member.role]}）移出本站？其过往服务记录保留。`,
      confirmText: '移出',
      confirmColor: '#d93025',
    });
    if (!confirm) return;
    setRemoving(member.grantId);
    setRemoveError(null);
    const result = await remove.submit({ stationId, grantId: member.grantId });
    setRemoving(null);
    if (!result.ok) {
      setRemoveError(result.message);
      return;
    }
    void Taro.showToast({ title: '已移出', icon: 'success' });
    roster.refetch();
  };

  if (redirecting) return <PageShell />;
  const members = roster.data?.members ?? [];
  const groups = ROLES.map((role) => ({ role, members: members.filter((member) => member.role === role) })).filter(
    (group) => group.members.length > 0,
  );
  return (
    <PageShell className="roster">
      <View className="roster__toolbar">
        <Text className="roster__summary">
          {roster.data ? `在册 ${members.filter((member) => !member.revokedAt).length} 人` : '人员名单'}
        </Text>
        <View className="roster__toggle">
          <Text className="roster__toggle-label">显示已移出</Text>
          <Switch checked={includeRemoved} onChange={setIncludeRemoved} />
        </View>
      </View>
      {mayExport && (
        <View className="roster__export">
          <Text className="roster__export-note">进站专家信息表：在册专家及站长、工作人员</Text>
          <ExportButton action="reports.stationRoster" data={{ stationId }} label="导出名册" />
        </View>
      )}
      {removeError && (
        <Notice tone="error" title="移出未成功">
          <Text>{removeError}</Text>
        </Notice>
      )}
      {!roster.data && roster.error ? (
        <View className="roster__card">
          <ErrorState message={roster.error.message} onRetry={roster.refetch} />
        </View>
      ) : !roster.data ? (
        <LoadingState cards={2} />
      ) : groups.length === 0 ? (
        <View className="roster__card">
          <EmptyState title="暂无成员" description="在工作站页面「邀请成员」中发放邀请码。" glyph="员" />
        </View>
      ) : (
        groups.map((group) => (
          <RosterGroup
            key={group.role}
            role={group.role}
            members={group.members}
            onRemove={(member) => void confirmRemove(member)}
            removing={removing}
            onHistory={seesAudit ? openHistory : undefined}
          />
        ))
      )}
      {roster.data && roster.data.plannedExperts.length > 0 && <PlannedExperts experts={roster.data.plannedExperts} />}
    </PageShell>
  );
}
