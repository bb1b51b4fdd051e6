/** Which changes to a recognised station need the city's approval (共同条款第 2 条), and what they change. */
import { STATION_CHANGE_FIELDS, type StationChangeField } from '../../../../types/catalogue';
import type { StationControlled } from '../../../../types/domain';
import { cooperationLongEnough } from './station';

/** The controlled fields `proposed` gives a value different from `current`'s, in catalogue order. */
export function changedFields(current: StationControlled, proposed: Partial<StationControlled>): StationChangeField[] {
  return STATION_CHANGE_FIELDS.filter(
    (field) => proposed[field] !== undefined && !same(current[field], proposed[field]),
  );
}

/** What a request records: the new values of the fields it changes, and those fields' values now. */
export function changeOf(
  current: StationControlled,
  proposed: Partial<StationControlled>,
): { changes: Partial<StationControlled>; before: Partial<StationControlled> } {
  const fields = changedFields(current, proposed);
  return { changes: pick(proposed, fields), before: pick(current, fields) };
}

/** The station's controlled fields once `changes` apply. */
export function controlledAfter(current: StationControlled, changes: Partial<StationControlled>): StationControlled {
  return { ...current, ...pick(changes, changedFields(current, changes)) };
}

/** Whether the agreement the station would have after `changes` still runs at least two years. */
export function agreementStillLongEnough(current: StationControlled, changes: Partial<StationControlled>): boolean {
  const after = controlledAfter(current, changes);
  return cooperationLongEnough(after.cooperationStart, after.cooperationEnd);
}

/**
 * The fields a pending request changes that someone (the city admin, directly) changed on the
 * station since it was asked: its "before" no longer describes the station it would change.
 */
export function movedSince(current: StationControlled, before: Partial<StationControlled>): StationChangeField[] {
  return STATION_CHANGE_FIELDS.filter((field) => before[field] !== undefined && !same(current[field], before[field]));
}

function pick(values: Partial<StationControlled>, fields: readonly StationChangeField[]): Partial<StationControlled> {
  const result: Partial<StationControlled> = {};
  for (const field of fields) Object.assign(result, { [field]: values[field] });
  return result;
}

/** Field values are strings or small flat records (the host, the location). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => left[key] === right[key]);
}
