import { Text, View } from '@tarojs/components';
import './index.scss';

/** Twelve months as columns, each labelled with its count: drawn with views, so it works the same in both builds. */
export function MonthColumns({ values, caption }: { values: readonly number[]; caption: string }) {
  const busiest = Math.max(1, ...values);
  return (
    <View className="month-columns">
      <View className="month-columns__chart">
        {values.map((value, index) => (
          <View key={index} className="month-columns__month">
            <Text className="month-columns__count">{value > 0 ? value : ''}</Text>
            <View className="month-columns__column" style={{ height: `${(value / busiest) * 48}px` }} />
            <Text className="month-columns__label">{index + 1}</Text>
          </View>
        ))}
      </View>
      <Text className="month-columns__caption">{caption}</Text>
    </View>
  );
}
