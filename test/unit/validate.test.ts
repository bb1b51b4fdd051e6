import { AppError } from '../../cloudfunctions/api/src/errors';
import { object, optional, text } from '../../cloudfunctions/api/src/validate';

const refusal = (run: () => unknown): AppError | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return undefined;
};

describe('object', () => {
  const parseNote = object({ note: optional(text(1, 20)) });

  // Names every plain object inherits: `key in shape` would find them and let them through.
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'refuses an unknown field named %s',
    (name) => {
      const error = refusal(() => parseNote(JSON.parse(`{"${name}": 1}`), 'data'));
      expect(error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(name) });
    },
  );

  it('reads only fields the input itself carries, never inherited ones', () => {
    const parseConstructor = object({ constructor: optional(text(1, 20)) });
    expect(parseConstructor({}, 'data')).toEqual({});
    expect(parseConstructor({ constructor: '构造' }, 'data')).toEqual({ constructor: '构造' });
  });

  it('accepts the fields of its shape', () => {
    expect(parseNote({ note: ' 好 ' }, 'data')).toEqual({ note: '好' });
    expect(parseNote(undefined, 'data')).toEqual({});
  });
});

describe('text refuses invisible control characters', () => {
  const parseNote = text(1, 200);

  it.each([
    ['a tab', '第一项\t第二项'],
    ['a newline', '第一行\n第二行'],
    ['Chinese, punctuation and emoji', '铝电解槽节能改造，效果很好👍'],
    ['the characters just outside the refused ranges', 'a b\u2029c\u202fd\u2065e\u206af'],
    // Only what is kept is checked: surrounding whitespace, a pasted line end included, is trimmed away.
    ['a carriage return at the end', '第一行\r\n'],
  ])('accepts %s', (_label, value) => {
    expect(parseNote(value, 'note')).toBe(value.trim());
  });

  it('keeps a pasted Windows line break as a newline', () => {
    expect(parseNote('第一行\r\n第二行', 'note')).toBe('第一行\n第二行');
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone carriage return', '第一行\r第二行'],
    ['the unit separator', 'a\u001fb'],
    ['a left-to-right embedding', 'a\u202ab'],
    ['a right-to-left override', '报告\u202Efdp.exe'],
    ['a left-to-right isolate', 'a\u2066b'],
    ['a pop directional isolate', 'a\u2069b'],
  ])('refuses %s, naming the field', (_label, value) => {
    expect(refusal(() => parseNote(value, 'note'))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('note 含有不可见的控制字符'),
    });
  });
});
