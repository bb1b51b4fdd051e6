import type { AuditEntryView, AuditFilter, Page } from '../../../../types/actions';
import { AUDIT_ACTION_LABELS, AUDIT_SYSTEM_ACTOR, AUDIT_UNNAMED_ACTOR } from '../../../../types/catalogue/audit';
import type { AuditAction, AuditEntry } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { auditChangeLines } from '../domain/audit';
import { auditSpan } from '../domain/auditSpan';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { visibleSocieties } from '../domain/policy';
import { AppError, invalidInput } from '../errors';
import { pageAuditEntries, placeNames, type AuditQuery } from '../store/audit';
import { profilesOf } from '../store/users';
import { calendarDate, documentId, integer, object, oneOf, optional, text } from '../validate';
import { authorize, requireSociety, requireStation, stationTarget } from './guard';
import type { ActionDefinition } from './types';

const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export const auditFilterFields = {
  stationId: optional(documentId),
  societyId: optional(documentId),
  actor: optional(text(1, 128)),
  action: optional(oneOf(AUDIT_ACTIONS)),
  from: optional(calendarDate),
  to: optional(calendarDate),
};

/** The trail, newest first: the city's all of it, a society admin's their society's stations and records. */
export const listAudit: ActionDefinition<'audit.list'> = {
  parse: object({
    ...auditFilterFields,
    page: optional(integer(1, 10_000)),
    pageSize: optional(integer(1, MAX_PAGE_SIZE)),
  }),
  async handle({ page, pageSize, ...filter }, caller): Promise<Page<AuditEntryView>> {
    const query = await auditQuery(filter, caller);
    const window = pageWindow(page, pageSize);
    const { entries, total } = await pageAuditEntries(query, window);
    return { items: await auditViews(entries), page: window.page, pageSize: window.pageSize, total };
  },
};

/**
 * The filter as the caller may use it. A station or society named is checked against the
 * caller's grants (another society's is refused); with neither, a society admin's own
 * societies are forced, and the city sees everything, the city-wide entries too.
 */
export async function auditQuery(filter: AuditFilter, caller: CallerContext): Promise<AuditQuery> {
  const span = auditSpan(filter.from, filter.to);
  if ('problem' in span) throw invalidInput(span.problem);
  const narrowing = {
    ...(filter.actor && { actor: filter.actor }),
    ...(filter.action && { action: filter.action }),
    ...span,
  };
  if (filter.stationId) {
    const station = await requireStation(filter.stationId);
    await authorize(caller, 'audit.view', stationTarget(station));
    return { ...narrowing, stationId: station._id };
  }
  if (filter.societyId) {
    const society = await requireSociety(filter.societyId);
    await authorize(caller, 'audit.view', { societyId: society._id });
    return { ...narrowing, societyIds: [society._id] };
  }
  const visible = visibleSocieties(await caller.grants());
  if (visible === 'all') return narrowing;
  if (visible.length === 0) throw new AppError('FORBIDDEN');
  return { ...narrowing, societyIds: visible };
}

/** Entries with the names of the people, stations and societies they name: three requests, whatever their number. */
export async function auditViews(entries: readonly AuditEntry[]): Promise<AuditEntryView[]> {
  const people = entries.flatMap((entry) => [entry.actor, ...(entry.subject ? [entry.subject] : [])]);
  const [profiles, places] = await Promise.all([
    profilesOf(people),
    placeNames(
      entries.flatMap((entry) => entry.stationId ?? []),
      entries.flatMap((entry) => entry.societyId ?? []),
    ),
  ]);
  return entries.map((entry) => {
    const subjectName = entry.subject ? profiles.get(entry.subject)?.name : undefined;
    const stationName = entry.stationId ? places.stations.get(entry.stationId) : undefined;
    const societyName = entry.societyId ? places.societies.get(entry.societyId) : undefined;
    return {
      id: entry._id,
      at: entry.at,
      actor: entry.actor,
      actorName: entry.actor === 'system' ? AUDIT_SYSTEM_ACTOR : profiles.get(entry.actor)?.name || AUDIT_UNNAMED_ACTOR,
      action: entry.action,
      actionLabel: AUDIT_ACTION_LABELS[entry.action] ?? entry.action,
      ...(entry.role && { role: entry.role }),
      ...(entry.subject && { subject: entry.subject }),
      ...(subjectName && { subjectName }),
      ...(entry.societyId && { societyId: entry.societyId }),
      ...(societyName && { societyName }),
      ...(entry.stationId && { stationId: entry.stationId }),
      ...(stationName && { stationName }),
      ...(entry.detail && { detail: entry.detail }),
      changes: auditChangeLines(entry),
    };
  });
}
