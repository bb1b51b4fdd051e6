import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import './index.scss';

export interface NoticeProps {
  tone?: 'info' | 'warn' | 'error' | 'success';
  title?: string;
  /** A button or link under the text. */
  action?: ReactNode;
}

/** A coloured box that tells the reader something they must know (or do) on this page. */
export function Notice({ tone = 'info', title, action, children }: PropsWithChildren<NoticeProps>) {
  return (
    <View className={`notice notice--${tone}`}>
      {title && <Text className="notice__title">{title}</Text>}
      {children && <View className="notice__body">{children}</View>}
      {action && <View className="notice__action">{action}</View>}
    </View>
  );
}
