import { Empty } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** A single character drawn in the badge (no remote images: the app works offline-first). */
  glyph?: string;
  tone?: 'neutral' | 'error';
  children?: ReactNode;
}

/** An empty or failed state with a local (not remote) illustration. */
export function EmptyState({ title, description, glyph = '空', tone = 'neutral', children }: EmptyStateProps) {
  return (
    <View className={`empty-state empty-state--${tone}`}>
      <Empty
        size="small"
        image={
          <View className="empty-state__glyph">
            <Text>{glyph}</Text>
          </View>
        }
        title={title}
        description={description}
      />
      {children && <View className="empty-state__actions">{children}</View>}
    </View>
  );
}
