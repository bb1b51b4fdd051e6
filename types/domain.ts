export type SocietyLevel = 'national' | 'provincial' | 'city';

export type Industry =
  | 'modern_seed'
  | 'electronics'
  | 'advanced_equipment'
  | 'new_energy_vehicles'
  | 'phosphorus_chemicals'
  | 'aluminium'
  | 'health_medicine'
  | 'ecological_food'
  | 'software_it';

export type ServiceType =
  | 'joint_tackling'
  | 'tech_promotion'
  | 'product_development'
  | 'training'
  | 'result_appraisal'
  | 'academic_exchange'
  | 'consulting';

export type Role = 'city_admin' | 'society_admin' | 'station_head' | 'station_staff' | 'expert' | 'demand_unit';

export type DemandUnitType = 'enterprise' | 'township' | 'college' | 'other';

export type StationStatus = 'operating' | 'suspended' | 'revoked';

/** An instant, always UTC, as an ISO-8601 string. */
export type Instant = string;

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. */
export type CalendarDate = string;

export interface GeoPoint {
  /** GCJ-02, as wx.getLocation returns it. */
  latitude: number;
  longitude: number;
}

export interface UserProfile {
  /** The user's OPENID. */
  _id: string;
  name: string;
  mobile: string;
  workUnit: string;
  title: string;
  province: string;
  city: string;
  expertise: string[];
  industries: Industry[];
  createdAt: Instant;
  updatedAt: Instant;
}

/**
 * A role held by a user. For an expert this is also the roster entry: one grant
 * per station, revoked rather than deleted so past years keep their counts.
 */
export interface RoleGrant {
  _id: string;
  openid: string;
  role: Role;
  societyId?: string;
  /** Copied at grant time so listing a person's roles needs no further reads. */
  societyName?: string;
  stationId?: string;
  stationName?: string;
  grantedAt: Instant;
  grantedBy: string;
  revokedAt?: Instant;
  revokedBy?: string;
}

export interface Society {
  _id: string;
  name: string;
  level: SocietyLevel;
  supervisor: string;
  contactName: string;
  contactPhone: string;
  createdAt: Instant;
}

export interface DemandUnit {
  name: string;
  type: DemandUnitType;
  address: string;
}

export interface Station {
  _id: string;
  name: string;
  societyId: string;
  societyName: string;
  level: SocietyLevel;
  industry: Industry;
  demandUnit: DemandUnit;
  headOpenid: string;
  location: GeoPoint;
  radiusM: number;
  cooperationStart: CalendarDate;
  cooperationEnd: CalendarDate;
  status: StationStatus;
  createdAt: Instant;
}

export type NeedStatus = 'submitted' | 'accepted' | 'declined' | 'withdrawn' | 'in_service' | 'resolved' | 'closed';

export interface Need {
  _id: string;
  stationId: string;
  title: string;
  description: string;
  industry: Industry;
  serviceType: ServiceType;
  status: NeedStatus;
  submittedBy: string;
  createdAt: Instant;
}

export type VisitStatus = 'open' | 'pending' | 'confirmed' | 'rejected' | 'incomplete';

export interface Visit {
  _id: string;
  stationId: string;
  needId: string;
  expertOpenid: string;
  serviceType: ServiceType;
  status: VisitStatus;
  checkInAt: Instant;
  checkOutAt?: Instant;
  /** Calendar year and month in Asia/Shanghai of the check-in. */
  year: number;
  month: number;
  /** The expert's out-of-province flag when the visit was confirmed. */
  outOfProvince: boolean;
}
