import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { NEED_LIMITS } from '../../../types/catalogue';
import { textProblem } from '../../utils/validation';
import { FieldProblem } from '../FieldProblem';
import { StarRating } from '../StarRating';
import { TextBox } from '../TextBox';
import './index.scss';

export interface NeedEvaluatePanelProps {
  submitting: boolean;
  onCancel: () => void;
  onSubmit: (rating: number, comment: string) => Promise<void>;
}

/** The demand unit's rating of the service and a comment, given as it closes the need. */
export function NeedEvaluatePanel(props: NeedEvaluatePanelProps) {
  const [rating, setRating] = useState(5);
  const [comment, setComment] = useState('');
  const problem = textProblem('评价', comment, NEED_LIMITS.evaluationComment);
  return (
    <View className="need-evaluate">
      <Text className="need-evaluate__label">对这次服务的总体评价</Text>
      <StarRating value={rating} onChange={setRating} />
      <TextBox
        className="need-evaluate__textarea"
        value={comment}
        placeholder="说说专家服务的效果（可不填）"
        limit={NEED_LIMITS.evaluationComment}
        rows={3}
        onChange={setComment}
      />
      {problem && <FieldProblem message={problem} />}
      <View className="need-evaluate__buttons">
        <Button
          type="primary"
          disabled={problem !== undefined}
          loading={props.submitting}
          onClick={() => void props.onSubmit(rating, comment.trim())}
        >
          提交评价并关闭需求
        </Button>
        <Button fill="none" onClick={props.onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
