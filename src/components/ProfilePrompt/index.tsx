import { Button } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Role } from '../../../types/domain';
import { ROUTES } from '../../constants/routes';
import { Notice } from '../Notice';
import { ROLE_LABELS } from '../../../types/catalogue';

/** Roles that must complete the profile before acting (the server answers PROFILE_INCOMPLETE). */
const NEEDS_PROFILE: readonly Role[] = ['expert', 'station_head'];

export function needsProfile(role: Role | null, profileComplete: boolean): boolean {
  return role !== null && !profileComplete && NEEDS_PROFILE.includes(role);
}

/** A prominent request to complete the profile, for an expert or station head who has not. */
export function ProfilePrompt({ role }: { role: Role }) {
  return (
    <Notice
      tone="warn"
      title="请先完善个人资料"
      action={
        <Button type="primary" size="small" onClick={() => void Taro.navigateTo({ url: ROUTES.profileEdit })}>
          去完善资料
        </Button>
      }
    >
      <Text>
        作为{ROLE_LABELS[role]}，须填写姓名、手机号、工作单位、职称和所在省市后才能开展工作（如签到、邀请成员）。
      </Text>
    </Notice>
  );
}
