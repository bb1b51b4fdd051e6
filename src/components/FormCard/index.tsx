import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';

/** The white card that holds a form's fields. */
export function FormCard({ children }: PropsWithChildren) {
  return <View className="form-card">{children}</View>;
}
