import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AssessmentKey, AssessmentView } from '../../../types/actions';
import { ASSESSMENT_LIMITS } from '../../../types/catalogue/assessments';
import { useSubmit } from '../../hooks/useSubmit';
import { textProblem } from '../../utils/validation';
import { Notice } from '../Notice';
import { TextField } from '../TextField';
import '../AssessmentReviewForm/index.scss';

/** The note may be left empty: the verdict already says why the station passed. */
const NOTE_LIMIT = [0, ASSESSMENT_LIMITS.comment[1]] as const;

export interface AssessmentRecommendFormProps {
  assessment: AssessmentKey;
  onDone: (assessment: AssessmentView) => void;
  onCancel: () => void;
}

/** The city recommends a passing station as a 贵阳市专家工作站, with a note. */
export function AssessmentRecommendForm({ assessment, onDone, onCancel }: AssessmentRecommendFormProps) {
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const recommend = useSubmit('assessments.recommend');
  const problem = textProblem('推荐说明', note, NOTE_LIMIT);

  const submit = async () => {
    setRefusal(null);
    if (problem) return;
    const result = await recommend.submit({ ...assessment, recommended: true, note: note.trim() });
    if (result.ok) onDone(result.data);
    else setRefusal(result.message);
  };

  return (
    <View className="assessment-review-form">
      <Text className="assessment-review-form__title">推荐为贵阳市专家工作站</Text>
      <TextField
        label="推荐说明"
        rows={2}
        placeholder="如：服务成效突出，成果转化效益显著"
        limit={NOTE_LIMIT}
        value={note}
        onChange={setNote}
        error={problem}
      />
      {refusal && (
        <Notice tone="error" title="未能推荐">
          <Text>{refusal}</Text>
        </Notice>
      )}
      <View className="assessment-review-form__buttons">
        <Button type="primary" loading={recommend.submitting} onClick={() => void submit()}>
          确认推荐
        </Button>
        <Button fill="none" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
