import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { Attachment, AttachmentKind } from '../../../types/domain';
import { ATTACHMENT_RULES } from '../../constants/needs';
import { classify, cloudPathFor, toAttachment, uploadToCloud, type PickedFile } from '../../services/files';
import { formatSize } from '../AttachmentList';
import './index.scss';

interface Item {
  id: string;
  file: PickedFile;
  kind: AttachmentKind;
  state: 'uploading' | 'done' | 'failed';
  fileId?: string;
  message?: string;
}

export interface AttachmentPickerProps {
  /** The uploader's OPENID: files go to their own folder, the only one the server accepts. */
  openid: string;
  onChange: (attachments: Attachment[]) => void;
  /** True while any file is still uploading: the form waits for it. */
  onBusyChange: (busy: boolean) => void;
}

const KIND_LABELS: Record<AttachmentKind, string> = { image: '图片', pdf: 'PDF', office: '文档' };
const STATE_LABELS = { uploading: '上传中…', done: '已上传', failed: '上传失败' } as const;

/** Pick images (and, in WeChat, documents from chats), upload each at once, show each file's state. */
export function AttachmentPicker({ openid, onChange, onBusyChange }: AttachmentPickerProps) {
  const [items, setItems] = useState<Item[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const serial = useRef(0);
  const remaining = ATTACHMENT_RULES.maxFiles - items.length;

  useEffect(() => {
    onChange(
      items.filter((item) => item.state === 'done').map((item) => toAttachment(item.file, item.kind, item.fileId!)),
    );
    onBusyChange(items.some((item) => item.state === 'uploading'));
  }, [items, onChange, onBusyChange]);

  const update = (id: string, change: Partial<Item>) =>
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const upload = async (item: Item) => {
    update(item.id, { state: 'uploading', message: undefined });
    const result = await uploadToCloud(item.file, cloudPathFor('needs', openid, item.file.name));
    update(
      item.id,
      result.ok ? { state: 'done', fileId: result.fileId } : { state: 'failed', message: result.message },
    );
  };

  const add = (files: PickedFile[]) => {
    setProblem(null);
    const accepted: Item[] = [];
    for (const file of files.slice(0, remaining)) {
      const verdict = classify(file);
      if ('problem' in verdict) {
        setProblem(verdict.problem);
        continue;
      }
      accepted.push({ id: `file-${++serial.current}`, file, kind: verdict.kind, state: 'uploading' });
    }
    if (files.length > remaining) setProblem(`最多 ${ATTACHMENT_RULES.maxFiles} 个附件`);
    setItems((current) => [...current, ...accepted]);
    accepted.forEach((item) => void upload(item));
  };

  const pickImages = async () => {
    try {
      const picked = await Taro.chooseImage({ count: remaining, sizeType: ['compressed'] });
      add(
        picked.tempFiles.map((file, index) => ({
          path: file.path,
          size: file.size,
          name: imageName(file as { originalFileObj?: { name?: string }; path: string }, index),
        })),
      );
    } catch {
      // The person closed the picker.
    }
  };

  const pickDocuments = async () => {
    try {
      const picked = await Taro.chooseMessageFile({
        count: remaining,
        type: 'file',
        extension: [...ATTACHMENT_RULES.pdf.extensions, ...ATTACHMENT_RULES.office.extensions],
      });
      add(picked.tempFiles.map((file) => ({ path: file.path, size: file.size, name: file.name })));
    } catch {
      // The person closed the picker.
    }
  };

  return (
    <View className="attachment-picker">
      {items.map((item) => (
        <View key={item.id} className="attachment-picker__item">
          <Text className="attachment-picker__kind">{KIND_LABELS[item.kind]}</Text>
          <View className="attachment-picker__text">
            <Text className="attachment-picker__name">{item.file.name}</Text>
            <Text className={`attachment-picker__state attachment-picker__state--${item.state}`}>
              {formatSize(item.file.size)} · {item.message ?? STATE_LABELS[item.state]}
            </Text>
          </View>
          {item.state === 'failed' && (
            <Text className="attachment-picker__action" onClick={() => void upload(item)}>
              重试
            </Text>
          )}
          {item.state !== 'uploading' && (
            <Text
              className="attachment-picker__action"
              onClick={() => setItems((current) => current.filter((other) => other.id !== item.id))}
            >
              移除
            </Text>
          )}
        </View>
      ))}
      {problem && <Text className="attachment-picker__problem">{problem}</Text>}
      {remaining > 0 && (
        <View className="attachment-picker__buttons">
          <Button size="small" fill="outline" type="primary" onClick={() => void pickImages()}>
            ＋ 添加图片
          </Button>
          {process.env.TARO_ENV !== 'h5' && (
            <Button size="small" fill="outline" type="primary" onClick={() => void pickDocuments()}>
              ＋ 从聊天中选文档
            </Button>
          )}
        </View>
      )}
      <Text className="attachment-picker__rules">
        最多 {ATTACHMENT_RULES.maxFiles} 个：图片每张不超过 {ATTACHMENT_RULES.image.maxMb} MB；PDF、Word、Excel、PPT
        每个不超过 {ATTACHMENT_RULES.office.maxMb} MB
      </Text>
    </View>
  );
}

function imageName(file: { originalFileObj?: { name?: string }; path: string }, index: number): string {
  const original = file.originalFileObj?.name;
  if (original) return original;
  const fromPath = /[^/\\]+\.[a-z0-9]+$/i.exec(file.path)?.[0];
  return fromPath ?? `图片${index + 1}.jpg`;
}
