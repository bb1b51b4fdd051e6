import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ErrorState } from '../../components/ErrorState';
import { ExpertVisitBar } from '../../components/ExpertVisitBar';
import { HomeHero } from '../../components/HomeHero';
import { LoadingState } from '../../components/LoadingState';
import { NoRoleGuide } from '../../components/NoRoleGuide';
import { PageShell } from '../../components/PageShell';
import { needsProfile, ProfilePrompt } from '../../components/ProfilePrompt';
import { RoleHome } from '../../components/RoleHome';
import { RoleSwitcher } from '../../components/RoleSwitcher';
import { ROUTES } from '../../constants/routes';
import { useActiveRole } from '../../hooks/useActiveRole';
import { usePullDownRefetch } from '../../hooks/useListPage';
import { useRefetchOnShow } from '../../hooks/useRefetchOnShow';
import { useSessionGuard } from '../../hooks/useSessionGuard';
import { useStations } from '../../hooks/useStations';
import { useWhoAmI } from '../../hooks/useWhoAmI';
import { roleScopeText } from '../../utils/roleStations';
import { ROLE_LABELS } from '../../../types/catalogue';
import './index.scss';

const NO_ROLES: never[] = [];

export default function HomePage() {
  const whoami = useWhoAmI();
  const redirecting = useSessionGuard(whoami);
  const views = whoami.data?.roles ?? NO_ROLES;
  const { roles, active, grants, choose } = useActiveRole(views);
  // One page of the widest size covers every station a person's roles concern.
  const stations = useStations({ pageSize: 100, enabled: roles.length > 0 });

  // Back from a station page: its stations may have changed. The caller's roles are asked again where they change.
  useRefetchOnShow(() => {
    if (roles.length > 0) void stations.refetch();
  });

  usePullDownRefetch(() => Promise.all([whoami.refetch(), roles.length > 0 && stations.refetch()]));

  if (redirecting) return <PageShell />;
  if (whoami.loading && !whoami.data) {
    return (
      <PageShell>
        <HomeHero />
        <LoadingState />
      </PageShell>
    );
  }
  if (whoami.error || !whoami.data) {
    return (
      <PageShell>
        <HomeHero />
        <View className="home__card">
          <ErrorState message={whoami.error?.message ?? '未能获取您的身份'} onRetry={whoami.refetch} />
        </View>
      </PageShell>
    );
  }

  const { profile, profileComplete } = whoami.data;
  const scope = roleScopeText(grants);
  return (
    <PageShell>
      <HomeHero
        name={profile?.name}
        subtitle={
          active ? (
            <Text>
              {ROLE_LABELS[active]}
              {scope ? ` · ${scope}` : ''}
            </Text>
          ) : (
            <Text>欢迎使用站务通</Text>
          )
        }
      />
      {active === null ? (
        <NoRoleGuide onGoToMe={() => void Taro.switchTab({ url: ROUTES.me })} />
      ) : (
        <>
          {roles.length > 1 && <RoleSwitcher roles={roles} active={active} onChange={choose} />}
          {needsProfile(active, profileComplete) && <ProfilePrompt role={active} />}
          {active === 'expert' && <ExpertVisitBar />}
          <RoleHome role={active} grants={grants} stations={stations} />
        </>
      )}
    </PageShell>
  );
}
