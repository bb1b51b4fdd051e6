/** A mainland mobile number: 11 digits starting with 1. */
export function isMobile(value: string): boolean {
  return /^1\d{10}$/.test(value.trim());
}

/** A landline or mobile for a contact: digits, spaces and dashes, 7 to 20 characters. */
export function isPhone(value: string): boolean {
  return /^[0-9][0-9 -]{5,18}[0-9]$/.test(value.trim());
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
