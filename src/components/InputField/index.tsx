import { Input } from '@nutui/nutui-react-taro';
import type { BoundValue } from '../../hooks/useForm';
import { FormField, type FormFieldProps } from '../FormField';

export interface InputFieldProps extends Omit<FormFieldProps, 'vertical'>, BoundValue<string> {
  placeholder: string;
  maxLength: number;
  /** The keyboard a phone shows. */
  type?: 'text' | 'number' | 'tel';
}

/** A labelled one-line text field of a form, its value spread from `form.bind(name)`. */
export function InputField({
  label,
  required,
  hint,
  error,
  value,
  onChange,
  placeholder,
  maxLength,
  // Passed on always: NutUI's Input takes an explicit undefined over its own default.
  type = 'text',
}: InputFieldProps) {
  return (
    <FormField label={label} required={required} hint={hint} error={error}>
      <Input type={type} value={value} placeholder={placeholder} maxLength={maxLength} onChange={onChange} />
    </FormField>
  );
}
