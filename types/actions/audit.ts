import type { AuditAction, CalendarDate, Instant, Role } from '../domain';
import type { ExportedFile } from './documents';
import type { Page, PageRequest } from './session';

/** Which entries: all of them for the city admin; a society admin's are their society's only. */
export interface AuditFilter {
  stationId?: string;
  societyId?: string;
  /** The person who acted (openid). */
  actor?: string;
  action?: AuditAction;
  /** Calendar dates in Asia/Shanghai, both included. */
  from?: CalendarDate;
  to?: CalendarDate;
}

/** One field an entry changed, worded for reading: 字段: 旧 → 新. */
export interface AuditChangeLine {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface AuditEntryView {
  id: string;
  at: Instant;
  actor: string;
  /** The actor's profile name, or a stand-in when they gave none (or it was the system). */
  actorName: string;
  action: AuditAction;
  actionLabel: string;
  role?: Role;
  subject?: string;
  /** When the subject is a person: their name. */
  subjectName?: string;
  societyId?: string;
  societyName?: string;
  stationId?: string;
  stationName?: string;
  detail?: string;
  changes: AuditChangeLine[];
}

export interface AuditActions {
  /** Newest first, one page at a time. */
  'audit.list': { request: PageRequest & AuditFilter; response: Page<AuditEntryView> };
  /** The same entries to Excel, at most AUDIT_EXPORT_MAX_ROWS of them. */
  'audit.export': { request: AuditFilter; response: ExportedFile };
}
