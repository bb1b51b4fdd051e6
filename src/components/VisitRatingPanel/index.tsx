import { Button, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { VisitDetail, VisitRatingView } from '../../../types/actions';
import { useSubmit } from '../../hooks/useSubmit';
import { formatDateTime } from '../../utils/dates';
import { Notice } from '../Notice';
import { StarRating } from '../StarRating';
import { VISIT_LIMITS } from '../../../types/catalogue';
import './index.scss';

const ASPECTS = [
  { key: 'responsiveness', label: '响应速度' },
  { key: 'professionalism', label: '专业水平' },
  { key: 'effect', label: '服务效果' },
] as const;

type Scores = Pick<VisitRatingView, (typeof ASPECTS)[number]['key']>;

/** A visit's rating: shown to everyone who may see the visit, given or changed by the demand unit. */
export function VisitRatingPanel({ visit, onRated }: { visit: VisitDetail; onRated: (visit: VisitDetail) => void }) {
  const rating = visit.rating;
  const [editing, setEditing] = useState(false);
  if (visit.can.rate && (editing || !rating)) {
    return <RatingForm visit={visit} onRated={(next) => (setEditing(false), onRated(next))} />;
  }
  if (!rating) return <Text className="visit-rating__none">需求单位尚未评分</Text>;
  return (
    <View className="visit-rating">
      {ASPECTS.map((aspect) => (
        <StarRating key={aspect.key} label={aspect.label} value={rating[aspect.key]} />
      ))}
      {rating.comment && <Text className="visit-rating__comment">{rating.comment}</Text>}
      <Text className="visit-rating__meta">
        {rating.byName} · {formatDateTime(rating.at)}
        {visit.can.rate ? `（${formatDateTime(rating.editableUntil)} 前可修改）` : ''}
      </Text>
      {visit.can.rate && (
        <Button size="small" fill="outline" type="primary" onClick={() => setEditing(true)}>
          修改评分
        </Button>
      )}
    </View>
  );
}

function RatingForm({ visit, onRated }: { visit: VisitDetail; onRated: (visit: VisitDetail) => void }) {
  const rate = useSubmit('visits.rate');
  const [scores, setScores] = useState<Scores>({
    responsiveness: visit.rating?.responsiveness ?? 0,
    professionalism: visit.rating?.professionalism ?? 0,
    effect: visit.rating?.effect ?? 0,
  });
  const [comment, setComment] = useState(visit.rating?.comment ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    if (ASPECTS.some((aspect) => scores[aspect.key] < 1)) {
      setProblem('请为响应速度、专业水平、服务效果各打 1–5 星');
      return;
    }
    setProblem(null);
    const result = await rate.submit({ visitId: visit.id, ...scores, comment: comment.trim() });
    if (result.ok) onRated(result.data);
    else setProblem(result.message);
  };

  return (
    <View className="visit-rating">
      <Text className="visit-rating__lead">请为这次服务评分，提交后 7 天内可以修改。</Text>
      {ASPECTS.map((aspect) => (
        <StarRating
          key={aspect.key}
          label={aspect.label}
          value={scores[aspect.key]}
          onChange={(value) => setScores((current) => ({ ...current, [aspect.key]: value }))}
        />
      ))}
      <TextArea
        placeholder="说说这次服务（选填）"
        value={comment}
        maxLength={VISIT_LIMITS.ratingComment[1]}
        showCount
        onChange={setComment}
      />
      {problem && (
        <Notice tone="error" title="未能提交">
          {problem}
        </Notice>
      )}
      <Button type="primary" block loading={rate.submitting} onClick={() => void submit()}>
        提交评分
      </Button>
    </View>
  );
}
