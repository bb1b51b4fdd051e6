import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { RoleView } from '../../../types/actions';
import { ErrorState } from '../../components/ErrorState';
import { FeatureEntry } from '../../components/FeatureEntry';
import { LoadingState } from '../../components/LoadingState';
import { PageShell } from '../../components/PageShell';
import { needsProfile, ProfilePrompt } from '../../components/ProfilePrompt';
import { RoleSwitcher } from '../../components/RoleSwitcher';
import { SectionCard } from '../../components/SectionCard';
import { ROUTES } from '../../constants/routes';
import { useActiveRole } from '../../hooks/useActiveRole';
import { useSessionGuard } from '../../hooks/useSessionGuard';
import { useWhoAmI } from '../../hooks/useWhoAmI';
import { signOut } from '../../services/localSession';
import { ROLE_LABELS } from '../../../types/catalogue';
import './index.scss';

const NO_ROLES: never[] = [];

function roleWhere(view: RoleView): string {
  return view.stationName ?? view.societyName ?? (view.role === 'city_admin' ? '贵阳市科学技术协会' : '');
}

export default function MePage() {
  const whoami = useWhoAmI();
  const redirecting = useSessionGuard(whoami);
  const { roles: distinctRoles, active, choose } = useActiveRole(whoami.data?.roles ?? NO_ROLES);
  const [switching, setSwitching] = useState(false);

  const switchDemoUser = async () => {
    // A constant condition, so the weapp build drops this branch and the local sign-in module.
    if (process.env.TARO_ENV === 'h5') {
      setSwitching(true);
      const result = await signOut();
      setSwitching(false);
      if (result.ok) void Taro.reLaunch({ url: ROUTES.signIn });
      else void Taro.showToast({ title: result.message, icon: 'none' });
    }
  };

  if (redirecting) return <PageShell />;
  if (whoami.loading && !whoami.data) {
    return (
      <PageShell>
        <LoadingState cards={2} />
      </PageShell>
    );
  }
  if (whoami.error || !whoami.data) {
    return (
      <PageShell>
        <View className="me__card">
          <ErrorState message={whoami.error?.message ?? '未能获取您的身份'} onRetry={whoami.refetch} />
        </View>
      </PageShell>
    );
  }

  const { profile, roles, outOfProvince, profileComplete } = whoami.data;
  const name = profile?.name || '未填写姓名';
  const go = (url: string) => () => void Taro.navigateTo({ url });
  return (
    <PageShell>
      <View className="me__profile">
        <View className="me__avatar">
          <Text>{name.slice(0, 1)}</Text>
        </View>
        <View className="me__identity">
          <View className="me__name-row">
            <Text className="me__name">{name}</Text>
            {profile?.title && <Text className="me__title">{profile.title}</Text>}
          </View>
          <Text className="me__unit">{profile?.workUnit || '未填写工作单位'}</Text>
          <View className="me__tags">
            {profile?.province && (
              <Text className="me__tag">
                {profile.province}
                {profile.city && profile.city !== profile.province ? ` ${profile.city}` : ''}
              </Text>
            )}
            {outOfProvince && <Text className="me__tag me__tag--accent">省外专家</Text>}
            {!profileComplete && <Text className="me__tag me__tag--warn">资料待完善</Text>}
          </View>
        </View>
      </View>

      {needsProfile(active, profileComplete) && active && <ProfilePrompt role={active} />}

      {distinctRoles.length > 1 && active && <RoleSwitcher roles={distinctRoles} active={active} onChange={choose} />}

      <SectionCard title="我的身份" extra={active ? <Text>当前：{ROLE_LABELS[active]}</Text> : undefined}>
        {roles.length === 0 ? (
          <View className="me__no-role">
            <Text>暂无身份。请向所在学会或工作站索取邀请码，在下方「绑定邀请码」中绑定。</Text>
          </View>
        ) : (
          <CellGroup className="me__roles">
            {roles.map((view, index) => (
              <Cell
                key={`${view.role}-${view.stationId ?? view.societyId ?? index}`}
                title={ROLE_LABELS[view.role]}
                description={roleWhere(view)}
                extra={view.role === active ? <Text className="me__current">当前</Text> : undefined}
              />
            ))}
          </CellGroup>
        )}
      </SectionCard>

      <SectionCard title="账户">
        <FeatureEntry
          glyph="码"
          title="绑定邀请码"
          description="输入或扫描上级发放的邀请码，获得相应身份"
          onClick={go(ROUTES.bind)}
        />
        <FeatureEntry
          glyph="资"
          title={profileComplete ? '个人资料' : '完善个人资料'}
          description="姓名、手机号、单位、职称与所在省市"
          onClick={go(ROUTES.profileEdit)}
        />
        {/* The city association's bootstrap setting (README) is filled in from this identifier. */}
        <Text className="me__openid" selectable>
          微信身份标识：{whoami.data.openid}
        </Text>
      </SectionCard>

      {process.env.TARO_ENV === 'h5' && (
        <View className="me__switch">
          <Button block fill="outline" type="primary" loading={switching} onClick={() => void switchDemoUser()}>
            切换演示用户
          </Button>
          <Text className="me__hint">本地演示环境专用，正式小程序中以微信身份登录。</Text>
        </View>
      )}
    </PageShell>
  );
}
