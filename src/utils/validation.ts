import { MOBILE_PATTERN, PHONE_PATTERN, SOCIETY_LIMITS, type TextLimit } from '../../types/catalogue';

export function isMobile(value: string): boolean {
  return MOBILE_PATTERN.test(value.trim());
}

/** A landline or mobile for a contact, as the server accepts it. */
export function isPhone(value: string): boolean {
  const text = value.trim();
  const [min, max] = SOCIETY_LIMITS.contactPhone;
  return text.length >= min && text.length <= max && PHONE_PATTERN.test(text);
}

/** What is wrong with a required text, by the server's limit, in words; undefined when nothing is. */
export function textProblem(label: string, value: string, [min, max]: TextLimit): string | undefined {
  const length = value.trim().length;
  if (length === 0) return `请填写${label}`;
  if (length < min) return `${label}至少 ${min} 个字`;
  if (length > max) return `${label}最多 ${max} 个字`;
  return undefined;
}

/** A number from a text field, or null when the field does not hold one. */
export function parseNumber(value: string): number | null {
  const text = value.trim();
  if (text === '') return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

/** The first message of the failed checks, or null when all pass. */
export function firstProblem(checks: ReadonlyArray<[boolean, string]>): string | null {
  return checks.find(([ok]) => !ok)?.[1] ?? null;
}

/** The fields that have a problem: a form counts its errors by their keys. */
export function onlyProblems<E extends Partial<Record<string, string>>>(errors: E): E {
  return Object.fromEntries(Object.entries(errors).filter(([, problem]) => problem !== undefined)) as E;
}
