import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useRef, type ChangeEvent } from 'react';
import type { PickedFile } from '../../services/files';
import type { CameraButtonProps } from './index';
import './index.scss';

/** The browser's camera: `capture` opens the phone's camera rather than its gallery. */
export function CameraButton({ remaining, onTaken }: CameraButtonProps) {
  const input = useRef<HTMLInputElement>(null);

  const taken = (event: ChangeEvent<HTMLInputElement>) => {
    const photos: PickedFile[] = Array.from(event.target.files ?? [])
      .slice(0, remaining)
      .map((file) => ({ path: URL.createObjectURL(file), name: file.name, size: file.size, blob: file }));
    // Taking the same file again must fire another change.
    event.target.value = '';
    if (photos.length > 0) onTaken(photos);
  };

  return (
    <View className="camera-button">
      <input
        ref={input}
        className="camera-button__input"
        type="file"
        accept="image/*"
        capture="environment"
        onChange={taken}
      />
      <Button
        size="small"
        fill="outline"
        type="primary"
        disabled={remaining <= 0}
        onClick={() => input.current?.click()}
      >
        ＋ 拍照
      </Button>
    </View>
  );
}
