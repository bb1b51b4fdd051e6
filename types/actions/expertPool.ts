/** The society's 专家库: its experts across its stations, and inviting one to another of its stations. */
import type { Industry, Instant, StationStatus } from '../domain';
import type { PersonView } from './people';
import type { Page, PageRequest } from './session';

export interface ExpertPoolRequest extends PageRequest {
  societyId: string;
  /** Part of the name or of the work unit, in any letter case. */
  search?: string;
  /** Only the experts whose work unit is outside Guizhou. */
  outOfProvince?: boolean;
  /** Only the experts on this station's roster. */
  stationId?: string;
}

export interface PoolStation {
  id: string;
  name: string;
  status: StationStatus;
}

export interface PoolExpert {
  person: PersonView;
  expertise: string[];
  industries: Industry[];
  /** The society's stations whose roster they are on now. */
  stations: { id: string; name: string }[];
  /** Confirmed visits at the society's stations in the current year (Asia/Shanghai). */
  visitsThisYear: number;
}

export interface ExpertPoolPage extends Page<PoolExpert> {
  year: number;
  /** The whole pool, whatever the filters. */
  counts: { experts: number; outOfProvince: number };
  /** Every station of the society, by name: the filter's choices and where an expert may be invited. */
  stations: PoolStation[];
}

export interface ExpertInvitation {
  code: string;
  stationId: string;
  stationName: string;
  expertOpenid: string;
  expertName: string;
  expiresAt: Instant;
}

export interface ExpertPoolActions {
  'experts.pool': { request: ExpertPoolRequest; response: ExpertPoolPage };
  'experts.invite': { request: { expertOpenid: string; stationId: string }; response: ExpertInvitation };
}
