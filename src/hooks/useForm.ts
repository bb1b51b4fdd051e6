import { useCallback, useState } from 'react';

export interface FormState<T extends object> {
  values: T;
  /** Sets one field. */
  set: <K extends keyof T>(field: K, value: T[K]) => void;
  /** Replaces every field (e.g. once the record to edit has loaded). */
  reset: (values: T) => void;
}

/** A form's values, one object, field by field. */
export function useForm<T extends object>(initial: T | (() => T)): FormState<T> {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(field: K, value: T[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
  }, []);
  return { values, set, reset: setValues };
}
