import { Text, View } from '@tarojs/components';
import { usePagedList } from '../../hooks/usePagedList';
import { NeedList } from '../NeedList';
import { SectionCard } from '../SectionCard';
import { VisitList } from '../VisitList';
import './index.scss';

/** Beside a station's figures: its latest visits of the year, and the accepted needs nobody has served yet. */
export function StationYearActivity({ stationId, year }: { stationId: string; year: number }) {
  const visits = usePagedList('visits.ofStation', { stationId, year }, { pageSize: 10, keyOf: (visit) => visit.id });
  const waiting = usePagedList(
    'needs.list',
    { stationId, statuses: ['accepted'] },
    { pageSize: 10, keyOf: (need) => need.id },
  );
  return (
    <View className="station-year-activity">
      <SectionCard
        title="近期服务记录"
        extra={<Text className="station-year-activity__count">共 {visits.total} 次</Text>}
      >
        <VisitList
          visits={visits}
          showExpert
          tapForMore
          empty={{ title: `${year} 年还没有服务记录`, description: '专家到站签到后，记录会出现在这里。', glyph: '记' }}
        />
      </SectionCard>
      <SectionCard title="已受理、尚未服务的需求">
        <NeedList
          needs={waiting}
          tapForMore
          empty={{ title: '没有待服务的需求', description: '已受理的需求都已有专家服务。', glyph: '需' }}
        />
      </SectionCard>
    </View>
  );
}
