import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { VisitSummary } from '../../../../../types/actions';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { OutboxPanel } from '../../../../components/OutboxPanel';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { VisitList } from '../../../../components/VisitList';
import { ROUTES } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import { todayPlusYears } from '../../../../utils/dates';
import './index.scss';

const keyOf = (visit: VisitSummary) => visit.id;

/** The expert's visits, a year at a time under month headings, with what is still waiting on the phone. */
export default function MyVisitsPage() {
  const thisYear = Number(todayPlusYears().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const visits = usePagedList('visits.mine', { year: Number(year) }, { keyOf });
  // From the year of the expert's first visit, as the server answers it; this year until it has.
  const years = (visits.first?.years ?? [thisYear]).map(String);
  const rating = useApiQuery('ratings.experts', { mine: true });
  const mine = rating.data?.experts[0];
  useListPage(visits, { pullDown: () => Promise.all([visits.refetch(), rating.refetch()]) });

  return (
    <PageShell className="my-visits">
      <View className="my-visits__body">
        <Button type="primary" size="large" block onClick={() => void Taro.navigateTo({ url: ROUTES.checkIn })}>
          到站签到
        </Button>
        <Button fill="outline" type="primary" block onClick={() => void Taro.navigateTo({ url: ROUTES.makeUp })}>
          忘记签到？补卡
        </Button>
        {mine && mine.ratedVisits > 0 && (
          <View className="my-visits__rating">
            <Text className="my-visits__rating-title">需求单位对我的评分（{mine.ratedVisits} 次服务）</Text>
            <Text className="my-visits__rating-figures">
              响应 {mine.responsiveness.toFixed(1)} · 专业 {mine.professionalism.toFixed(1)} · 效果{' '}
              {mine.effect.toFixed(1)}
            </Text>
          </View>
        )}
      </View>
      <OutboxPanel onSent={visits.refetch} />
      <SectionCard title="服务记录">
        <ChoiceChips
          options={years.map((value) => ({ value, label: `${value} 年` }))}
          selected={[year]}
          onToggle={setYear}
        />
        <View className="my-visits__list">
          <VisitList
            visits={visits}
            empty={{ title: `${year} 年还没有服务记录`, description: '到工作站服务时，先在这里签到。', glyph: '记' }}
          />
        </View>
      </SectionCard>
    </PageShell>
  );
}
