import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MetricEvidence } from '../../../types/assessment';
import { withUrls } from '../../utils/applicationReview';
import { AttachmentList } from '../AttachmentList';
import './index.scss';

/** A metric's evidence as submitted: what each item is, its files (tap opens), and its links (tap copies). */
export function EvidenceItems({
  evidence,
  fileUrls,
}: {
  evidence: readonly MetricEvidence[];
  fileUrls?: Record<string, string>;
}) {
  if (evidence.length === 0) return <Text className="evidence-items__none">未附佐证材料</Text>;
  return (
    <View className="evidence-items">
      {evidence.map((item, index) => (
        <View key={index} className="evidence-items__item">
          <Text className="evidence-items__description">
            {index + 1}. {item.description || '（未填写说明）'}
          </Text>
          {item.attachments.length > 0 && <AttachmentList files={withUrls(item.attachments, fileUrls)} />}
          {item.links.map((link) => (
            <Text
              key={link}
              className="evidence-items__link"
              onClick={() =>
                void Taro.setClipboardData({ data: link }).then(() =>
                  Taro.showToast({ title: '链接已复制，请在浏览器中打开', icon: 'none' }),
                )
              }
            >
              {link}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
