import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { Problems } from '../utils/validation';

/** What a control needs to show one field and change it. */
export interface BoundValue<V> {
  value: V;
  onChange: (value: V) => void;
}

/** A text control's binding: also what is wrong with it, and leaving it, after which its problem shows. */
export interface BoundText extends BoundValue<string> {
  error?: string;
  onBlur: () => void;
}

export interface FormState<T extends object, K extends string = Extract<keyof T, string>> {
  values: T;
  /** Sets one field (and drops what the server said about it). */
  set: <F extends keyof T>(field: F, value: T[F]) => void;
  /** Sets one field from its latest value: two changes in one tap (a nested field and its neighbour) both land. */
  update: <F extends keyof T>(field: F, change: (previous: T[F]) => T[F]) => void;
  /** One field as a control's `value` and `onChange`, to spread onto it. */
  bind: <F extends keyof T>(field: F) => BoundValue<T[F]>;
  /** A text field's `value`, `onChange`, `onBlur` and `error`, to spread onto a TextField. */
  bindText: <F extends keyof T & K>(field: F) => BoundText;
  /** Replaces every field (e.g. once the record to edit has loaded), as a form not yet tried. */
  reset: (values: T) => void;
  /**
   * What is wrong, to show at the fields: every problem once a submit was tried, before that only
   * those of the text fields already left. Recomputed from the values, so a fixed field's
   * problem is gone at once.
   */
  errors: Problems<K>;
  /** On submit: from now on every problem shows. True when there is none. */
  check: () => boolean;
  /** Shows the server's refusal at its field until that field changes. */
  refuse: (field: K, message: string) => void;
  /** A field bound by hand (inside a nested value or a table row) was left: its problem shows from now on. */
  leave: (field: K) => void;
}

const NO_PROBLEMS = () => ({});

/**
 * A form's values, one object, field by field, and what is wrong with them: `validate` finds
 * every problem at once (`values → { field: message }`), so the form shows them all together.
 */
export function useForm<T extends object, K extends string = Extract<keyof T, string>>(
  initial: T | (() => T),
  validate: (values: T) => Problems<K> = NO_PROBLEMS,
): FormState<T, K> {
  const [values, setValues] = useState<T>(initial);
  const [tried, setTried] = useState(false);
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const [refusals, setRefusals] = useState<Problems<K>>({});

  const set = useCallback(<F extends keyof T>(field: F, value: T[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setRefusals((previous) => (field in previous ? { ...previous, [field]: undefined } : previous));
  }, []);
  const update = useCallback(<F extends keyof T>(field: F, change: (previous: T[F]) => T[F]) => {
    setValues((previous) => ({ ...previous, [field]: change(previous[field]) }));
    setRefusals((previous) => (field in previous ? { ...previous, [field]: undefined } : previous));
  }, []);
  const bind = <F extends keyof T>(field: F): BoundValue<T[F]> => ({
    value: values[field],
    onChange: (value) => set(field, value),
  });

  const problems = validate(values);
  const shown: Problems<K> = {};
  for (const field of Object.keys(problems) as K[]) {
    if (tried || left.has(field)) shown[field] = problems[field];
  }
  for (const field of Object.keys(refusals) as K[]) {
    if (refusals[field]) shown[field] = refusals[field];
  }

  const leave = useCallback((field: K) => {
    setLeft((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));
  }, []);

  const bindText = <F extends keyof T & K>(field: F): BoundText => ({
    value: values[field] as string,
    onChange: (value) => set(field, value as T[F]),
    // An empty field left behind is not yet a mistake; a started one is judged once left.
    onBlur: () => {
      if ((values[field] as string).trim() !== '') leave(field);
    },
    error: shown[field],
  });

  const reset = useCallback((next: T) => {
    setValues(next);
    setTried(false);
    setLeft(new Set());
    setRefusals({});
  }, []);
  const check = () => {
    setTried(true);
    const clean = Object.values(problems).every((problem) => !problem);
    if (!clean) showFirstProblem();
    return clean;
  };
  const refuse = useCallback((field: K, message: string) => {
    setRefusals((previous) => ({ ...previous, [field]: message }));
  }, []);

  return { values, set, update, bind, bindText, reset, errors: shown, check, refuse, leave };
}

/** Scrolls the first field with a problem into view, once the problems have rendered. */
export function showFirstProblem(): void {
  void Taro.nextTick(() => {
    Taro.pageScrollTo({ selector: '.form-field--error, .field-problem', offsetTop: -60, duration: 200 }).catch(() => {
      // Nothing to scroll to (the problem is shown elsewhere): the page stays where it is.
    });
  });
}
