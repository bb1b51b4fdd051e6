import { Text, View } from '@tarojs/components';
import type { StepProgress } from '../../utils/applicationReview';
import './index.scss';

const MARKS: Record<StepProgress['state'], string> = {
  done: '✓',
  current: '●',
  todo: '',
  returned: '退',
  refused: '✕',
};

/** The five review steps in a row: done, under way, still to come, or where a send-back or refusal stopped. */
export function ReviewProgress({ steps }: { steps: readonly StepProgress[] }) {
  return (
    <View className="review-progress">
      {steps.map((step, index) => (
        <View key={step.step} className={`review-progress__step review-progress__step--${step.state}`}>
          <View className="review-progress__track">
            <View className={`review-progress__line${index === 0 ? ' review-progress__line--none' : ''}`} />
            <Text className="review-progress__dot">{MARKS[step.state]}</Text>
            <View
              className={`review-progress__line${index === steps.length - 1 ? ' review-progress__line--none' : ''}`}
            />
          </View>
          <Text className="review-progress__label">{step.label}</Text>
        </View>
      ))}
    </View>
  );
}
