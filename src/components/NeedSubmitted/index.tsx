import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NeedDetail } from '../../../types/actions';
import { NEED_STATUS_LABELS, NEED_URGENCY_LABELS, SERVICE_TYPE_LABELS } from '../../../types/catalogue';
import { ROUTES, withQuery } from '../../constants/routes';
import type { SubscribeOutcome } from '../../services/subscriptions';
import { formatDateTime } from '../../utils/dates';
import { NEED_STATUS_TONES, URGENCY_TONES } from '../../utils/needBadges';
import { FormActions } from '../FormActions';
import { StatusBadge } from '../StatusBadge';
import './index.scss';

export interface NeedSubmittedProps {
  need: NeedDetail;
  /** The station head's name, who decides on it; absent while the station has none. */
  headName?: string;
  /** Whether the unit accepted the message that tells it the decision. */
  subscribed: SubscribeOutcome;
}

/** What the demand unit sees once its need is in: the need, who decides on it, and how it will hear. */
export function NeedSubmitted({ need, headName, subscribed }: NeedSubmittedProps) {
  const reviewer = headName ? `站长${headName}` : '工作站站长';
  const told =
    subscribed === 'accepted'
      ? '受理或不予受理，都会通过微信服务通知告诉您，并写在这条需求的处理进度里。'
      : '受理或不予受理，都会写在这条需求的处理进度里，「我的需求」中随时可以查看。';
  const steps = [
    { title: `${reviewer}审核受理`, text: `${reviewer}会审核这条需求：受理并指派专家，或说明不予受理的原因。` },
    { title: '结果告诉您', text: told },
    { title: '专家上门服务', text: '受理后，指派的专家会与您联系并到现场服务；每次服务后请为专家评分。' },
  ];
  return (
    <View className="need-submitted">
      <View className="need-submitted__hero">
        <View className="need-submitted__mark">
          <Text>✓</Text>
        </View>
        <Text className="need-submitted__title">需求已提交</Text>
        <Text className="need-submitted__when">
          {formatDateTime(need.createdAt)} 提交给 {need.stationName}
        </Text>
      </View>
      <View className="need-submitted__card">
        <View className="need-submitted__badges">
          <StatusBadge label={NEED_STATUS_LABELS[need.status]} tone={NEED_STATUS_TONES[need.status]} />
          <StatusBadge label={NEED_URGENCY_LABELS[need.urgency]} tone={URGENCY_TONES[need.urgency]} />
          <StatusBadge label={SERVICE_TYPE_LABELS[need.serviceType]} tone="info" />
        </View>
        <Text className="need-submitted__need">{need.title}</Text>
        <Text className="need-submitted__description">{need.description}</Text>
      </View>
      <View className="need-submitted__card">
        <Text className="need-submitted__next">接下来</Text>
        {steps.map((step, index) => (
          <View key={step.title} className="need-submitted__step">
            <Text className="need-submitted__step-number">{index + 1}</Text>
            <View className="need-submitted__step-text">
              <Text className="need-submitted__step-title">{step.title}</Text>
              <Text className="need-submitted__step-lead">{step.text}</Text>
            </View>
          </View>
        ))}
      </View>
      <FormActions>
        <Button
          block
          type="primary"
          onClick={() => void Taro.redirectTo({ url: withQuery(ROUTES.needDetail, { needId: need.id }) })}
        >
          查看需求详情
        </Button>
        <Button block fill="outline" type="primary" onClick={() => void Taro.navigateBack()}>
          完成
        </Button>
      </FormActions>
    </View>
  );
}
