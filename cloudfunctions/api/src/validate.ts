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

/** Own properties only: `in` and plain indexing also see what every object inherits (`__proto__`, `toString`). */
function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** Unknown fields are refused: a typo in a field name must not pass silently. */
export function object<T extends object>(shape: Shape<T>): Parser<T> {
  return (value, field) => {
    const input = value === undefined ? {} : value;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw invalidInput(`${field} 应为对象`);
    }
    const record = input as Record<string, unknown>;
    const unknownKey = Object.keys(record).find((key) => !hasOwn(shape, key));
    if (unknownKey !== undefined) throw invalidInput(`不认识的字段 ${unknownKey}`);
    const result: Partial<T> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const parsed = shape[key](hasOwn(record, key) ? record[key] : undefined, key);
      if (parsed !== undefined) result[key] = parsed;
    }
    return result as T;
  };
}

export const empty: Parser<Record<string, never>> = object<Record<string, never>>({});

/**
 * Characters nobody types on purpose: control characters other than tab and newline, and the
 * bidirectional embeddings, overrides and isolates that make text read differently from what it
 * is (a file name `报告\u202Efdp.exe` shows as `报告exe.pdf`) once shown to someone else.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000B-\u001F\u202A-\u202E\u2066-\u2069]/;

/** Trimmed text of a bounded length; `pattern` describes what `matches` demands, in words. */
export function text(min: number, max: number, matches?: { pattern: RegExp; description: string }): Parser<string> {
  return (value, field) => {
    if (typeof value !== 'string') throw invalidInput(`${field} 应为文字`);
    // A pasted Windows line break is a newline, not a hidden character.
    const trimmed = value.replace(/\r\n/g, '\n').trim();
    if (INVISIBLE_CONTROL.test(trimmed)) throw invalidInput(`${field} 含有不可见的控制字符，请删除后重试`);
    if (trimmed.length < min) throw invalidInput(min === 1 ? `${field} 不能为空` : `${field} 至少 ${min} 个字`);
    if (trimmed.length > max) throw invalidInput(`${field} 不能超过 ${max} 个字`);
    if (matches && !matches.pattern.test(trimmed)) throw invalidInput(`${field} ${matches.description}`);
    return trimmed;
  };
}

/** An empty text is allowed as not given yet; anything else must pass `parser`. */
export function orBlank(parser: Parser<string>): Parser<string> {
  return (value, field) => (typeof value === 'string' && value.trim() === '' ? '' : parser(value, field));
}

export function oneOf<T extends string>(values: readonly T[]): Parser<T> {
  return (value, field) => {
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      throw invalidInput(`${field} 的取值不正确`);
    }
    return value as T;
  };
}

export function decimal(min: number, max: number): Parser<number> {
  return (value, field) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      throw invalidInput(`${field} 应为 ${min} 到 ${max} 之间的数`);
    }
    return value;
  };
}

export const boolean: Parser<boolean> = (value, field) => {
  if (typeof value !== 'boolean') throw invalidInput(`${field} 应为 true 或 false`);
  return value;
};

/** A list of at most `max` items, duplicates dropped. */
export function list<T>(item: Parser<T>, max: number): Parser<T[]> {
  return (value, field) => {
    if (!Array.isArray(value)) throw invalidInput(`${field} 应为列表`);
    if (value.length > max) throw invalidInput(`${field} 最多 ${max} 项`);
    return [...new Set(value.map((entry, index) => item(entry, `${field}[${index}]`)))];
  };
}

/** A calendar date `YYYY-MM-DD` that exists. */
export const calendarDate: Parser<string> = (value, field) => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw invalidInput(`${field} 应为 YYYY-MM-DD 格式的日期`);
  }
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw invalidInput(`${field} 不是有效日期`);
  }
  return value;
};

/** Document ids come from our own records: short, no path or operator characters. */
export const documentId: Parser<string> = text(1, 64, {
  pattern: /^[\w.:-]+$/,
  description: '格式不正确',
});

/** An ISO-8601 instant with a zone (`Z` or an offset), as `Date.prototype.toISOString` writes it. */
export const instant: Parser<string> = (value, field) => {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  ) {
    throw invalidInput(`${field} 应为带时区的时间`);
  }
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw invalidInput(`${field} 不是有效时间`);
  return time.toISOString();
};
