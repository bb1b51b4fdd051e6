import { invalidInput } from './errors';

/** Parses untrusted input into a typed value, or throws INVALID_INPUT naming the field. */
export type Parser<T> = (value: unknown, field: string) => T;

export function integer(min: number, max: number): Parser<number> {
  return (value, field) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw invalidInput(`${field} 应为 ${min} 到 ${max} 之间的整数`);
    }
    return value;
  };
}

export function optional<T>(parser: Parser<T>): Parser<T | undefined> {
  return (value, field) => (value === undefined || value === null ? undefined : parser(value, field));
}

type Shape<T> = { [K in keyof T]-?: Parser<T[K]> };

/** Unknown fields are refused: a typo in a field name must not pass silently. */
export function object<T extends object>(shape: Shape<T>): Parser<T> {
  return (value, field) => {
    const input = value === undefined ? {} : value;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw invalidInput(`${field} 应为对象`);
    }
    const record = input as Record<string, unknown>;
    const unknownKey = Object.keys(record).find((key) => !(key in shape));
    if (unknownKey !== undefined) throw invalidInput(`不认识的字段 ${unknownKey}`);
    const result: Partial<T> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const parsed = shape[key](record[key], key);
      if (parsed !== undefined) result[key] = parsed;
    }
    return result as T;
  };
}

export const empty: Parser<Record<string, never>> = object<Record<string, never>>({});
