import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TextLimit } from '../../../types/catalogue';
import { TextBox } from '../TextBox';
import './index.scss';

export interface TagInputProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  placeholder?: string;
  /** At most this many tags, each within `limit` characters. */
  max: number;
  limit: TextLimit;
}

/** Free-text tags (expertise): type one, add it; tap × to remove. */
export function TagInput({ tags, onChange, placeholder = '输入后点「添加」', max, limit }: TagInputProps) {
  const [draft, setDraft] = useState('');
  const text = draft.trim();
  const full = tags.length >= max;
  // A tag past its most stays in the box, counted in red, until it is shortened.
  const fits = text.length >= limit[0] && text.length <= limit[1];
  const add = () => {
    if (!fits || full) return;
    if (!tags.includes(text)) onChange([...tags, text]);
    setDraft('');
  };
  return (
    <View className="tag-input">
      {tags.length > 0 && (
        <View className="tag-input__tags">
          {tags.map((tag) => (
            <View key={tag} className="tag-input__tag">
              <Text>{tag}</Text>
              <Text
                className="tag-input__remove"
                aria-label={`删除 ${tag}`}
                onClick={() => onChange(tags.filter((existing) => existing !== tag))}
              >
                ×
              </Text>
            </View>
          ))}
        </View>
      )}
      <View className="tag-input__row">
        <TextBox
          className="tag-input__input"
          value={draft}
          placeholder={full ? `最多 ${max} 项` : placeholder}
          limit={limit}
          disabled={full}
          onChange={setDraft}
          onConfirm={add}
        />
        <Button size="small" fill="outline" type="primary" disabled={!fits || full} onClick={add}>
          添加
        </Button>
      </View>
    </View>
  );
}
