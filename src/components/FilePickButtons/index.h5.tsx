import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useRef, type ChangeEvent } from 'react';
import type { PickedFile } from '../../services/files';
import type { FilePickButtonsProps } from './index';
import { ATTACHMENT_LIMITS } from '../../../types/catalogue';
import './index.scss';

const ACCEPT = [
  ...ATTACHMENT_LIMITS.image.extensions,
  ...ATTACHMENT_LIMITS.pdf.extensions,
  ...ATTACHMENT_LIMITS.office.extensions,
]
  .map((extension) => `.${extension}`)
  .join(',');

/** The browser build's picker: a plain file input for images, PDF and Office documents alike. */
export function FilePickButtons({ remaining, onPicked }: FilePickButtonsProps) {
  const input = useRef<HTMLInputElement>(null);

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const files: PickedFile[] = Array.from(event.target.files ?? []).map((file) => ({
      path: URL.createObjectURL(file),
      name: file.name,
      size: file.size,
      blob: file,
    }));
    // Choosing the same file again must fire another change.
    event.target.value = '';
    if (files.length > 0) onPicked(files);
  };

  return (
    <View className="file-pick-buttons">
      <input
        ref={input}
        className="file-pick-buttons__input"
        type="file"
        multiple={remaining > 1}
        accept={ACCEPT}
        onChange={picked}
      />
      <Button size="small" fill="outline" type="primary" onClick={() => input.current?.click()}>
        ＋ 添加图片或文档
      </Button>
    </View>
  );
}
