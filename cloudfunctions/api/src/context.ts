import type { RoleGrant } from '../../../types/domain';
import { activeGrantsOf } from './store/roles';

/** Who is calling, with their grants read at most once per invocation. */
export interface CallerContext {
  openid: string;
  grants(): Promise<RoleGrant[]>;
}

export function callerContext(openid: string): CallerContext {
  let grants: Promise<RoleGrant[]> | undefined;
  return {
    openid,
    grants: () => (grants ??= activeGrantsOf(openid)),
  };
}
