import {
  applicationFieldProblems,
  type ApplicationFieldPath,
  type ApplicationFormValues,
} from '../utils/applicationForm';
import { useForm, type BoundText, type FormState } from './useForm';

/** The form's sections that are one object of texts. */
type ObjectSection = 'society' | 'host' | 'agreement';
/** The form's tables. */
type TableSection = 'phases' | 'budget' | 'staff' | 'experts';
type Row<S extends TableSection> = ApplicationFormValues[S][number];
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

export interface ApplicationForm extends FormState<ApplicationFormValues, ApplicationFieldPath> {
  /** Changes some fields of one section. */
  patch: <S extends ObjectSection>(section: S, change: Partial<ApplicationFormValues[S]>) => void;
  /** A text field of one section, bound for a TextField. */
  text: <S extends ObjectSection>(section: S, field: TextKey<ApplicationFormValues[S]>) => BoundText;
  /** Changes some fields of one row of a table. */
  patchRow: <S extends TableSection>(section: S, index: number, change: Partial<Row<S>>) => void;
  /** A text cell of a table's row, bound for a TextField. */
  cell: <S extends TableSection>(section: S, index: number, field: TextKey<Row<S>>) => BoundText;
  addRow: <S extends TableSection>(section: S, row: Row<S>) => void;
  removeRow: (section: TableSection, index: number) => void;
}

/** The 申报书 form: its values, the checks as typed, and bindings for its nested fields and table rows. */
export function useApplicationForm(initial: () => ApplicationFormValues): ApplicationForm {
  const form = useForm<ApplicationFormValues, ApplicationFieldPath>(initial, applicationFieldProblems);
  const { values, update, errors, leave } = form;

  const bound = (path: string, value: string, onChange: (value: string) => void): BoundText => ({
    value,
    onChange,
    // As useForm's own text fields: a problem shows once a started field is left.
    onBlur: () => {
      if (value.trim() !== '') leave(path);
    },
    error: errors[path],
  });

  const patch: ApplicationForm['patch'] = (section, change) =>
    update(section, (previous) => ({ ...previous, ...change }));
  const patchRow: ApplicationForm['patchRow'] = (section, index, change) =>
    update(
      section,
      (previous) => previous.map((row, at) => (at === index ? { ...row, ...change } : row)) as typeof previous,
    );

  return {
    ...form,
    patch,
    text: (section, field) =>
      bound(`${section}.${field}`, values[section][field] as string, (value) =>
        patch(section, { [field]: value } as Partial<ApplicationFormValues[typeof section]>),
      ),
    patchRow,
    cell: (section, index, field) =>
      bound(`${section}.${index}.${field}`, (values[section][index] as Row<typeof section>)[field] as string, (value) =>
        patchRow(section, index, { [field]: value } as Partial<Row<typeof section>>),
      ),
    addRow: (section, row) => update(section, (previous) => [...previous, row] as typeof previous),
    removeRow: (section, index) =>
      update(section, (previous) => previous.filter((_, at) => at !== index) as typeof previous),
  };
}
