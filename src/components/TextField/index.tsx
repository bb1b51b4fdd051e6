import type { BoundText } from '../../hooks/useForm';
import { FormField, type FormFieldProps } from '../FormField';
import { TextBox, type TextBoxProps } from '../TextBox';

export interface TextFieldProps
  extends
    Omit<FormFieldProps, 'vertical' | 'error'>,
    Omit<TextBoxProps, keyof BoundText>,
    Partial<Pick<BoundText, 'error' | 'onBlur'>>,
    Pick<BoundText, 'value' | 'onChange'> {}

/**
 * A labelled text field of a form, one line or (with `rows`) a text area under its label, spread
 * from `form.bindText(name)`: counted, never cut, its problem under it.
 */
export function TextField({ label, required, hint, error, ...box }: TextFieldProps) {
  return (
    <FormField label={label} required={required} hint={hint} error={error} vertical={box.rows !== undefined}>
      <TextBox {...box} />
    </FormField>
  );
}
