import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ROUTES } from '../../constants/routes';
import { useOutbox } from '../../hooks/useOutbox';
import { sendOrKeep } from '../../services/outbox';
import { formatDateTime } from '../../utils/dates';
import { ElapsedTimer } from '../ElapsedTimer';
import { Notice } from '../Notice';
import { SectionCard } from '../SectionCard';
import { VisitReportForm, type VisitReport } from '../VisitReportForm';
import './index.scss';

export interface KeptVisitCheckOutProps {
  /** The request id of the check-in kept on the phone. */
  checkInRequestId: string;
  openid: string;
}

/**
 * Check-out of a visit whose check-in has not reached the server yet (no network all along):
 * the check-out is kept behind the check-in and both go, in order, when the network returns.
 */
export function KeptVisitCheckOut({ checkInRequestId, openid }: KeptVisitCheckOutProps) {
  const outbox = useOutbox();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const checkIn = outbox.entries.find((entry) => entry.requestId === checkInRequestId);
  const toRecords = () => void Taro.redirectTo({ url: ROUTES.myVisits });

  if (!checkIn) {
    return (
      <View className="kept-check-out">
        <Notice tone="success" title="这次签到已经发送" action={<Button onClick={toRecords}>查看服务记录</Button>}>
          请在服务记录中打开这次服务签退。
        </Notice>
      </View>
    );
  }
  const station = checkIn.label.replace(/^签到 · /, '');

  const submit = async (report: VisitReport) => {
    setSending(true);
    const result = await sendOrKeep(
      'visits.checkOut',
      {
        visitId: '',
        at: new Date().toISOString(),
        summary: report.summary,
        outcomes: report.outcomes,
        photos: report.photos.fileIds,
        attachments: report.attachments,
      },
      { label: `签退 · ${station}`, afterCheckIn: checkInRequestId, localPhotos: report.photos.waiting, openid },
    );
    setSending(false);
    if (result.status === 'refused') setProblem(result.message);
    else toRecords();
  };

  return (
    <View>
      <View className="kept-check-out__hero">
        <Text className="kept-check-out__station">{station}</Text>
        <Text className="kept-check-out__since">{formatDateTime(checkIn.data.at)} 签到（尚未发送）</Text>
        <ElapsedTimer since={checkIn.data.at} />
      </View>
      <View className="kept-check-out">
        <Notice tone="warn" title="签到还保存在手机上">
          签退也会先保存在手机上，联网后与签到依次发送，签到和签退的时间都按现在记录。
        </Notice>
      </View>
      <SectionCard title="签退">
        <VisitReportForm
          openid={openid}
          submitLabel="签退"
          submitting={sending}
          problem={problem}
          onSubmit={(report) => void submit(report)}
        />
      </SectionCard>
    </View>
  );
}
