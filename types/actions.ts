import type { ErrorCode } from './errors';
import type { Industry, Role, SocietyLevel, StationStatus, UserProfile } from './domain';

export interface RoleView {
  role: Role;
  societyId?: string;
  societyName?: string;
  stationId?: string;
  stationName?: string;
}

export interface WhoAmI {
  openid: string;
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

export interface StationSummary {
  id: string;
  name: string;
  societyId: string;
  societyName: string;
  level: SocietyLevel;
  industry: Industry;
  demandUnitName: string;
  status: StationStatus;
}

export interface ActionMap {
  'session.whoami': { request: Record<string, never>; response: WhoAmI };
  'stations.list': { request: PageRequest; response: Page<StationSummary> };
}

export type ActionName = keyof ActionMap;
export type ActionRequest<A extends ActionName> = ActionMap[A]['request'];
export type ActionResponse<A extends ActionName> = ActionMap[A]['response'];

/** What the client sends to the `api` function. Identity is never part of it. */
export interface ApiEvent<A extends ActionName = ActionName> {
  action: A;
  data: ActionRequest<A>;
  /** Required on writes: replaying a request id returns the first outcome and writes nothing. */
  requestId?: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string };
