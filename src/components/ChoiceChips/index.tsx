import { Text, View } from '@tarojs/components';
import './index.scss';

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceChipsProps<T extends string> {
  options: ReadonlyArray<ChoiceOption<T>>;
  /** The chosen values: one for a single choice, any number for a multiple one. */
  selected: readonly T[];
  onToggle: (value: T) => void;
  disabled?: boolean;
}

/** A small set of options as tappable chips (a choice of level, type, role or industries). */
export function ChoiceChips<T extends string>({ options, selected, onToggle, disabled = false }: ChoiceChipsProps<T>) {
  return (
    <View className="choice-chips">
      {options.map((option) => {
        const on = selected.includes(option.value);
        return (
          <View
            key={option.value}
            className={`choice-chips__chip${on ? ' choice-chips__chip--on' : ''}${disabled ? ' choice-chips__chip--disabled' : ''}`}
            onClick={disabled ? undefined : () => onToggle(option.value)}
          >
            <Text>{option.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
