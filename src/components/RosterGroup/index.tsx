import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { RosterMember } from '../../../types/actions';
import type { Role } from '../../../types/domain';
import { formatDate } from '../../utils/dates';
import { PersonCard } from '../PersonCard';
import { ROLE_LABELS } from '../../../types/catalogue';
import './index.scss';

export interface RosterGroupProps {
  role: Role;
  members: readonly RosterMember[];
  /** Removing a member; without it no remove buttons are shown. */
  onRemove?: (member: RosterMember) => void;
  /** The member whose removal is under way. */
  removing?: string | null;
  /** Opening what a member did (their 操作记录); without it no such link is shown. */
  onHistory?: (member: RosterMember) => void;
}

/** The members of a station holding one role. */
export function RosterGroup({ role, members, onRemove, removing = null, onHistory }: RosterGroupProps) {
  const current = members.filter((member) => !member.revokedAt).length;
  return (
    <View className="roster-group">
      <View className="roster-group__header">
        <Text className="roster-group__title">{ROLE_LABELS[role]}</Text>
        <Text className="roster-group__count">{current} 人</Text>
      </View>
      {members.map((member) => {
        const removed = Boolean(member.revokedAt);
        return (
          <View
            key={member.grantId}
            className={`roster-group__member${removed ? ' roster-group__member--removed' : ''}`}
          >
            <PersonCard person={member.person} muted={removed}>
              <Text className="roster-group__dates">
                {removed
                  ? `已移出 · ${formatDate(member.grantedAt)} 加入，${formatDate(member.revokedAt)} 移出`
                  : `${formatDate(member.grantedAt)} 加入`}
              </Text>
            </PersonCard>
            {((!removed && onRemove) || onHistory) && (
              <View className="roster-group__actions">
                {onHistory && (
                  <Button size="small" fill="outline" type="primary" onClick={() => onHistory(member)}>
                    操作记录
                  </Button>
                )}
                {!removed && onRemove && (
                  <Button
                    size="small"
                    fill="outline"
                    type="danger"
                    loading={removing === member.grantId}
                    onClick={() => onRemove(member)}
                  >
                    移出
                  </Button>
                )}
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}
