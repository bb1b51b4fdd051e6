import { DatePicker } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { CalendarDate } from '../../../types/domain';
import { calendarFromDate, dateFromCalendar } from '../../utils/dates';
import '../OptionPicker/index.scss';

export interface DateFieldProps {
  title: string;
  value: CalendarDate;
  onChange: (value: CalendarDate) => void;
  placeholder?: string;
  /** The years the wheel offers, inclusive. */
  fromYear?: number;
  toYear?: number;
}

/** A `YYYY-MM-DD` field with a date wheel. */
export function DateField({ title, value, onChange, placeholder = '请选择日期', fromYear, toYear }: DateFieldProps) {
  const [visible, setVisible] = useState(false);
  const thisYear = new Date().getFullYear();
  return (
    <>
      <View className="option-picker" onClick={() => setVisible(true)}>
        <Text className={value ? 'option-picker__value' : 'option-picker__placeholder'}>{value || placeholder}</Text>
        <Text className="option-picker__arrow">›</Text>
      </View>
      <DatePicker
        key={value}
        title={title}
        type="date"
        showChinese
        visible={visible}
        defaultValue={value ? dateFromCalendar(value) : new Date()}
        startDate={new Date(fromYear ?? thisYear - 10, 0, 1)}
        endDate={new Date(toYear ?? thisYear + 10, 11, 31)}
        onConfirm={(_, values) => {
          const [year, month, day] = values.map((part) => Number(part));
          if (year && month && day) onChange(calendarFromDate(new Date(year, month - 1, day, 12)));
        }}
        onClose={() => setVisible(false)}
      />
    </>
  );
}
