import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';

export interface ApplicationRowProps {
  title: string;
  /** Takes the row out of its table; none for a fixed row. */
  onRemove?: () => void;
}

/** One row of a table of the 申报书 (a budget line, a staff member, an expert), as a block of fields. */
export function ApplicationRow({ title, onRemove, children }: PropsWithChildren<ApplicationRowProps>) {
  return (
    <View className="application-row">
      <View className="application-row__head">
        <Text className="application-row__title">{title}</Text>
        {onRemove && (
          <Text className="application-row__remove" onClick={onRemove}>
            删除
          </Text>
        )}
      </View>
      {children}
    </View>
  );
}
