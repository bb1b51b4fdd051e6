import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

export interface InfoItem {
  label: string;
  value: ReactNode;
}

/** Label–value rows in a white card (a record's particulars). */
export function InfoList({ items }: { items: readonly InfoItem[] }) {
  return (
    <View className="info-list">
      {items.map((item) => (
        <View key={item.label} className="info-list__row">
          <Text className="info-list__label">{item.label}</Text>
          <View className="info-list__value">{item.value}</View>
        </View>
      ))}
    </View>
  );
}
