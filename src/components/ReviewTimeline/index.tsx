import { Text, View } from '@tarojs/components';
import type { ApplicationReviewEntry } from '../../../types/application';
import { capitalYuan, formatYuan } from '../../../types/catalogue/money';
import { REVIEW_ENTRY_LABELS, withUrls } from '../../utils/applicationReview';
import { formatDateTime } from '../../utils/dates';
import { AttachmentList } from '../AttachmentList';
import './index.scss';

export interface ReviewTimelineProps {
  entries: readonly ApplicationReviewEntry[];
  /** Temporary URLs of the entries' files, by file id. */
  fileUrls?: Record<string, string>;
}

/** The city's steps on an application, oldest first: who, when, the opinion, the files and what the step decided. */
export function ReviewTimeline({ entries, fileUrls }: ReviewTimelineProps) {
  return (
    <View className="review-timeline">
      {entries.map((entry, index) => (
        <View
          key={`${entry.step}-${entry.at}-${index}`}
          className={`review-timeline__item review-timeline__item--${entry.step}`}
        >
          <View className="review-timeline__dot" />
          <View className="review-timeline__body">
            <Text className="review-timeline__what">{REVIEW_ENTRY_LABELS[entry.step]}</Text>
            <Text className="review-timeline__who">
              {entry.byName} · {formatDateTime(entry.at)}
            </Text>
            <Text className="review-timeline__opinion">{entry.opinion}</Text>
            {entry.documentNumber && <Text className="review-timeline__detail">认定文号：{entry.documentNumber}</Text>}
            {entry.recognisedOn && <Text className="review-timeline__detail">认定日期：{entry.recognisedOn}</Text>}
            {entry.subsidyFen !== undefined && (
              <Text className="review-timeline__detail">
                补助金额：{formatYuan(entry.subsidyFen)} 元（{capitalYuan(entry.subsidyFen)}）
              </Text>
            )}
            {entry.subsidyReason && <Text className="review-timeline__detail">补助理由：{entry.subsidyReason}</Text>}
            {entry.plaquedOn && <Text className="review-timeline__detail">挂牌日期：{entry.plaquedOn}</Text>}
            {entry.attachments.length > 0 && (
              <View className="review-timeline__files">
                <AttachmentList files={withUrls(entry.attachments, fileUrls)} />
              </View>
            )}
          </View>
        </View>
      ))}
    </View>
  );
}
