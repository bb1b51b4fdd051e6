import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState, type ReactNode } from 'react';
import type { PoolExpert } from '../../../../../types/actions';
import { EXPERT_POOL_LIMITS } from '../../../../../types/catalogue';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { ExpertPoolPanel } from '../../../../components/ExpertPoolPanel';
import { LoadingState } from '../../../../components/LoadingState';
import { OptionPicker } from '../../../../components/OptionPicker';
import { PageShell } from '../../../../components/PageShell';
import { PersonCard } from '../../../../components/PersonCard';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import './index.scss';

const ALL = 'all' as const;
const ORIGIN_OPTIONS = [
  { value: ALL, label: '全部专家' },
  { value: 'out', label: '省外专家' },
] as const;
type Origin = (typeof ORIGIN_OPTIONS)[number]['value'];

/**
 * The society's 专家库: its experts across its stations (`societyId=`), searched by name or unit,
 * narrowed to 省外 or to one station; tapping one opens their details and, for the society's admin,
 * an invitation to another of its stations.
 */
export default function ExpertPoolPage() {
  const { params } = useRouter();
  const whoami = useWhoAmI();
  const administered = whoami.data?.roles.find((role) => role.role === 'society_admin')?.societyId;
  const societyId = params.societyId || administered || '';
  const canInvite = whoami.data?.roles.some((role) => role.role === 'society_admin' && role.societyId === societyId);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [origin, setOrigin] = useState<Origin>(ALL);
  const [stationId, setStationId] = useState<string>(ALL);
  const [opened, setOpened] = useState('');
  const filter = {
    societyId,
    ...(search && { search }),
    ...(origin === 'out' && { outOfProvince: true }),
    ...(stationId !== ALL && { stationId }),
  };
  const filtered = Object.keys(filter).length > 1;
  const pool = usePagedList('experts.pool', filter, {
    enabled: societyId !== '',
    keyOf: (expert) => expert.person.openid,
  });
  const redirecting = useSessionGuard({ error: pool.error, data: null });
  useListPage(pool);

  const counts = pool.first?.counts;
  const stations = pool.first?.stations ?? [];
  const stationOptions = [
    { value: ALL, label: '全部工作站' },
    ...stations.map((station) => ({ value: station.id, label: station.name })),
  ];
  const clearFilters = () => {
    setTyped('');
    setSearch('');
    setOrigin(ALL);
    setStationId(ALL);
  };

  if (redirecting) return <PageShell />;
  return (
    <PageShell>
      <View className="expert-pool-page__summary">
        <View className="expert-pool-page__figure">
          <Text className="expert-pool-page__count">{counts?.experts ?? '…'}</Text>
          <Text className="expert-pool-page__unit">位进站专家</Text>
        </View>
        <View className="expert-pool-page__figure">
          <Text className="expert-pool-page__count">{counts?.outOfProvince ?? '…'}</Text>
          <Text className="expert-pool-page__unit">位省外专家</Text>
        </View>
        <Text className="expert-pool-page__note">{`服务次数为 ${pool.first?.year ?? ''} 年已认可的走访`}</Text>
      </View>
      <View className="expert-pool-page__filters">
        <View className="expert-pool-page__search">
          <Input
            value={typed}
            placeholder="按姓名或工作单位搜索"
            maxLength={EXPERT_POOL_LIMITS.search[1]}
            confirmType="search"
            onChange={setTyped}
            onConfirm={() => setSearch(typed.trim())}
          />
          <Text className="expert-pool-page__search-go" onClick={() => setSearch(typed.trim())}>
            搜索
          </Text>
        </View>
        <View className="expert-pool-page__row">
          <ChoiceChips options={ORIGIN_OPTIONS} selected={[origin]} onToggle={setOrigin} />
          <View className="expert-pool-page__picker">
            <OptionPicker
              title="工作站"
              options={stationOptions}
              value={stationId}
              placeholder="全部工作站"
              onChange={setStationId}
            />
          </View>
        </View>
      </View>
      {pool.loading ? (
        <LoadingState cards={3} />
      ) : pool.error && pool.items.length === 0 ? (
        <View className="expert-pool-page__body">
          <ErrorState message={pool.error.message} onRetry={pool.refetch} />
        </View>
      ) : pool.items.length === 0 ? (
        <View className="expert-pool-page__body">
          {filtered ? (
            <EmptyState title="没有符合条件的专家" description="可以换一个姓名、单位或筛选条件再找。" glyph="专">
              <Button size="small" fill="outline" type="primary" onClick={clearFilters}>
                清除筛选
              </Button>
            </EmptyState>
          ) : (
            <EmptyState title="专家库还是空的" description="各工作站站长邀请的专家加入后，会出现在这里。" glyph="专" />
          )}
        </View>
      ) : (
        <View className="expert-pool-page__body">
          {filtered && <Text className="expert-pool-page__matched">{`符合条件的专家 ${pool.total} 位`}</Text>}
          {pool.items.map((expert) => (
            <PoolCard
              key={expert.person.openid}
              expert={expert}
              open={opened === expert.person.openid}
              onToggle={() => setOpened(opened === expert.person.openid ? '' : expert.person.openid)}
            >
              <ExpertPoolPanel
                expert={expert}
                stations={stations}
                canInvite={Boolean(canInvite)}
                onClose={() => setOpened('')}
              />
            </PoolCard>
          ))}
          {pool.error && <Text className="expert-pool-page__error">{pool.error.message}</Text>}
          {pool.hasMore ? (
            <Button block fill="none" loading={pool.loadingMore} onClick={pool.loadMore}>
              加载更多
            </Button>
          ) : (
            <Text className="expert-pool-page__end">已显示全部专家</Text>
          )}
        </View>
      )}
    </PageShell>
  );
}

function PoolCard({
  expert,
  open,
  onToggle,
  children,
}: {
  expert: PoolExpert;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <View className={`expert-pool-page__card${open ? ' expert-pool-page__card--open' : ''}`} onClick={onToggle}>
      <PersonCard person={expert.person}>
        <Text className="expert-pool-page__stations">{expert.stations.map((station) => station.name).join('、')}</Text>
      </PersonCard>
      <View className="expert-pool-page__foot">
        <Text className="expert-pool-page__visits">{`本年服务 ${expert.visitsThisYear} 次`}</Text>
        <Text className="expert-pool-page__more">{open ? '收起' : '详情与邀请 ›'}</Text>
      </View>
      {open && children}
    </View>
  );
}
