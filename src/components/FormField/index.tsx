import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import './index.scss';

export interface FormFieldProps {
  label: string;
  required?: boolean;
  /** A line under the control: what is expected, or (in red) what is wrong. */
  hint?: ReactNode;
  error?: string | null;
  /** Label above the control (chips, tags, a stepper row) instead of beside it. */
  vertical?: boolean;
}

/** One labelled row of a form. */
export function FormField({
  label,
  required = false,
  hint,
  error,
  vertical = false,
  children,
}: PropsWithChildren<FormFieldProps>) {
  return (
    <View className={`form-field${vertical ? ' form-field--vertical' : ''}${error ? ' form-field--error' : ''}`}>
      <View className="form-field__main">
        <Text className="form-field__label">
          {label}
          {required && <Text className="form-field__required">*</Text>}
        </Text>
        <View className="form-field__control">{children}</View>
      </View>
      {error ? (
        <Text className="form-field__error">{error}</Text>
      ) : (
        hint && <View className="form-field__hint">{hint}</View>
      )}
    </View>
  );
}
