import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { AssessmentRoundView } from '../../../types/actions';
import { useSubmit } from '../../hooks/useSubmit';
import { deadlineProblem, todayPlusDays } from '../../utils/assessmentRound';
import { DateField } from '../DateField';
import { FormField } from '../FormField';
import { Notice } from '../Notice';
import './index.scss';

/** A month for the heads to write their reports, unless the city picks another day. */
const DEFAULT_DEADLINE_DAYS = 30;

export interface AssessmentRoundOpenerProps {
  year: number;
  onOpened: (round: AssessmentRoundView) => void;
}

/** The city opens a sealed year's round with the last day for self-inspection reports. */
export function AssessmentRoundOpener({ year, onOpened }: AssessmentRoundOpenerProps) {
  const [deadline, setDeadline] = useState(() => todayPlusDays(DEFAULT_DEADLINE_DAYS));
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const open = useSubmit('assessments.openRound');
  const problem = deadlineProblem(deadline);

  const submit = async () => {
    setTried(true);
    setRefusal(null);
    if (problem) return;
    const { confirm } = await Taro.showModal({
      title: `开始 ${year} 年度考核`,
      content: `${year} 年度运行的工作站将进入本轮考核，站长须在 ${deadline} 前提交自查报告。`,
      confirmText: '开始考核',
    });
    if (!confirm) return;
    const result = await open.submit({ year, deadline });
    if (!result.ok) {
      setRefusal(result.message);
      return;
    }
    onOpened(result.data);
    void Taro.showToast({ title: '考核已开始', icon: 'success' });
  };

  return (
    <View className="assessment-round-opener">
      <Text className="assessment-round-opener__title">开始 {year} 年度考核</Text>
      <Text className="assessment-round-opener__lead">
        {year} 年度数据已封存。开始后，{year} 年度运行的每个工作站由站长撰写自查报告，系统按记录生成考核档案。
      </Text>
      <FormField label="报告截止日期" required error={tried ? problem : undefined}>
        <DateField title="自查报告截止日期" value={deadline} onChange={setDeadline} />
      </FormField>
      {refusal && (
        <Notice tone="error" title="未能开始考核">
          <Text>{refusal}</Text>
        </Notice>
      )}
      <Button block type="primary" loading={open.submitting} onClick={() => void submit()}>
        开始 {year} 年度考核
      </Button>
    </View>
  );
}
