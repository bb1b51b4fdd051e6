import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useMemo, useState } from 'react';
import type { RoleView } from '../../types/actions';
import type { Role } from '../../types/domain';
import { ROLES } from '../../types/catalogue';
import { refetchWhoAmI } from './useWhoAmI';

const STORAGE_KEY = 'zwt.activeRole';

export interface ActiveRoleState {
  /** The distinct roles the user holds, widest view first. */
  roles: Role[];
  /** The role the home page is showing; null when the user holds none. */
  active: Role | null;
  /** Every grant of the active role (an expert may serve several stations). */
  grants: RoleView[];
  choose: (role: Role) => void;
}

/** Which of the user's roles the app is acting in, remembered across launches. */
export function useActiveRole(views: readonly RoleView[]): ActiveRoleState {
  const [stored, setStored] = useState<string>(() => readStored());
  // Another page (the other tab, the binding page) may have changed it meanwhile.
  useDidShow(() => setStored(readStored()));
  const roles = useMemo(() => ROLES.filter((role) => views.some((view) => view.role === role)), [views]);
  const active = roles.find((role) => role === stored) ?? roles[0] ?? null;
  const grants = useMemo(() => views.filter((view) => view.role === active), [views, active]);

  const choose = useCallback((role: Role) => {
    setStored(role);
    rememberActiveRole(role);
    // Where one looks for a role granted or removed meanwhile: the list should be today's.
    void refetchWhoAmI();
  }, []);

  return { roles, active, grants, choose };
}

/** Makes `role` the one the app acts in from the next page on (e.g. a role just bound). */
export function rememberActiveRole(role: Role): void {
  try {
    Taro.setStorageSync(STORAGE_KEY, role);
  } catch {
    // Storage full or unavailable: the choice still holds for this session.
  }
}

function readStored(): string {
  try {
    const value: unknown = Taro.getStorageSync(STORAGE_KEY);
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}
