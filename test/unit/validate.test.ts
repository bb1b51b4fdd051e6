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
