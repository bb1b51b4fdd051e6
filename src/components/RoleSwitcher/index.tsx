import { Text, View } from '@tarojs/components';
import type { Role } from '../../../types/domain';
import { ROLE_LABELS } from '../../../types/catalogue';
import './index.scss';

export interface RoleSwitcherProps {
  roles: readonly Role[];
  active: Role;
  onChange: (role: Role) => void;
}

/** Shown when a user holds several roles: which one the home page acts in. */
export function RoleSwitcher({ roles, active, onChange }: RoleSwitcherProps) {
  return (
    <View className="role-switcher">
      <Text className="role-switcher__label">切换身份</Text>
      <View className="role-switcher__options">
        {roles.map((role) => (
          <View
            key={role}
            className={`role-switcher__option${role === active ? ' role-switcher__option--active' : ''}`}
            onClick={() => onChange(role)}
          >
            {ROLE_LABELS[role]}
          </View>
        ))}
      </View>
    </View>
  );
}
