import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AssessmentKey, AssessmentView } from '../../../types/actions';
import { ASSESSMENT_LIMITS } from '../../../types/catalogue/assessments';
import { useSubmit } from '../../hooks/useSubmit';
import { commentProblem } from '../../utils/assessmentReview';
import { Notice } from '../Notice';
import { TextField } from '../TextField';
import '../AssessmentReviewForm/index.scss';

export interface AssessmentCommentFormProps {
  assessment: AssessmentKey;
  onDone: (assessment: AssessmentView) => void;
  onCancel: () => void;
}

/** The society admin's remark on its station's report, seen by the head and the city. */
export function AssessmentCommentForm({ assessment, onDone, onCancel }: AssessmentCommentFormProps) {
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const comment = useSubmit('assessments.comment');
  const problem = commentProblem(text);

  const submit = async () => {
    setTried(true);
    setRefusal(null);
    if (problem) return;
    const result = await comment.submit({ ...assessment, text: text.trim() });
    if (result.ok) onDone(result.data);
    else setRefusal(result.message);
  };

  return (
    <View className="assessment-review-form">
      <Text className="assessment-review-form__title">学会意见</Text>
      <TextField
        label="意见"
        required
        rows={3}
        placeholder="如：报告内容属实，请补充成果转化的合同"
        limit={ASSESSMENT_LIMITS.comment}
        value={text}
        onChange={setText}
        onBlur={() => setTried(text.trim() !== '')}
        error={tried ? problem : undefined}
      />
      {refusal && (
        <Notice tone="error" title="未能提交">
          <Text>{refusal}</Text>
        </Notice>
      )}
      <View className="assessment-review-form__buttons">
        <Button type="primary" loading={comment.submitting} onClick={() => void submit()}>
          提交学会意见
        </Button>
        <Button fill="none" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
