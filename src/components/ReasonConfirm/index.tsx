import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TextLimit } from '../../../types/catalogue';
import { textLength, textProblem } from '../../utils/validation';
import { TextBox } from '../TextBox';
import './index.scss';

export interface ReasonConfirmProps {
  /** What the text is, over it. */
  label: string;
  /** What the step does, before the text is asked for. */
  lead?: string;
  placeholder: string;
  /** Fewest and most characters; fewest 0 when the text may be left out. */
  limits: TextLimit;
  confirmText: string;
  /** danger: a step that cannot be undone. */
  tone: 'primary' | 'danger';
  onCancel: () => void;
  /** Takes the step with the trimmed text; the confirm button shows it under way until this settles. */
  onConfirm: (text: string) => Promise<unknown>;
}

/** The text (often a reason) a step is taken with, and the button that takes it, or cancels. */
export function ReasonConfirm({
  label,
  lead,
  placeholder,
  limits,
  confirmText,
  tone,
  onCancel,
  onConfirm,
}: ReasonConfirmProps) {
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [min, max] = limits;
  const length = textLength(text);
  // Said as it is typed: the step is one text, so its button waits until the text fits.
  const problem = textProblem('', text, limits);
  const over = length > max;

  const confirm = async () => {
    setSending(true);
    try {
      await onConfirm(text.trim());
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="reason-confirm">
      <Text className="reason-confirm__label">{label}</Text>
      {lead && <Text className="reason-confirm__lead">{lead}</Text>}
      <TextBox
        className="reason-confirm__text"
        value={text}
        placeholder={placeholder}
        limit={limits}
        rows={3}
        onChange={setText}
      />
      {problem && (
        <Text className={`reason-confirm__hint${over ? ' reason-confirm__hint--over' : ''}`}>
          {length === 0 ? `请填写，${min}–${max} 个字` : problem}
        </Text>
      )}
      <View className="reason-confirm__buttons">
        <Button type={tone} disabled={problem !== undefined} loading={sending} onClick={() => void confirm()}>
          {confirmText}
        </Button>
        <Button fill="none" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
