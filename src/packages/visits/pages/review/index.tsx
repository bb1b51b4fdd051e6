import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { VisitSummary } from '../../../../../types/actions';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { PageShell } from '../../../../components/PageShell';
import { VisitList } from '../../../../components/VisitList';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import './index.scss';

const keyOf = (visit: VisitSummary) => visit.id;

type Queue = 'pending' | 'incomplete';
const QUEUES: Array<{ value: Queue; label: string }> = [
  { value: 'pending', label: '待审核' },
  { value: 'incomplete', label: '待补录' },
];
const LEADS: Record<Queue, string> = {
  pending: '异地服务、补卡和超时补录的记录，经您认可后才计入本站的服务记录和年度任务。点开一条查看详情并审批。',
  incomplete:
    '签到后超过 12 小时未签退、已自动结束的服务。专家补录签退和服务内容后，记录会进入「待审核」；年度数据封存后不能再补录，请及时提醒专家。',
};
const EMPTY: Record<Queue, { title: string; description: string }> = {
  pending: { title: '没有待审批的记录', description: '专家的异地服务、补卡或补录提交后会出现在这里。' },
  incomplete: { title: '没有待补录的服务', description: '专家签到后超过 12 小时未签退的服务会出现在这里。' },
};

/**
 * The station head's queues (`?stationId=`): off-site visits, 补卡 and corrections waiting for a
 * decision, or (`&status=incomplete`) visits closed unfinished that their expert may still complete.
 */
export default function ReviewQueuePage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const [queue, setQueue] = useState<Queue>(params.status === 'incomplete' ? 'incomplete' : 'pending');
  const visits = usePagedList(
    'visits.reviewQueue',
    { stationId, ...(queue === 'incomplete' && { status: queue }) },
    { keyOf, enabled: stationId !== '' },
  );
  // Back from a visit just decided: it leaves the queue.
  useListPage(visits);

  if (!stationId) {
    return (
      <PageShell>
        <EmptyState title="未指定工作站" description="请从首页的「走访审批」进入。" glyph="审" />
      </PageShell>
    );
  }
  return (
    <PageShell className="visit-review-queue">
      <View className="visit-review-queue__body">
        <ChoiceChips<Queue> options={QUEUES} selected={[queue]} onToggle={setQueue} />
        <Text className="visit-review-queue__lead">{LEADS[queue]}</Text>
        <VisitList visits={visits} showExpert empty={{ ...EMPTY[queue], glyph: '审' }} />
      </View>
    </PageShell>
  );
}
