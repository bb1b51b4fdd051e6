/** Who the caller is, and the paging every list shares. */
import type { Role, UserProfile } from '../domain';

export interface RoleView {
  role: Role;
  societyId?: string;
  societyName?: string;
  stationId?: string;
  stationName?: string;
}

/** The subscribe messages the service sends; each is a template the deployment chooses (README). */
export type NotificationKind =
  | 'need_assigned'
  | 'need_decided'
  | 'visit_to_rate'
  | 'visit_reviewed'
  | 'station_alert'
  | 'application_status'
  | 'assessment_status'
  | 'agreement_end';

export interface WhoAmI {
  openid: string;
  /** Template ids configured for this deployment, for `requestSubscribeMessage`; absent ones are not sent. */
  subscribeTemplates: Partial<Record<NotificationKind, string>>;
  profile: Pick<UserProfile, 'name' | 'workUnit' | 'title' | 'province' | 'city'> | null;
  profileComplete: boolean;
  outOfProvince: boolean;
  roles: RoleView[];
}

export interface PageRequest {
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** The session actions: request and response of each. */
export interface SessionActions {
  'session.whoami': { request: Record<string, never>; response: WhoAmI };
}
