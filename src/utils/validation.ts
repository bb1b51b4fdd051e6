import { MOBILE_PATTERN, PHONE_PATTERN, SOCIETY_LIMITS, type TextLimit } from '../../types/catalogue';

/** A form's problems, field by field: only the fields that have one are present. */
export type Problems<K extends string> = Partial<Record<K, string>>;

export function isMobile(value: string): boolean {
  return MOBILE_PATTERN.test(value.trim());
}

/** A landline or mobile for a contact, as the server accepts it. */
export function isPhone(value: string): boolean {
  const text = value.trim();
  const [min, max] = SOCIETY_LIMITS.contactPhone;
  return text.length >= min && text.length <= max && PHONE_PATTERN.test(text);
}

/** Characters as the server counts them: trimmed, a Windows line break as one. */
export function textLength(value: string): number {
  return value.replace(/\r\n/g, '\n').trim().length;
}

/**
 * What is wrong with a text by the server's limit, in words; undefined when nothing is. A text
 * whose fewest is 0 may be left empty.
 */
export function textProblem(label: string, value: string, [min, max]: TextLimit): string | undefined {
  const length = textLength(value);
  if (length === 0 && min > 0) return `请填写${label}`;
  if (length < min) return `${label}还差 ${min - length} 个字`;
  if (length > max) return `${label}超出 ${length - max} 字，最多 ${max} 个字`;
  return undefined;
}

/** A number from a text field, or null when the field does not hold one. */
export function parseNumber(value: string): number | null {
  const text = value.trim();
  if (text === '') return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

/** The fields that have a problem: a form counts its errors by their keys. */
export function onlyProblems<E extends Partial<Record<string, string>>>(errors: E): E {
  return Object.fromEntries(Object.entries(errors).filter(([, problem]) => problem !== undefined)) as E;
}

/**
 * A server's refusal placed at the form's field it is about, when it names one: an invalid input
 * names the request's field (`提交的内容有误：description 至少 10 个字`, said again with the
 * field's label), the content check the field's label (`「需求描述」含有…`).
 */
export function refusalAtField<K extends string>(
  message: string,
  labels: Record<K, string>,
): { field: K; message: string } | undefined {
  const invalid = /^提交的内容有误：(\w+)\s*(.*)$/.exec(message);
  for (const field of Object.keys(labels) as K[]) {
    if (invalid?.[1] === field) return { field, message: `${labels[field]}${invalid[2]}` };
    if (message.includes(`「${labels[field]}」`)) return { field, message };
  }
  return undefined;
}
