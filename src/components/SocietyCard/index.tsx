import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { SocietyView } from '../../../types/actions';
import { formatDate } from '../../utils/dates';
import { SOCIETY_LEVEL_LABELS } from '../../../types/catalogue';
import './index.scss';

export interface SocietyCardProps {
  society: SocietyView;
  onInvite: () => void;
  onNewStation: () => void;
}

/** One registered society: who it is, whom to call, and what the city admin does next. */
export function SocietyCard({ society, onInvite, onNewStation }: SocietyCardProps) {
  return (
    <View className="society-card">
      <View className="society-card__head">
        <Text className={`society-card__level society-card__level--${society.level}`}>
          {SOCIETY_LEVEL_LABELS[society.level]}
        </Text>
        <Text className="society-card__date">登记于 {formatDate(society.createdAt)}</Text>
      </View>
      <Text className="society-card__name">{society.name}</Text>
      <View className="society-card__row">
        <Text className="society-card__label">业务主管</Text>
        <Text className="society-card__value">{society.supervisor}</Text>
      </View>
      <View className="society-card__row">
        <Text className="society-card__label">联系人</Text>
        <Text className="society-card__value">
          {society.contactName} {society.contactPhone}
        </Text>
      </View>
      <View className="society-card__actions">
        <Button size="small" fill="outline" type="primary" onClick={onNewStation}>
          新建工作站
        </Button>
        <Button size="small" type="primary" onClick={onInvite}>
          邀请学会管理员
        </Button>
      </View>
    </View>
  );
}
