import { Text, View } from '@tarojs/components';
import { REVIEW_FLAG_LABELS, type ReviewFlag } from '../../../types/catalogue';
import { StatusBadge } from '../StatusBadge';
import './index.scss';

/** What the station head should look at twice on a visit waiting for them; nothing when there is nothing. */
export function ReviewFlagBadges({ flags, className }: { flags?: readonly ReviewFlag[]; className?: string }) {
  if (!flags || flags.length === 0) return null;
  return (
    <View className={className ? `review-flags ${className}` : 'review-flags'}>
      <Text className="review-flags__lead">需留意</Text>
      {flags.map((flag) => (
        <StatusBadge key={flag} label={REVIEW_FLAG_LABELS[flag]} tone="warn" />
      ))}
    </View>
  );
}
