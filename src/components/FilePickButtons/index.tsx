import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { extensionOf, type PickedFile } from '../../services/files';
import { ATTACHMENT_LIMITS } from '../../../types/catalogue';
import './index.scss';

export interface FilePickButtonsProps {
  /** How many more files may be added. */
  remaining: number;
  onPicked: (files: PickedFile[]) => void;
}

let pictureSerial = 0;

/**
 * The mini-program's pickers: photos from the album or camera (compressed), and PDF or Office
 * documents from a WeChat chat, the way WeChat users hand documents around. (`index.h5.tsx` is the
 * browser's file input.)
 */
export function FilePickButtons({ remaining, onPicked }: FilePickButtonsProps) {
  const pickImages = async () => {
    try {
      const picked = await Taro.chooseMedia({
        count: remaining,
        mediaType: ['image'],
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      });
      onPicked(
        picked.tempFiles.map((file) => ({
          path: file.tempFilePath,
          size: file.size,
          name: `图片${++pictureSerial}.${extensionOf(file.tempFilePath) || 'jpg'}`,
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
        extension: [...ATTACHMENT_LIMITS.pdf.extensions, ...ATTACHMENT_LIMITS.office.extensions],
      });
      onPicked(picked.tempFiles.map((file) => ({ path: file.path, size: file.size, name: file.name })));
    } catch {
      // The person closed the picker.
    }
  };

  return (
    <View className="file-pick-buttons">
      <Button size="small" fill="outline" type="primary" onClick={() => void pickImages()}>
        ＋ 添加图片
      </Button>
      <Button size="small" fill="outline" type="primary" onClick={() => void pickDocuments()}>
        ＋ 从聊天中选文档
      </Button>
    </View>
  );
}
