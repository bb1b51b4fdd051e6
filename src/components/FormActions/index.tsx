import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';

/** The buttons under a form, full width. */
export function FormActions({ children }: PropsWithChildren) {
  return <View className="form-actions">{children}</View>;
}
