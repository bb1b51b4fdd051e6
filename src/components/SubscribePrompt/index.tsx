import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NotificationKind, WhoAmI } from '../../../types/actions';
import { askToSubscribe, type SubscribeOutcome } from '../../services/subscriptions';
import './index.scss';

export interface SubscribePromptProps {
  templates: WhoAmI['subscribeTemplates'] | undefined;
  kind: NotificationKind;
  /** What the message will tell the person, and when. */
  lead: string;
  label: string;
  /** The toast once they accepted. */
  accepted: string;
}

const TOASTS: Record<Exclude<SubscribeOutcome, 'accepted'>, string> = {
  declined: '未开启通知，可随时再点此开启',
  unavailable: '当前环境不支持微信服务通知',
};

/** A band offering one WeChat service notification (each tap allows one message). */
export function SubscribePrompt({ templates, kind, lead, label, accepted }: SubscribePromptProps) {
  const subscribe = async () => {
    const outcome = await askToSubscribe(templates, [kind]);
    void Taro.showToast({ title: outcome === 'accepted' ? accepted : TOASTS[outcome], icon: 'none' });
  };
  return (
    <View className="subscribe-prompt">
      <Text className="subscribe-prompt__lead">{lead}</Text>
      <Button size="small" fill="outline" type="primary" onClick={() => void subscribe()}>
        {label}
      </Button>
    </View>
  );
}
