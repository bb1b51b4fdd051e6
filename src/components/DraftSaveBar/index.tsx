import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { SaveStatus } from '../../hooks/useApplicationAutosave';
import { formatTime } from '../../utils/dates';
import './index.scss';

export interface DraftSaveBarProps {
  status: SaveStatus;
  saving: boolean;
  submitting: boolean;
  /** Files still uploading: neither save nor submit would carry them. */
  busy: boolean;
  onSave: () => void;
  onSubmit: () => void;
}

/** The bar at the foot of a long form: whether what is typed is saved, 保存草稿 and 提交. */
export function DraftSaveBar({ status, saving, submitting, busy, onSave, onSubmit }: DraftSaveBarProps) {
  return (
    <View className="draft-save-bar">
      <Text className={`draft-save-bar__status draft-save-bar__status--${status.kind}`}>{statusText(status)}</Text>
      <View className="draft-save-bar__buttons">
        <Button
          className="draft-save-bar__save"
          fill="outline"
          type="primary"
          loading={saving}
          disabled={busy}
          onClick={onSave}
        >
          保存草稿
        </Button>
        <Button
          className="draft-save-bar__submit"
          type="primary"
          loading={submitting}
          disabled={busy}
          onClick={onSubmit}
        >
          提交
        </Button>
      </View>
    </View>
  );
}

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return `已保存 ${formatTime(status.at)}`;
    case 'saving':
      return '保存中…';
    case 'unsaved':
      return status.kept ? '未保存（已暂存在本机）' : '未保存';
    case 'failed':
      return `未保存：${status.message}`;
  }
}
