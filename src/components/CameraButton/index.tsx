import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { extensionOf, type PickedFile } from '../../services/files';

export interface CameraButtonProps {
  /** How many more photos may be taken. */
  remaining: number;
  onTaken: (photos: PickedFile[]) => void;
}

let photoSerial = 0;

/**
 * The camera only: a visit's photos must be taken there and then, not picked from the album.
 * (`index.h5.tsx` is the browser's camera input.)
 */
export function CameraButton({ remaining, onTaken }: CameraButtonProps) {
  const take = async () => {
    try {
      const taken = await Taro.chooseMedia({
        count: remaining,
        mediaType: ['image'],
        sizeType: ['compressed'],
        sourceType: ['camera'],
      });
      onTaken(
        taken.tempFiles.map((file) => ({
          path: file.tempFilePath,
          size: file.size,
          name: `现场照片${++photoSerial}.${extensionOf(file.tempFilePath) || 'jpg'}`,
        })),
      );
    } catch {
      // The person closed the camera.
    }
  };

  return (
    <Button size="small" fill="outline" type="primary" disabled={remaining <= 0} onClick={() => void take()}>
      ＋ 拍照
    </Button>
  );
}
