import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useRef, type ChangeEvent } from 'react';
import type { WorkbookPickButtonProps } from './index';
import './index.scss';

/** The browser build's picker: a plain file input for one .xlsx workbook. */
export function WorkbookPickButton({ disabled = false, onPicked }: WorkbookPickButtonProps) {
  const input = useRef<HTMLInputElement>(null);

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Choosing the same file again must fire another change.
    event.target.value = '';
    if (file) onPicked({ path: URL.createObjectURL(file), name: file.name, size: file.size, blob: file });
  };

  return (
    <View className="workbook-pick-button">
      <input ref={input} className="workbook-pick-button__input" type="file" accept=".xlsx" onChange={picked} />
      <Button type="primary" fill="outline" disabled={disabled} onClick={() => input.current?.click()}>
        选择 Excel 文件
      </Button>
    </View>
  );
}
