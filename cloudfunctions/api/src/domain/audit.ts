/** What an audit entry says a change did: the fields it touched, before and after, and how they read. */
import type { AuditChangeLine } from '../../../../types/actions';
import {
  AUDIT_FIELD_LABELS,
  AUDIT_FIELDS,
  AUDIT_NO_VALUE,
  AUDIT_VALUE_KINDS,
  AUDIT_VALUE_LABELS,
  type AuditField,
} from '../../../../types/catalogue/audit';
import { formatYuan } from '../../../../types/catalogue/money';
import { formatDistance } from '../../../../types/catalogue/units';
import type { AuditEntry } from '../../../../types/domain';

export type AuditValues = Record<string, unknown>;

/** Spread into an audit entry: nothing when nothing changed. */
export type FieldChanges = Pick<AuditEntry, 'before' | 'after'>;

/**
 * The fields (dotted paths: `demandUnit.name`) whose value differs between the two records, each
 * side holding only those; a field absent on one side is left out of that side.
 */
export function changedFields(before: object, after: object, fields: readonly string[]): FieldChanges {
  const old: AuditValues = {};
  const now: AuditValues = {};
  for (const field of fields) {
    const was = valueAt(before, field);
    const is = valueAt(after, field);
    if (same(was, is)) continue;
    if (was !== undefined) old[field] = was;
    if (is !== undefined) now[field] = is;
  }
  if (Object.keys(old).length === 0 && Object.keys(now).length === 0) return {};
  return { before: old, after: now };
}

/** One field going from one value to another: a status, a date. */
export function transition(field: AuditField, from: unknown, to: unknown): FieldChanges {
  return changedFields({ [field]: from }, { [field]: to }, [field]);
}

/**
 * The changes with one field's values cut to their last four characters: a bank account the
 * trail must show was changed, without carrying the number to everyone who reads or exports it.
 */
export function masking(changes: FieldChanges, field: string): FieldChanges {
  const mask = (values: AuditValues | undefined) =>
    values && typeof values[field] === 'string'
      ? { ...values, [field]: `****${(values[field] as string).slice(-4)}` }
      : values;
  if (!changes.before && !changes.after) return changes;
  return { before: mask(changes.before), after: mask(changes.after) };
}

/** An entry's changes as lines to read, in the catalogue's order of fields. */
export function auditChangeLines(entry: Pick<AuditEntry, 'before' | 'after'>): AuditChangeLine[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const named = new Set([...Object.keys(before), ...Object.keys(after)]);
  const known: readonly string[] = AUDIT_FIELDS;
  const ordered = [...known.filter((field) => named.has(field)), ...[...named].filter((f) => !known.includes(f))];
  return ordered.map((field) => ({
    field,
    label: AUDIT_FIELD_LABELS[field as AuditField] ?? field,
    before: readable(field, before[field]),
    after: readable(field, after[field]),
  }));
}

/** The lines in one cell: 字段：旧 → 新, one a line. */
export function changeWords(lines: readonly AuditChangeLine[]): string {
  return lines.map((line) => `${line.label}：${line.before} → ${line.after}`).join('\n');
}

function readable(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return AUDIT_NO_VALUE;
  const labels = AUDIT_VALUE_LABELS[field as AuditField];
  if (labels && typeof value === 'string') return labels[value] ?? value;
  const kind = AUDIT_VALUE_KINDS[field as AuditField];
  if (kind === 'fen' && Number.isInteger(value) && (value as number) >= 0) return `${formatYuan(value as number)} 元`;
  if (kind === 'metres' && typeof value === 'number') return formatDistance(value);
  if (kind === 'place' && isPlace(value)) return `北纬 ${value.latitude}，东经 ${value.longitude}`;
  if (typeof value === 'boolean') return value ? '是' : '否';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function isPlace(value: unknown): value is { latitude: number; longitude: number } {
  const place = value as { latitude?: unknown; longitude?: unknown };
  return typeof place === 'object' && typeof place.latitude === 'number' && typeof place.longitude === 'number';
}

function valueAt(record: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value !== null && typeof value === 'object' ? (value as AuditValues)[key] : undefined),
      record,
    );
}

/** Values are primitives or small flat records (a place). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const left = a as AuditValues;
  const right = b as AuditValues;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => left[key] === right[key]);
}
