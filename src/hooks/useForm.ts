import { useCallback, useState } from 'react';

/** What a control needs to show one field and change it. */
export interface BoundValue<V> {
  value: V;
  onChange: (value: V) => void;
}

export interface FormState<T extends object> {
  values: T;
  /** Sets one field. */
  set: <K extends keyof T>(field: K, value: T[K]) => void;
  /** One field as a control's `value` and `onChange`, to spread onto it. */
  bind: <K extends keyof T>(field: K) => BoundValue<T[K]>;
  /** Replaces every field (e.g. once the record to edit has loaded). */
  reset: (values: T) => void;
}

/** A form's values, one object, field by field. */
export function useForm<T extends object>(initial: T | (() => T)): FormState<T> {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(field: K, value: T[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
  }, []);
  const bind = <K extends keyof T>(field: K): BoundValue<T[K]> => ({
    value: values[field],
    onChange: (value) => set(field, value),
  });
  return { values, set, bind, reset: setValues };
}
