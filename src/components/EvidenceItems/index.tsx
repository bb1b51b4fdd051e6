import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MetricEvidence } from '../../../types/assessment';
import { formatSize } from '../AttachmentList';
import './index.scss';

const KIND_LABELS = { image: '图片', pdf: 'PDF', office: '文档' } as const;

/** A metric's evidence as submitted: what each item is, its files by name, and its links (tap copies). */
export function EvidenceItems({ evidence }: { evidence: readonly MetricEvidence[] }) {
  if (evidence.length === 0) return <Text className="evidence-items__none">未附佐证材料</Text>;
  return (
    <View className="evidence-items">
      {evidence.map((item, index) => (
        <View key={index} className="evidence-items__item">
          <Text className="evidence-items__description">
            {index + 1}. {item.description || '（未填写说明）'}
          </Text>
          {item.attachments.map((file) => (
            <Text key={file.fileId} className="evidence-items__file">
              {KIND_LABELS[file.kind]} · {file.name} · {formatSize(file.size)}
            </Text>
          ))}
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
