import type { ErrorCode } from '../errors';
import type { ApplicationActions } from './applications';
import type { AssessmentActions } from './assessments';
import type { AuditActions } from './audit';
import type { BlacklistActions } from './blacklist';
import type { ExpertPoolActions } from './expertPool';
import type { ExportReportActions } from './exports';
import type { ExpertStatementActions } from './expertStatement';
import type { LedgerActions } from './ledger';
import type { NeedActions } from './needs';
import type { PeopleActions } from './people';
import type { QuotaActions } from './quotas';
import type { SessionActions } from './session';
import type { ServiceConfirmationActions } from './serviceConfirmation';
import type { SocietyReportActions } from './societyReport';
import type { StationActions, StationStatusActions } from './stations';
import type { VisitActions } from './visits';

export type * from './applications';
export type * from './assessments';
export type * from './audit';
export type * from './blacklist';
export type * from './documents';
export type * from './expertPool';
export type * from './exports';
export type * from './expertStatement';
export type * from './ledger';
export type * from './needs';
export type * from './people';
export type * from './quotas';
export type * from './session';
export type * from './serviceConfirmation';
export type * from './societyReport';
export type * from './stations';
export type * from './visits';

/** Every action the `api` function answers, by area; the router's table must name each one. */
export interface ActionMap
  extends
    SessionActions,
    PeopleActions,
    StationActions,
    StationStatusActions,
    NeedActions,
    VisitActions,
    QuotaActions,
    ApplicationActions,
    BlacklistActions,
    AssessmentActions,
    LedgerActions,
    ExpertPoolActions,
    ServiceConfirmationActions,
    ExportReportActions,
    SocietyReportActions,
    ExpertStatementActions,
    AuditActions {}

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
