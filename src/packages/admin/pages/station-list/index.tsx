import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { StationFilter } from '../../../../../types/actions';
import type { Industry, SocietyLevel, StationStatus } from '../../../../../types/domain';
import {
  INDUSTRY_LABELS,
  STATION_LEVEL_LABELS,
  STATION_LIMITS,
  STATION_STATUS_LABELS,
} from '../../../../../types/catalogue';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { OptionPicker } from '../../../../components/OptionPicker';
import { PageShell } from '../../../../components/PageShell';
import { StationList } from '../../../../components/StationList';
import { ROUTES } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useListPage } from '../../../../hooks/useListPage';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useStations } from '../../../../hooks/useStations';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { labelOptions } from '../../../../utils/labelOptions';
import { openStation } from '../../../../utils/navigation';
import './index.scss';

const ALL = 'all' as const;
const STATUS_OPTIONS = [{ value: ALL, label: '全部' }, ...labelOptions(STATION_STATUS_LABELS)];
const LEVEL_OPTIONS = [{ value: ALL, label: '全部级别' }, ...labelOptions(STATION_LEVEL_LABELS)];
const INDUSTRY_OPTIONS = [{ value: ALL, label: '全部产业' }, ...labelOptions(INDUSTRY_LABELS)];

/** Every station the caller may see (all of them for the city admin), searched by name and filtered, page by page. */
export default function StationListPage() {
  const whoami = useWhoAmI();
  const cityAdmin = whoami.data?.roles.some((view) => view.role === 'city_admin') ?? false;
  const [typed, setTyped] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<StationStatus | typeof ALL>(ALL);
  const [level, setLevel] = useState<SocietyLevel | typeof ALL>(ALL);
  const [industry, setIndustry] = useState<Industry | typeof ALL>(ALL);
  const [societyId, setSocietyId] = useState<string>(ALL);
  const filter: StationFilter = {
    ...(name && { name }),
    ...(status !== ALL && { status }),
    ...(level !== ALL && { level }),
    ...(industry !== ALL && { industry }),
    ...(societyId !== ALL && { societyId }),
  };
  const filtered = Object.keys(filter).length > 0;
  const stations = useStations({ pageSize: 20, filter });
  const societies = useApiQuery('societies.list', { pageSize: 100 }, { enabled: cityAdmin });
  const redirecting = useSessionGuard({ error: stations.error, data: null });
  // Back from creating or editing a station.
  useListPage(stations);

  const societyOptions = [
    { value: ALL, label: '全部学会' },
    ...(societies.data?.items.map((society) => ({ value: society.id, label: society.name })) ?? []),
  ];
  const clearFilters = () => {
    setTyped('');
    setName('');
    setStatus(ALL);
    setLevel(ALL);
    setIndustry(ALL);
    setSocietyId(ALL);
  };

  if (redirecting) return <PageShell />;
  return (
    <PageShell>
      <View className="station-list-page__summary">
        <Text className="station-list-page__count">{stations.loading ? '…' : stations.total}</Text>
        <Text className="station-list-page__unit">{filtered ? '个符合条件的工作站' : '个工作站'}</Text>
        {cityAdmin && (
          <Button
            size="small"
            className="station-list-page__new"
            onClick={() => void Taro.navigateTo({ url: ROUTES.adminStationEdit })}
          >
            ＋ 新建工作站
          </Button>
        )}
      </View>
      <View className="station-list-page__filters">
        <View className="station-list-page__search">
          <Input
            value={typed}
            placeholder="按名称搜索"
            maxLength={STATION_LIMITS.search[1]}
            confirmType="search"
            onChange={setTyped}
            onConfirm={() => setName(typed.trim())}
          />
          <Text className="station-list-page__search-go" onClick={() => setName(typed.trim())}>
            搜索
          </Text>
        </View>
        <ChoiceChips options={STATUS_OPTIONS} selected={[status]} onToggle={setStatus} />
        <View className="station-list-page__pickers">
          <OptionPicker title="级别" options={LEVEL_OPTIONS} value={level} placeholder="级别" onChange={setLevel} />
          <OptionPicker
            title="产业"
            options={INDUSTRY_OPTIONS}
            value={industry}
            placeholder="产业"
            onChange={setIndustry}
          />
          {cityAdmin && (
            <OptionPicker
              title="学会"
              options={societyOptions}
              value={societyId}
              placeholder="学会"
              onChange={setSocietyId}
            />
          )}
        </View>
      </View>
      {stations.loading ? (
        <LoadingState cards={3} />
      ) : stations.error && stations.items.length === 0 ? (
        <View className="station-list-page__body">
          <ErrorState message={stations.error.message} onRetry={stations.refetch} />
        </View>
      ) : filtered && stations.items.length === 0 ? (
        <View className="station-list-page__body">
          <EmptyState title="没有符合条件的工作站" description="可以换一个名称或筛选条件再找。" glyph="站">
            <Button size="small" fill="outline" type="primary" onClick={clearFilters}>
              清除筛选
            </Button>
          </EmptyState>
        </View>
      ) : (
        <View className="station-list-page__body">
          <StationList
            stations={stations.items}
            emptyDescription="尚无获认定的工作站。"
            hasMore={stations.hasMore}
            loadingMore={stations.loadingMore}
            onLoadMore={stations.loadMore}
            onSelect={(station) => openStation(station.id)}
          />
          {stations.error && <Text className="station-list-page__error">{stations.error.message}</Text>}
          {!stations.hasMore && stations.items.length > 0 && (
            <Text className="station-list-page__end">已显示全部工作站</Text>
          )}
        </View>
      )}
    </PageShell>
  );
}
