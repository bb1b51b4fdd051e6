import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROUTES, withQuery } from '../../constants/routes';
import './index.scss';

export interface RecognisedStationProps {
  stationId: string;
  /** The invitation the station's head binds with; the society passes it on. */
  invitationCode?: string;
  headName: string;
}

/** Once recognised: the station the application became, and the code its named head binds with. */
export function RecognisedStation({ stationId, invitationCode, headName }: RecognisedStationProps) {
  const copy = () =>
    void Taro.setClipboardData({ data: invitationCode ?? '' }).catch(() =>
      Taro.showToast({ title: '复制失败，请长按邀请码手动复制', icon: 'none' }),
    );
  return (
    <View className="recognised-station">
      <View
        className="recognised-station__link"
        onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.stationDetail, { stationId }) })}
      >
        <Text className="recognised-station__link-text">工作站已建立，查看工作站</Text>
        <Text className="recognised-station__arrow">›</Text>
      </View>
      {invitationCode && (
        <View className="recognised-station__invitation">
          <Text className="recognised-station__label">站长邀请码</Text>
          <View className="recognised-station__code-row">
            <Text className="recognised-station__code" userSelect>
              {invitationCode}
            </Text>
            <Button size="small" fill="outline" type="primary" onClick={copy}>
              复制
            </Button>
          </View>
          <Text className="recognised-station__hint">
            请学会将邀请码转交申报书中的站长{headName ? ` ${headName}` : ''}
            ，由其本人在站务通「我的」页面填写，绑定后即成为本站站长。
          </Text>
        </View>
      )}
    </View>
  );
}
