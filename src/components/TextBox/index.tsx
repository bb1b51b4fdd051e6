import { Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { TextLimit } from '../../../types/catalogue';
import type { BoundValue } from '../../hooks/useForm';
import { textLength } from '../../utils/validation';
import './index.scss';

/**
 * Passed as the control's `maxLength`: nothing is cut. NutUI's TextArea cuts at 140 by default
 * and its Input at 9999; -1 is "no limit" to both and to WeChat's native input and textarea.
 */
const UNCUT = -1;

export interface TextBoxProps extends BoundValue<string> {
  placeholder: string;
  /** The server's limit: a counter shows it, and past the most says by how much. */
  limit?: TextLimit;
  /** Lines of a text area; without, a one-line input. */
  rows?: number;
  /** The keyboard a phone shows (one-line input). */
  type?: 'text' | 'number' | 'tel' | 'digit';
  className?: string;
  disabled?: boolean;
  onBlur?: () => void;
  /** The keyboard's done key (one-line input). */
  onConfirm?: () => void;
}

/**
 * A text control that never cuts what is typed or pasted: a text area counts "12/2000", and any
 * text past its most shows in red by how much (超出 N 字), for the form's check to refuse.
 */
export function TextBox({
  value,
  onChange,
  placeholder,
  limit,
  rows,
  // Passed on always: NutUI's Input takes an explicit undefined over its own default.
  type = 'text',
  className = '',
  disabled = false,
  onBlur,
  onConfirm,
}: TextBoxProps) {
  const length = textLength(value);
  const max = limit?.[1];
  const over = max !== undefined && length > max ? length - max : 0;
  const count =
    max === undefined ? null : over > 0 ? (
      <Text className="text-box__count text-box__count--over">超出 {over} 字</Text>
    ) : rows !== undefined ? (
      <Text className="text-box__count">
        {length}/{max}
      </Text>
    ) : null;
  if (rows !== undefined) {
    return (
      <View className={`text-box text-box--area ${className}`}>
        <TextArea
          value={value}
          placeholder={placeholder}
          maxLength={UNCUT}
          rows={rows}
          disabled={disabled}
          onChange={onChange}
          onBlur={() => onBlur?.()}
        />
        {count}
      </View>
    );
  }
  return (
    <View className={`text-box ${className}`}>
      <Input
        className="text-box__input"
        type={type}
        value={value}
        placeholder={placeholder}
        maxLength={UNCUT}
        disabled={disabled}
        confirmType="done"
        onChange={onChange}
        onBlur={() => onBlur?.()}
        onConfirm={onConfirm}
      />
      {count}
    </View>
  );
}
