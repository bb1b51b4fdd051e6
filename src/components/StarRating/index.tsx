import { Text, View } from '@tarojs/components';
import './index.scss';

export interface StarRatingProps {
  value: number;
  /** Without it the stars only show the value. */
  onChange?: (value: number) => void;
  label?: string;
}

const WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意'];

/** One to five stars, tappable when `onChange` is given, with the rating in words. */
export function StarRating({ value, onChange, label }: StarRatingProps) {
  return (
    <View className="star-rating">
      {label && <Text className="star-rating__label">{label}</Text>}
      {[1, 2, 3, 4, 5].map((star) => (
        <Text
          key={star}
          className={`star-rating__star${star <= value ? ' star-rating__star--on' : ''}`}
          onClick={onChange ? () => onChange(star) : undefined}
          aria-label={`${star} 星`}
        >
          ★
        </Text>
      ))}
      <Text className="star-rating__words">{WORDS[value] ?? ''}</Text>
    </View>
  );
}
