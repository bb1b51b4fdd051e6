import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { VisitDetail } from '../../../types/actions';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import { formatDateTime } from '../../utils/dates';
import { visitRatingProblems, type VisitRatingValues } from '../../utils/visitForms';
import { FieldProblem } from '../FieldProblem';
import { Notice } from '../Notice';
import { StarRating } from '../StarRating';
import { TextBox } from '../TextBox';
import { VISIT_LIMITS } from '../../../types/catalogue';
import './index.scss';

const ASPECTS = [
  { key: 'responsiveness', label: '响应速度' },
  { key: 'professionalism', label: '专业水平' },
  { key: 'effect', label: '服务效果' },
] as const;

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
  const form = useForm<VisitRatingValues, 'scores' | 'comment'>(
    {
      responsiveness: visit.rating?.responsiveness ?? 0,
      professionalism: visit.rating?.professionalism ?? 0,
      effect: visit.rating?.effect ?? 0,
      comment: visit.rating?.comment ?? '',
    },
    visitRatingProblems,
  );
  const { values, set, errors } = form;
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    setProblem(null);
    if (!form.check()) return;
    const result = await rate.submit({ visitId: visit.id, ...values, comment: values.comment.trim() });
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
          value={values[aspect.key]}
          onChange={(value) => set(aspect.key, value)}
        />
      ))}
      {errors.scores && <FieldProblem message={errors.scores} />}
      <TextBox
        placeholder="说说这次服务（选填）"
        limit={VISIT_LIMITS.ratingComment}
        rows={3}
        {...form.bindText('comment')}
      />
      {errors.comment && <FieldProblem message={errors.comment} />}
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
