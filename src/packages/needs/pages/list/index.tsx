import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { NeedFilter } from '../../../../../types/actions';
import type { Industry, NeedStatus, ServiceType } from '../../../../../types/domain';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { NeedList } from '../../../../components/NeedList';
import { OptionPicker } from '../../../../components/OptionPicker';
import { PageShell } from '../../../../components/PageShell';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { recentYears } from '../../../../utils/years';
import { INDUSTRY_LABELS, NEED_LIMITS, NEED_STATUS_LABELS, SERVICE_TYPE_LABELS } from '../../../../../types/catalogue';
import { NEED_STATUS_ORDER } from '../../../../constants/needs';
import { labelOptions } from '../../../../utils/labelOptions';
import './index.scss';

type StatusChoice = NeedStatus | 'all';
const ALL = 'all' as const;
const STATUS_OPTIONS = [
  { value: ALL, label: '全部' },
  ...NEED_STATUS_ORDER.map((status) => ({ value: status, label: NEED_STATUS_LABELS[status] })),
] as const;
const SERVICE_OPTIONS: Array<{ value: ServiceType | typeof ALL; label: string }> = [
  { value: ALL, label: '全部服务类型' },
  ...labelOptions(SERVICE_TYPE_LABELS),
];
const INDUSTRY_OPTIONS: Array<{ value: Industry | typeof ALL; label: string }> = [
  { value: ALL, label: '全部产业' },
  ...labelOptions(INDUSTRY_LABELS),
];
const YEAR_OPTIONS = [
  { value: ALL, label: '全部年度' },
  ...recentYears(4).map((year) => ({ value: String(year), label: `${year} 年` })),
];

function statusChoice(param: string | undefined): StatusChoice {
  return NEED_STATUS_ORDER.find((status) => status === param) ?? ALL;
}

/** A station's technical needs (`?stationId=`, optionally `&status=`), filtered and searched, newest first. */
export default function NeedListPage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const me = useWhoAmI();
  const station = useApiQuery('stations.get', { stationId }, { enabled: stationId !== '' });
  // `?status=` opens the list filtered, as the head's 待受理 on the home page does.
  const [status, setStatus] = useState<StatusChoice>(() => statusChoice(params.status));
  const [year, setYear] = useState<string>(ALL);
  const [serviceType, setServiceType] = useState<ServiceType | typeof ALL>(ALL);
  const [industry, setIndustry] = useState<Industry | typeof ALL>(ALL);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');

  const filters: NeedFilter = {
    stationId,
    ...(status !== ALL && { statuses: [status] }),
    ...(year !== ALL && { year: Number(year) }),
    ...(serviceType !== ALL && { serviceType }),
    ...(industry !== ALL && { industry }),
    ...(search && { search }),
  };
  const needs = usePagedList('needs.list', filters, {
    enabled: stationId !== '',
    keyOf: (need) => need.id,
  });
  useListPage(needs);

  const roles = me.data?.roles.filter((role) => role.stationId === stationId).map((role) => role.role) ?? [];
  const canSubmit = roles.some((role) => role === 'demand_unit' || role === 'station_head' || role === 'station_staff');
  const isUnit = roles.includes('demand_unit');

  if (!stationId) {
    return (
      <PageShell>
        <EmptyState title="未指定工作站" description="请从工作站页面进入需求列表。" glyph="需" />
      </PageShell>
    );
  }

  return (
    <PageShell className="need-list">
      <View className="need-list__head">
        <Text className="need-list__station">{station.data?.name ?? ' '}</Text>
        {canSubmit && (
          <Button
            size="small"
            type="primary"
            onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.needSubmit, { stationId }) })}
          >
            {isUnit ? '＋ 提交需求' : '＋ 代为登记需求'}
          </Button>
        )}
      </View>
      <View className="need-list__search">
        <Input
          value={typed}
          placeholder="按标题搜索"
          maxLength={NEED_LIMITS.search[1]}
          confirmType="search"
          onChange={setTyped}
          onConfirm={() => setSearch(typed.trim())}
        />
        <Text className="need-list__search-go" onClick={() => setSearch(typed.trim())}>
          搜索
        </Text>
      </View>
      <View className="need-list__filters">
        <ChoiceChips<StatusChoice> options={STATUS_OPTIONS} selected={[status]} onToggle={setStatus} />
        <View className="need-list__pickers">
          <OptionPicker title="年度" options={YEAR_OPTIONS} value={year} placeholder="年度" onChange={setYear} />
          <OptionPicker
            title="服务类型"
            options={SERVICE_OPTIONS}
            value={serviceType}
            placeholder="服务类型"
            onChange={setServiceType}
          />
          <OptionPicker
            title="所属产业"
            options={INDUSTRY_OPTIONS}
            value={industry}
            placeholder="产业"
            onChange={setIndustry}
          />
        </View>
      </View>
      <View className="need-list__items">
        <NeedList
          needs={needs}
          empty={{
            title: search || status !== ALL ? '没有符合条件的需求' : '还没有技术需求',
            description: isUnit ? '点右上角「提交需求」，把遇到的技术问题告诉工作站。' : undefined,
            glyph: '需',
          }}
        />
      </View>
    </PageShell>
  );
}
