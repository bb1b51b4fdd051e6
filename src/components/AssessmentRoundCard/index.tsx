import { Button } from '@nutui/nutui-react-taro';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { AssessmentRoundView } from '../../../types/actions';
import { useSubmit } from '../../hooks/useSubmit';
import { roundCounts } from '../../utils/assessmentStates';
import { todayPlusDays } from '../../utils/assessmentRound';
import { ASSESSMENT_LIMITS } from '../../../types/catalogue/assessments';
import { StatusBadge } from '../StatusBadge';
import './index.scss';

export interface AssessmentRoundCardProps {
  round: AssessmentRoundView;
  /** The city admin may move the deadline. */
  canMoveDeadline: boolean;
  onOpen: () => void;
  onChanged: (round: AssessmentRoundView) => void;
}

/** One year's round: its deadline, how many stations stand where, and (for the city) 调整截止日期. */
export function AssessmentRoundCard({ round, canMoveDeadline, onOpen, onChanged }: AssessmentRoundCardProps) {
  const move = useSubmit('assessments.setDeadline');
  const [refusal, setRefusal] = useState<string | null>(null);
  const earliest = todayPlusDays(ASSESSMENT_LIMITS.deadlineDaysMin);

  const confirmMove = async (deadline: string) => {
    if (deadline === round.deadline) return;
    const { confirm } = await Taro.showModal({
      title: '调整截止日期',
      content: `将 ${round.year} 年度考核的自查报告截止日期由 ${round.deadline} 改为 ${deadline}？`,
      confirmText: '确认调整',
    });
    if (!confirm) return;
    setRefusal(null);
    const result = await move.submit({ year: round.year, deadline });
    if (!result.ok) {
      setRefusal(result.message);
      return;
    }
    onChanged(result.data);
    void Taro.showToast({ title: '截止日期已调整', icon: 'success' });
  };

  return (
    <View className="assessment-round-card">
      <View className="assessment-round-card__main" onClick={onOpen}>
        <View className="assessment-round-card__head">
          <Text className="assessment-round-card__year">{round.year} 年度考核</Text>
          {round.deadlinePassed ? (
            <StatusBadge label="已截止" tone="muted" />
          ) : (
            <StatusBadge label="自查报告提交中" tone="progress" />
          )}
          <Text className="assessment-round-card__arrow">›</Text>
        </View>
        <Text className="assessment-round-card__meta">
          截止日期 {round.deadline} · {round.counts.stations} 个工作站
        </Text>
        <View className="assessment-round-card__counts">
          {roundCounts(round.counts).map((item) => (
            <View
              key={item.key}
              className={`assessment-round-card__count${item.count === 0 ? ' assessment-round-card__count--zero' : ''}`}
            >
              <Text className={`assessment-round-card__figure assessment-round-card__figure--${item.key}`}>
                {item.count}
              </Text>
              <Text className="assessment-round-card__label">{item.label}</Text>
            </View>
          ))}
        </View>
      </View>
      {canMoveDeadline && (
        <View className="assessment-round-card__move">
          <Picker
            mode="date"
            value={round.deadline < earliest ? earliest : round.deadline}
            start={earliest}
            disabled={move.submitting}
            onChange={(event) => void confirmMove(event.detail.value)}
          >
            <Button size="small" fill="outline" type="primary" loading={move.submitting} disabled={move.submitting}>
              {move.submitting ? '正在调整' : '调整截止日期'}
            </Button>
          </Picker>
          {refusal && <Text className="assessment-round-card__refusal">{refusal}</Text>}
        </View>
      )}
    </View>
  );
}
