import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { QuotaProgress } from '../../../types/actions';
import { ROUTES, withQuery } from '../../constants/routes';
import { quotaGapLine } from '../../utils/quotaGap';
import './index.scss';

export interface QuotaGapProps {
  progress: QuotaProgress;
  /** Needs submitted to the station and not yet accepted or declined (待受理). */
  needsToAccept: number;
  /** Only the head invites experts; staff see the other actions. */
  canInvite: boolean;
}

/**
 * The station's year in one line (what it still needs, this month first), and under it the
 * actions that close each gap, each only while its gap is open.
 */
export function QuotaGap({ progress, needsToAccept, canInvite }: QuotaGapProps) {
  const { stationId, remaining } = progress;
  const go = (url: string) => () => void Taro.navigateTo({ url });
  const expertsShort = remaining.experts > 0 || remaining.outOfProvinceExperts > 0;
  const actions = [
    canInvite && expertsShort && { label: '邀请专家', url: withQuery(ROUTES.invitations, { stationId }) },
    needsToAccept > 0 && {
      label: `受理待办需求（${needsToAccept}）`,
      url: withQuery(ROUTES.needList, { stationId, status: 'submitted' }),
    },
    remaining.needsServed > 0 && { label: '代为登记需求', url: withQuery(ROUTES.needSubmit, { stationId }) },
  ].filter((action): action is { label: string; url: string } => Boolean(action));
  const tone = progress.status === 'met' ? 'done' : progress.status === 'on_track' ? 'calm' : 'urgent';
  return (
    <View className={`quota-gap quota-gap--${tone}`}>
      <Text className="quota-gap__line">{quotaGapLine(progress)}</Text>
      {actions.length > 0 && (
        <View className="quota-gap__actions">
          {actions.map(({ label, url }) => (
            <Button key={label} size="small" fill="outline" type="primary" onClick={go(url)}>
              {label}
            </Button>
          ))}
        </View>
      )}
    </View>
  );
}
