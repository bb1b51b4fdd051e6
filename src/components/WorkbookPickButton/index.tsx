import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { PickedFile } from '../../services/files';

export interface WorkbookPickButtonProps {
  disabled?: boolean;
  onPicked: (file: PickedFile) => void;
}

/**
 * One Excel workbook from a WeChat chat, the way WeChat users hand files around. (`index.h5.tsx`
 * is the browser's file input.)
 */
export function WorkbookPickButton({ disabled = false, onPicked }: WorkbookPickButtonProps) {
  const pick = async () => {
    try {
      const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
      const [file] = picked.tempFiles;
      if (file) onPicked({ path: file.path, size: file.size, name: file.name });
    } catch {
      // The person closed the picker.
    }
  };

  return (
    <Button type="primary" fill="outline" disabled={disabled} onClick={() => void pick()}>
      从聊天中选择 Excel 文件
    </Button>
  );
}
