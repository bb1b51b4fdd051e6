import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import './index.scss';

export interface SectionCardProps {
  title: string;
  /** Right-hand side of the header: a count, a link. */
  extra?: ReactNode;
}

/** A titled block of a page. */
export function SectionCard({ title, extra, children }: PropsWithChildren<SectionCardProps>) {
  return (
    <View className="section-card">
      <View className="section-card__header">
        <Text className="section-card__title">{title}</Text>
        {extra !== undefined && <View className="section-card__extra">{extra}</View>}
      </View>
      <View className="section-card__body">{children}</View>
    </View>
  );
}
