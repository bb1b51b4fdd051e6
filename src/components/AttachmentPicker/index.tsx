import { Image, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import type { Attachment, AttachmentKind } from '../../../types/domain';
import { classify, uploadAttachment, type PickedFile, type UploadPurpose } from '../../services/files';
import { formatSize } from '../AttachmentList';
import { FilePickButtons } from '../FilePickButtons';
import { ATTACHMENT_LIMITS, MAX_ATTACHMENTS } from '../../../types/catalogue';
import './index.scss';

interface Item {
  id: string;
  file: PickedFile;
  kind: AttachmentKind;
  state: 'uploading' | 'done' | 'failed';
  progress: number;
  attachment?: Attachment;
  message?: string;
}

export interface AttachmentPickerProps {
  /** The uploader's OPENID: files go to their own folder, the only one the server accepts. */
  openid: string;
  /** What the files belong to: each has its own folder on the server. */
  purpose?: UploadPurpose;
  onChange: (attachments: Attachment[]) => void;
  /** True while any file is still uploading: the form waits for it. */
  onBusyChange: (busy: boolean) => void;
}

const KIND_LABELS: Record<AttachmentKind, string> = { image: '图片', pdf: 'PDF', office: '文档' };

/** Pick files, upload each at once into the person's own folder, and show each file's state. */
export function AttachmentPicker({ openid, purpose = 'needs', onChange, onBusyChange }: AttachmentPickerProps) {
  const [items, setItems] = useState<Item[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const serial = useRef(0);
  const remaining = MAX_ATTACHMENTS - items.length;

  useEffect(() => {
    onChange(items.flatMap((item) => (item.state === 'done' && item.attachment ? [item.attachment] : [])));
    onBusyChange(items.some((item) => item.state === 'uploading'));
  }, [items, onChange, onBusyChange]);

  const update = (id: string, change: Partial<Item>) =>
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const upload = async (item: Item) => {
    update(item.id, { state: 'uploading', progress: 0, message: undefined });
    const result = await uploadAttachment(item.file, openid, purpose, (progress) => update(item.id, { progress }));
    update(
      item.id,
      result.ok ? { state: 'done', attachment: result.attachment } : { state: 'failed', message: result.message },
    );
  };

  const add = (files: PickedFile[]) => {
    const refused: string[] = [];
    const accepted: Item[] = [];
    for (const file of files) {
      if (accepted.length >= remaining) {
        refused.push(`最多 ${MAX_ATTACHMENTS} 个附件，「${file.name}」未添加`);
        continue;
      }
      const verdict = classify(file);
      if ('problem' in verdict) refused.push(verdict.problem);
      else accepted.push({ id: `file-${++serial.current}`, file, kind: verdict.kind, state: 'uploading', progress: 0 });
    }
    setProblems(refused);
    setItems((current) => [...current, ...accepted]);
    accepted.forEach((item) => void upload(item));
  };

  const remove = (id: string) => setItems((current) => current.filter((other) => other.id !== id));

  return (
    <View className="attachment-picker">
      {items.map((item) => (
        <View key={item.id} className={`attachment-picker__item attachment-picker__item--${item.state}`}>
          {item.kind === 'image' ? (
            <Image className="attachment-picker__thumb" src={item.file.path} mode="aspectFill" />
          ) : (
            <Text className="attachment-picker__kind">{KIND_LABELS[item.kind]}</Text>
          )}
          <View className="attachment-picker__text">
            <Text className="attachment-picker__name">{item.file.name}</Text>
            <Text className={`attachment-picker__state attachment-picker__state--${item.state}`}>
              {KIND_LABELS[item.kind]} · {formatSize(item.file.size)} ·{' '}
              {item.state === 'uploading'
                ? `上传中 ${item.progress}%`
                : item.state === 'done'
                  ? '已上传'
                  : (item.message ?? '上传失败')}
            </Text>
            {item.state === 'uploading' && (
              <View className="attachment-picker__bar">
                <View className="attachment-picker__bar-fill" style={{ width: `${item.progress}%` }} />
              </View>
            )}
          </View>
          {item.state === 'failed' && (
            <Text className="attachment-picker__action" onClick={() => void upload(item)}>
              重试
            </Text>
          )}
          {item.state !== 'uploading' && (
            <Text
              className="attachment-picker__action attachment-picker__action--remove"
              onClick={() => remove(item.id)}
            >
              移除
            </Text>
          )}
        </View>
      ))}
      {problems.map((problem) => (
        <Text key={problem} className="attachment-picker__problem">
          {problem}
        </Text>
      ))}
      {remaining > 0 && <FilePickButtons remaining={remaining} onPicked={add} />}
      <Text className="attachment-picker__rules">
        最多 {MAX_ATTACHMENTS} 个附件（已选 {items.length} 个）。图片（jpg、png、webp、gif）每张不超过{' '}
        {ATTACHMENT_LIMITS.image.maxMb} MB；PDF 每个不超过 {ATTACHMENT_LIMITS.pdf.maxMb} MB；Word、Excel、PPT 每个不超过{' '}
        {ATTACHMENT_LIMITS.office.maxMb} MB。
        {process.env.TARO_ENV === 'h5' ? '' : '文档请先发到微信聊天中，再从聊天中选择。'}
      </Text>
    </View>
  );
}
