import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

export interface HomeHeroProps {
  name?: string;
  /** A line under the greeting: the current role and organisation. */
  subtitle?: ReactNode;
}

/** The blue banner at the top of the home page. */
export function HomeHero({ name, subtitle }: HomeHeroProps) {
  return (
    <View className="home-hero">
      <Text className="home-hero__brand">科创中国 · 贵阳学会产业科技服务工作站</Text>
      <Text className="home-hero__greeting">{name ? `您好，${name}` : '您好'}</Text>
      {subtitle && <View className="home-hero__subtitle">{subtitle}</View>}
    </View>
  );
}
