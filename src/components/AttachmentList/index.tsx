import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { AttachmentView } from '../../../types/actions';
import { openDocument } from '../../services/documents';
import { documentType } from '../../utils/documentType';
import './index.scss';

/** Images as thumbnails (tap to enlarge), documents as rows that open them. */
export function AttachmentList({ files }: { files: readonly AttachmentView[] }) {
  const images = files.filter((file) => file.kind === 'image' && file.url);
  const documents = files.filter((file) => file.kind !== 'image');
  const urls = images.map((file) => file.url as string);
  return (
    <View className="attachment-list">
      {images.length > 0 && (
        <View className="attachment-list__images">
          {images.map((file) => (
            <Image
              key={file.fileId}
              className="attachment-list__thumb"
              src={file.url as string}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls, current: file.url as string })}
            />
          ))}
        </View>
      )}
      {documents.map((file) => (
        <View key={file.fileId} className="attachment-list__doc" onClick={() => void openAttachment(file)}>
          <Text className="attachment-list__doc-kind">{file.kind === 'pdf' ? 'PDF' : '文档'}</Text>
          <Text className="attachment-list__doc-name">{file.name}</Text>
          <Text className="attachment-list__doc-size">{formatSize(file.size)}</Text>
        </View>
      ))}
      {files.some((file) => !file.url) && <Text className="attachment-list__missing">部分附件已失效</Text>}
    </View>
  );
}

async function openAttachment(file: AttachmentView): Promise<void> {
  if (file.url && !(await openDocument(file.url, documentType(file.name)))) {
    void Taro.showToast({ title: '无法打开该文件', icon: 'none' });
  }
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
