import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { InvitationView } from '../../../types/actions';
import { formatDateTime } from '../../utils/dates';
import { INVITATION_STATUS_LABELS, ROLE_LABELS } from '../../../types/catalogue';
import './index.scss';

export interface InvitationCardProps {
  invitation: InvitationView;
  onRevoke: () => void;
  revoking?: boolean;
}

/** One issued invitation: the code to pass on (typed, copied or as a mini-program code) and its state. */
export function InvitationCard({ invitation, onRevoke, revoking = false }: InvitationCardProps) {
  const active = invitation.status === 'active';
  const copy = () =>
    void Taro.setClipboardData({ data: invitation.code }).catch(() =>
      Taro.showToast({ title: '复制失败，请长按邀请码手动复制', icon: 'none' }),
    );
  const preview = () => {
    if (invitation.qrCodeUrl) void Taro.previewImage({ urls: [invitation.qrCodeUrl], current: invitation.qrCodeUrl });
  };
  return (
    <View className={`invitation-card${active ? '' : ' invitation-card--inactive'}`}>
      <View className="invitation-card__head">
        <Text className="invitation-card__role">邀请{ROLE_LABELS[invitation.role]}</Text>
        <Text className={`invitation-card__status invitation-card__status--${invitation.status}`}>
          {INVITATION_STATUS_LABELS[invitation.status]}
        </Text>
      </View>
      <View className="invitation-card__main">
        <View className="invitation-card__text">
          <Text className="invitation-card__code" userSelect>
            {invitation.code}
          </Text>
          <Text className="invitation-card__line">
            已绑定 {invitation.uses}/{invitation.maxUses} 人
          </Text>
          <Text className="invitation-card__line">有效期至 {formatDateTime(invitation.expiresAt)}</Text>
          <Text className="invitation-card__line">
            {invitation.createdByName} 发放于 {formatDateTime(invitation.createdAt)}
          </Text>
        </View>
        {invitation.qrCodeUrl ? (
          <View className="invitation-card__qr" onClick={preview}>
            <Image className="invitation-card__qr-image" src={invitation.qrCodeUrl} mode="aspectFit" />
            <Text className="invitation-card__qr-hint">点击放大保存</Text>
          </View>
        ) : (
          <View className="invitation-card__qr invitation-card__qr--none">
            <Text className="invitation-card__qr-hint">暂无小程序码</Text>
          </View>
        )}
      </View>
      <Text className="invitation-card__where">
        {invitation.stationName ? `${invitation.societyName} · ${invitation.stationName}` : invitation.societyName}
      </Text>
      {active && (
        <View className="invitation-card__actions">
          <Button size="small" fill="outline" type="danger" loading={revoking} onClick={onRevoke}>
            撤销
          </Button>
          <Button size="small" type="primary" onClick={copy}>
            复制邀请码
          </Button>
        </View>
      )}
    </View>
  );
}
