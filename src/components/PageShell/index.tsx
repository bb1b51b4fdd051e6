import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';

/** The root of every page: carries the theme (NutUI colours) and the page background. */
export function PageShell({ children, className }: PropsWithChildren<{ className?: string }>) {
  return <View className={className ? `zwt-page ${className}` : 'zwt-page'}>{children}</View>;
}
