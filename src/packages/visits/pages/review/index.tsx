import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { VisitSummary } from '../../../../../types/actions';
import { EmptyState } from '../../../../components/EmptyState';
import { PageShell } from '../../../../components/PageShell';
import { VisitList } from '../../../../components/VisitList';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import './index.scss';

const keyOf = (visit: VisitSummary) => visit.id;

/** The station head's queue (`?stationId=`): off-site visits, 补卡 and corrections waiting for a decision. */
export default function ReviewQueuePage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const queue = usePagedList('visits.reviewQueue', { stationId }, { keyOf, enabled: stationId !== '' });
  // Back from a visit just decided: it leaves the queue.
  useListPage(queue);

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
        <Text className="visit-review-queue__lead">
          异地服务、补卡和超时补录的记录，经您认可后才计入本站的服务记录和年度任务。点开一条查看详情并审批。
        </Text>
        <VisitList
          visits={queue}
          showExpert
          empty={{
            title: '没有待审批的记录',
            description: '专家的异地服务、补卡或补录提交后会出现在这里。',
            glyph: '审',
          }}
        />
      </View>
    </PageShell>
  );
}
