import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { VisitDetail } from '../../../types/actions';
import { PRESENCE_PROOF_LABELS } from '../../../types/catalogue';
import { ROUTES } from '../../constants/routes';
import { formatDateTime, formatMinutes } from '../../utils/dates';
import { formatDistance } from '../../utils/distance';
import { Notice } from '../Notice';

export type VisitStep = 'checkIn' | 'checkOut';

/** What a check-in or check-out just recorded, when, and what the expert does next. */
export function VisitDoneNotice({ visit, step }: { visit: VisitDetail; step: VisitStep }) {
  if (step === 'checkIn') {
    const where = visit.proof === 'off_site' ? '异地服务' : PRESENCE_PROOF_LABELS[visit.proof];
    const distance = visit.distanceM !== undefined ? `，距工作站 ${formatDistance(visit.distanceM)}` : '';
    return (
      <Notice tone="success" title={`签到成功 · ${formatDateTime(visit.checkInAt)}`}>
        <View>
          已记录：在「{visit.stationName}」为「{visit.needTitle}」签到（{where}
          {distance}）。
        </View>
        <View>
          下一步：服务结束后在本页签退并填写服务内容
          {visit.proof === 'off_site' ? '；异地服务签退后须经站长审核认可才计入记录' : ''}
          。首页顶部会一直显示这次服务。
        </View>
      </Notice>
    );
  }
  const duration = visit.durationMinutes !== undefined ? `，服务 ${formatMinutes(visit.durationMinutes)}` : '';
  return (
    <Notice
      tone="success"
      title={`签退成功 · ${formatDateTime(visit.checkOutAt)}`}
      action={
        <Button size="small" type="primary" fill="outline" onClick={() => void Taro.switchTab({ url: ROUTES.home })}>
          回到首页
        </Button>
      }
    >
      <View>
        已记录：「{visit.needTitle}」的服务内容{duration}。
      </View>
      <View>
        {visit.status === 'confirmed'
          ? '已计入本站服务记录。下一步：需求单位可为这次服务评分，可在「服务记录」中查看。'
          : visit.status === 'pending'
            ? '下一步：等待站长审核，认可后计入服务记录，审核结果会通知您。'
            : '可在「服务记录」中查看这次服务。'}
      </View>
    </Notice>
  );
}
