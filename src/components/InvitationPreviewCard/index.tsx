import { Text, View } from '@tarojs/components';
import type { InvitationPreview } from '../../../types/actions';
import { formatDateTime } from '../../utils/dates';
import { INVITATION_STATUS_LABELS, ROLE_LABELS } from '../../../types/catalogue';
import './index.scss';

/** What binding an invitation will make of the person: the role, where, from whom, until when. */
export function InvitationPreviewCard({ preview }: { preview: InvitationPreview }) {
  const rows: Array<[string, string]> = [
    ['建站学会', preview.societyName],
    ...(preview.stationName ? ([['工作站', preview.stationName]] as Array<[string, string]>) : []),
    ['邀请人', preview.inviterName],
    ['有效期至', formatDateTime(preview.expiresAt)],
  ];
  return (
    <View className={`invitation-preview invitation-preview--${preview.status}`}>
      <View className="invitation-preview__head">
        <Text className="invitation-preview__lead">邀请您成为</Text>
        <Text className={`invitation-preview__status invitation-preview__status--${preview.status}`}>
          {INVITATION_STATUS_LABELS[preview.status]}
        </Text>
      </View>
      <Text className="invitation-preview__role">{ROLE_LABELS[preview.role]}</Text>
      {rows.map(([label, value]) => (
        <View key={label} className="invitation-preview__row">
          <Text className="invitation-preview__label">{label}</Text>
          <Text className="invitation-preview__value">{value}</Text>
        </View>
      ))}
      <View className="invitation-preview__row">
        <Text className="invitation-preview__label">邀请码</Text>
        <Text className="invitation-preview__value invitation-preview__code">{preview.code}</Text>
      </View>
    </View>
  );
}
