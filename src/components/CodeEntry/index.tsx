import { Button, Input } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { codeFromScan, normaliseCode } from '../../utils/invitationCode';
import './index.scss';

export interface CodeEntryProps {
  /** A code typed in or scanned. */
  onCode: (code: string) => void;
  busy?: boolean;
}

/** Typing an invitation code, or (in the mini-program) scanning the mini-program code that carries it. */
export function CodeEntry({ onCode, busy = false }: CodeEntryProps) {
  const [draft, setDraft] = useState('');
  const code = normaliseCode(draft);

  const scan = async () => {
    try {
      // 'wxCode' (the round mini-program code) is a documented scanType that Taro's types lack.
      const scanType = ['wxCode', 'qrCode'] as unknown as Array<keyof Taro.scanCode.ScanType>;
      const result = await Taro.scanCode({ scanType });
      const scanned = codeFromScan(result.path, result.result);
      if (scanned) onCode(scanned);
      else void Taro.showToast({ title: '未识别到邀请码，请扫描邀请人出示的小程序码', icon: 'none' });
    } catch {
      // Cancelled by the person: nothing to do.
    }
  };

  return (
    <View className="code-entry">
      <View className="code-entry__row">
        <Input
          className="code-entry__input"
          value={draft}
          placeholder="请输入邀请码"
          confirmType="go"
          onChange={setDraft}
          onConfirm={() => code && onCode(code)}
        />
        <Button type="primary" disabled={!code} loading={busy} onClick={() => onCode(code)}>
          查询
        </Button>
      </View>
      {process.env.TARO_ENV === 'weapp' && (
        <View className="code-entry__scan">
          <Button block fill="outline" type="primary" onClick={() => void scan()}>
            扫码绑定
          </Button>
        </View>
      )}
    </View>
  );
}
