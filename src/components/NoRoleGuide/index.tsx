import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import './index.scss';

const STEPS: ReadonlyArray<{ title: string; detail: string }> = [
  {
    title: '索取邀请码',
    detail: '专家、站长、需求单位联系人请向所在工作站或建站学会索取；学会管理员请向市科协学会部索取。',
  },
  { title: '绑定邀请码', detail: '在「我的」页面填写邀请码，绑定后即获得相应身份。' },
  { title: '开始使用', detail: '回到首页即可看到与您身份对应的工作站和服务入口。' },
];

/** What a signed-in user without any role sees: how to get one. */
export function NoRoleGuide({ onGoToMe }: { onGoToMe: () => void }) {
  return (
    <View className="no-role">
      <Text className="no-role__title">您还没有工作站身份</Text>
      <Text className="no-role__lead">站务通的功能按身份开放。身份由上级通过邀请码授予：</Text>
      {STEPS.map((step, index) => (
        <View key={step.title} className="no-role__step">
          <View className="no-role__index">{index + 1}</View>
          <View className="no-role__text">
            <Text className="no-role__step-title">{step.title}</Text>
            <Text className="no-role__detail">{step.detail}</Text>
          </View>
        </View>
      ))}
      <View className="no-role__action">
        <Button type="primary" block onClick={onGoToMe}>
          前往「我的」
        </Button>
      </View>
    </View>
  );
}
