import { Text, View } from '@tarojs/components';
import type { AssessmentComment, AssessmentReviewEntry } from '../../../types/assessment';
import { ASSESSMENT_STATUS_LABELS } from '../../../types/catalogue/assessments';
import { ASSESSMENT_STEP_LABELS } from '../../utils/assessmentReview';
import { formatDateTime } from '../../utils/dates';
import { withUrls } from '../../utils/applicationReview';
import { AttachmentList } from '../AttachmentList';
import './index.scss';

type Entry =
  | { kind: 'comment'; at: string; entry: AssessmentComment }
  | { kind: 'review'; at: string; entry: AssessmentReviewEntry };

/** The society's remarks and the city's steps, oldest first, each with who and when. */
export function AssessmentTimeline({
  comments,
  reviews,
  fileUrls,
}: {
  comments: readonly AssessmentComment[];
  reviews: readonly AssessmentReviewEntry[];
  fileUrls?: Record<string, string>;
}) {
  const entries: Entry[] = [
    ...comments.map((entry): Entry => ({ kind: 'comment', at: entry.at, entry })),
    ...reviews.map((entry): Entry => ({ kind: 'review', at: entry.at, entry })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <View className="assessment-timeline">
      {entries.map((item) => (
        <View
          key={`${item.kind}-${item.at}`}
          className={`assessment-timeline__entry assessment-timeline__entry--${item.kind}`}
        >
          <Text className="assessment-timeline__title">
            {item.kind === 'comment'
              ? '学会意见'
              : item.entry.step === 'verdict' && item.entry.verdict
                ? `考核结论：${ASSESSMENT_STATUS_LABELS[item.entry.verdict]}`
                : ASSESSMENT_STEP_LABELS[item.entry.step]}
          </Text>
          <Text className="assessment-timeline__meta">
            {item.entry.byName} · {formatDateTime(item.at)}
            {item.kind === 'review' && item.entry.inspectedOn ? ` · 考察日期 ${item.entry.inspectedOn}` : ''}
          </Text>
          <Text className="assessment-timeline__text">
            {item.kind === 'comment' ? item.entry.text : item.entry.opinion}
          </Text>
          {item.kind === 'review' && item.entry.attachments.length > 0 && (
            <AttachmentList files={withUrls(item.entry.attachments, fileUrls)} />
          )}
        </View>
      ))}
    </View>
  );
}
