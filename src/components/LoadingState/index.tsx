import { Skeleton } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import './index.scss';

/** Placeholder cards while a page's first data loads. */
export function LoadingState({ cards = 2, inset = true }: { cards?: number; inset?: boolean }) {
  return (
    <View className={inset ? 'loading-state loading-state--inset' : 'loading-state'} aria-label="加载中">
      {Array.from({ length: cards }, (_, index) => (
        <View key={index} className="loading-state__card">
          <Skeleton rows={3} animated />
        </View>
      ))}
    </View>
  );
}
