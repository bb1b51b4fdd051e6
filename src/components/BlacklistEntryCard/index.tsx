import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BlacklistEntryView } from '../../../types/actions';
import { BLACKLIST_KIND_LABELS, type BlacklistKind } from '../../../types/catalogue';
import { BLACKLIST_LIMITS } from '../../../types/catalogue/blacklist';
import { formatDate } from '../../utils/dates';
import { Notice } from '../Notice';
import { ReasonConfirm } from '../ReasonConfirm';
import { StatusBadge, type BadgeTone } from '../StatusBadge';
import './index.scss';

const KIND_TONES: Record<BlacklistKind, BadgeTone> = { dishonest: 'warn', criminal: 'danger' };

export interface BlacklistEntryCardProps {
  entry: BlacklistEntryView;
  /** Takes the entry off the list with the reason; resolves to the server's refusal, or null. */
  onRemove?: (reason: string) => Promise<string | null>;
}

/** One party on the list: who, which list, since when, and (while listed) taking it off with a reason. */
export function BlacklistEntryCard({ entry, onRemove }: BlacklistEntryCardProps) {
  const [removing, setRemoving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async (reason: string) => {
    setProblem(null);
    const refusal = await onRemove?.(reason);
    if (refusal) setProblem(refusal);
  };

  return (
    <View className="blacklist-entry">
      <View className="blacklist-entry__head">
        <StatusBadge
          label={BLACKLIST_KIND_LABELS[entry.kind]}
          tone={entry.removedAt ? 'muted' : KIND_TONES[entry.kind]}
        />
        <Text className="blacklist-entry__date">
          {entry.removedAt ? `${formatDate(entry.removedAt)} 移出` : `${formatDate(entry.addedAt)} 列入`}
        </Text>
      </View>
      <Text className="blacklist-entry__name">{entry.name}</Text>
      <Text className="blacklist-entry__code">{entry.code || '未登记证件号码（按名称比对）'}</Text>
      {entry.note && <Text className="blacklist-entry__note">{entry.note}</Text>}
      {entry.removalReason && <Text className="blacklist-entry__note">移出原因：{entry.removalReason}</Text>}
      {onRemove && !entry.removedAt && !removing && (
        <View className="blacklist-entry__actions">
          <Button size="small" fill="outline" type="danger" onClick={() => setRemoving(true)}>
            移出名单
          </Button>
        </View>
      )}
      {removing && !entry.removedAt && (
        <View className="blacklist-entry__remove">
          <ReasonConfirm
            label="移出名单的原因"
            lead="移出后，涉及该单位或个人的建站申报不再因此被拒；记录仍保留备查。"
            placeholder="如：已履行判决、信用修复，或经核实系同名误列"
            limits={BLACKLIST_LIMITS.removalReason}
            confirmText="确认移出"
            tone="danger"
            onCancel={() => setRemoving(false)}
            onConfirm={confirm}
          />
          {problem && (
            <Notice tone="error" title="未能移出">
              <Text>{problem}</Text>
            </Notice>
          )}
        </View>
      )}
    </View>
  );
}
