import { Text, View } from '@tarojs/components';
import './index.scss';

export interface FeatureEntryProps {
  title: string;
  description: string;
  /** A one-character mark drawn in the icon. */
  glyph: string;
  /** Not built yet: shown greyed with 即将开放, not tappable. */
  comingSoon?: boolean;
  onClick?: () => void;
}

/** A tappable entry to a feature (or a greyed one for a feature not open yet). */
export function FeatureEntry({ title, description, glyph, comingSoon = false, onClick }: FeatureEntryProps) {
  return (
    <View
      className={`feature-entry${comingSoon ? ' feature-entry--disabled' : ''}`}
      onClick={comingSoon ? undefined : onClick}
    >
      <View className="feature-entry__icon">
        <Text>{glyph}</Text>
      </View>
      <View className="feature-entry__text">
        <Text className="feature-entry__title">{title}</Text>
        <Text className="feature-entry__description">{description}</Text>
      </View>
      <Text className="feature-entry__status">{comingSoon ? '即将开放' : '›'}</Text>
    </View>
  );
}
