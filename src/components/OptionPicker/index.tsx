import { Picker } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ChoiceOption } from '../ChoiceChips';
import './index.scss';

export interface OptionPickerProps<T extends string> {
  title: string;
  options: ReadonlyArray<ChoiceOption<T>>;
  value: T | '';
  placeholder: string;
  onChange: (value: T) => void;
  /** Where the wheel opens when nothing is chosen yet. */
  initial?: T;
  disabled?: boolean;
}

/** A field that shows the chosen option and opens a picker wheel (a long list: provinces, societies). */
export function OptionPicker<T extends string>({
  title,
  options,
  value,
  placeholder,
  onChange,
  initial,
  disabled = false,
}: OptionPickerProps<T>) {
  const [visible, setVisible] = useState(false);
  const current = options.find((option) => option.value === value);
  const start = current?.value ?? initial ?? options[0]?.value;
  return (
    <>
      <View
        className={`option-picker${disabled ? ' option-picker--disabled' : ''}`}
        onClick={disabled || options.length === 0 ? undefined : () => setVisible(true)}
      >
        <Text className={current ? 'option-picker__value' : 'option-picker__placeholder'}>
          {current?.label ?? placeholder}
        </Text>
        {!disabled && <Text className="option-picker__arrow">›</Text>}
      </View>
      <Picker
        key={`${start ?? ''}-${options.length}`}
        visible={visible}
        title={title}
        options={[options.map((option) => ({ label: option.label, value: option.value }))]}
        defaultValue={start === undefined ? [] : [start]}
        onConfirm={(_, values) => {
          const chosen = options.find((option) => option.value === values[0]);
          if (chosen) onChange(chosen.value);
        }}
        onClose={() => setVisible(false)}
      />
    </>
  );
}
