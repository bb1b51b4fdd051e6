import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { StationTodos, TodoCount } from '../../../types/actions';
import type { Role } from '../../../types/domain';
import { ROUTES, withQuery } from '../../constants/routes';
import { useApiQuery } from '../../hooks/useApiQuery';
import { waitedText } from '../../utils/dates';
import { LoadingState } from '../LoadingState';
import { SectionCard } from '../SectionCard';
import './index.scss';

const DESK_ROLES: readonly Role[] = ['station_head', 'station_staff'];

export interface HomeTodosProps {
  role: Role;
}

/**
 * What waits for the person in the role they are using, at the top of the home page: the desk's
 * counts for a station head or staff member, the visits to rate for a demand unit. Nothing for
 * the other roles, and nothing while there is nothing to show.
 */
export function HomeTodos({ role }: HomeTodosProps) {
  const desk = DESK_ROLES.includes(role);
  const unit = role === 'demand_unit';
  const todos = useApiQuery('stations.todos', {}, { enabled: desk || unit });
  // Back from accepting a need or rating a visit: the counts change. (Not useRefetchOnShow: this
  // mounts once the caller's roles are known, after the page's first show, so every show it sees is a return.)
  useDidShow(() => {
    if (todos.data) void todos.refetch();
  });
  usePullDownRefresh(() => {
    if (desk || unit) void todos.refetch();
  });

  const stations = todos.data?.stations ?? [];
  // A placeholder while the first answer comes: what follows does not jump down under a tap.
  const loading = todos.loading && !todos.data;
  if (desk) {
    if (loading) {
      return (
        <SectionCard title="待办事项">
          <LoadingState cards={1} inset={false} />
        </SectionCard>
      );
    }
    const desks = stations.filter((station) => station.desk);
    if (desks.length === 0) return null;
    return (
      <SectionCard title="待办事项">
        {desks.map((station) => (
          <DeskCounts key={station.stationId} station={station} named={desks.length > 1} />
        ))}
      </SectionCard>
    );
  }
  if (unit) {
    if (loading) {
      return (
        <View className="home-todos__rate-list">
          <LoadingState cards={1} inset={false} />
        </View>
      );
    }
    const rated = stations.filter((station) => station.toRate && station.toRate.count > 0);
    if (rated.length === 0) return null;
    return (
      <View className="home-todos__rate-list">
        {rated.map((station) => (
          <ToRate key={station.stationId} station={station} named={rated.length > 1} />
        ))}
      </View>
    );
  }
  return null;
}

function DeskCounts({ station, named }: { station: StationTodos; named: boolean }) {
  const { needsToAccept, visitsToReview, visitsToComplete } = station.desk!;
  const stationId = station.stationId;
  return (
    <View className="home-todos__desk">
      {named && <View className="home-todos__station">{station.stationName}</View>}
      <View className="home-todos__grid">
        <Count
          label="待受理"
          unit="条需求"
          todo={needsToAccept}
          url={withQuery(ROUTES.needList, { stationId, status: 'submitted' })}
        />
        <Count
          label="待审核"
          unit="条服务记录"
          todo={visitsToReview}
          url={withQuery(ROUTES.visitReview, { stationId })}
        />
        <Count
          label="待补录"
          unit="次未签退"
          todo={visitsToComplete}
          url={withQuery(ROUTES.visitReview, { stationId, status: 'incomplete' })}
        />
      </View>
    </View>
  );
}

function Count({ label, unit, todo, url }: { label: string; unit: string; todo: TodoCount; url: string }) {
  const waiting = todo.count > 0;
  return (
    <View
      className={`home-todos__count${waiting ? ' home-todos__count--waiting' : ''}`}
      onClick={() => void Taro.navigateTo({ url })}
    >
      <View className="home-todos__label">{label}</View>
      <View className="home-todos__number">{todo.count}</View>
      <View className="home-todos__unit">{unit}</View>
      <View className="home-todos__age">{todo.oldestAt ? `最早 ${waitedText(todo.oldestAt)}` : '暂无'}</View>
    </View>
  );
}

function ToRate({ station, named }: { station: StationTodos; named: boolean }) {
  const { count, firstVisitId } = station.toRate!;
  const open = () => {
    if (firstVisitId) void Taro.navigateTo({ url: withQuery(ROUTES.visitDetail, { visitId: firstVisitId }) });
  };
  return (
    <View className="home-todos__rate" onClick={open}>
      <View className="home-todos__rate-icon">
        <Text>★</Text>
      </View>
      <View className="home-todos__rate-text">
        <View className="home-todos__rate-title">{count} 次服务待评价</View>
        <View className="home-todos__rate-lead">
          {named ? `${station.stationName}：` : ''}为专家的每次服务打分，工作站据此改进
        </View>
      </View>
      <Text className="home-todos__rate-go">去评价 ›</Text>
    </View>
  );
}
