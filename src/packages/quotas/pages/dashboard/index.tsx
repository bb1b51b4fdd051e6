import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { QuotaDashboardFilter, QuotaDashboardSort, QuotaYearClose } from '../../../../../types/actions';
import type { Industry, QuotaStatus, SocietyLevel } from '../../../../../types/domain';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { MonthColumns } from '../../../../components/MonthColumns';
import { OptionPicker } from '../../../../components/OptionPicker';
import { PageShell } from '../../../../components/PageShell';
import { QuotaRow } from '../../../../components/QuotaRow';
import { SectionCard } from '../../../../components/SectionCard';
import { StatusDistribution } from '../../../../components/StatusDistribution';
import { YearCloseMover } from '../../../../components/YearCloseMover';
import { YearCloseNote } from '../../../../components/YearCloseNote';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { recentYears } from '../../../../utils/years';
import { ExportButton } from '../../../../components/ExportButton';
import { INDUSTRY_LABELS, STATION_LEVEL_LABELS } from '../../../../../types/catalogue';
import { labelOptions } from '../../../../utils/labelOptions';
import './index.scss';

const ALL = 'all' as const;
const LEVEL_OPTIONS = [{ value: ALL, label: '全部级别' }, ...labelOptions(STATION_LEVEL_LABELS)];
const INDUSTRY_OPTIONS = [{ value: ALL, label: '全部产业' }, ...labelOptions(INDUSTRY_LABELS)];
const SORT_OPTIONS: Array<{ value: QuotaDashboardSort; label: string }> = [
  { value: 'status', label: '按状态（落后在前）' },
  { value: 'needsServed', label: '按服务需求数' },
  { value: 'experts', label: '按服务专家数' },
  { value: 'outOfProvinceExperts', label: '按省外专家数' },
  { value: 'confirmedVisits', label: '按确认服务次数' },
  { value: 'rosterExperts', label: '按名册专家数' },
  { value: 'stationName', label: '按名称' },
];
const YEAR_OPTIONS = recentYears(4).map((year) => ({ value: String(year), label: `${year} 年` }));

/**
 * 任务完成情况: every station's year for the city admin (any society) or a society admin (their
 * own), with the status counts, totals and month series; filters, sort, and a station's drill-down;
 * when the year's figures are sealed, which the city admin may move while the year is open.
 */
export default function QuotaDashboardPage() {
  const me = useWhoAmI();
  const isCity = me.data?.roles.some((role) => role.role === 'city_admin') ?? false;
  // A society admin exports their own society's stations: the server holds the export to it.
  const mayExport = me.data?.roles.some((role) => role.role === 'city_admin' || role.role === 'society_admin') ?? false;
  const [year, setYear] = useState(YEAR_OPTIONS[0].value);
  const [level, setLevel] = useState<SocietyLevel | typeof ALL>(ALL);
  const [industry, setIndustry] = useState<Industry | typeof ALL>(ALL);
  const [societyId, setSocietyId] = useState<string>(ALL);
  const [status, setStatus] = useState<QuotaStatus | undefined>();
  const [sort, setSort] = useState<QuotaDashboardSort>('status');
  // The close the city admin just set, shown at once instead of reloading the whole board.
  const [movedClose, setMovedClose] = useState<QuotaYearClose | null>(null);
  const societies = useApiQuery('societies.list', { pageSize: 100 }, { enabled: isCity });

  const filter: QuotaDashboardFilter = {
    year: Number(year),
    ...(level !== ALL && { level }),
    ...(industry !== ALL && { industry }),
    ...(societyId !== ALL && { societyId }),
    ...(status && { status }),
    sort,
  };
  const board = usePagedList('quotas.dashboard', filter, {
    enabled: me.data !== null,
    keyOf: (row) => row.stationId,
  });
  // A station's drill-down only reads.
  useListPage(board, { refetchOnShow: false });
  const summary = board.first;
  const yearClose = summary && (movedClose?.year === summary.year ? movedClose : summary.yearClose);
  const societyOptions = [
    { value: ALL, label: '全部学会' },
    ...(societies.data?.items.map((society) => ({ value: society.id, label: society.name })) ?? []),
  ];

  return (
    <PageShell className="quota-dashboard">
      <View className="quota-dashboard__filters">
        <View className="quota-dashboard__pickers">
          <OptionPicker
            title="年度"
            options={YEAR_OPTIONS}
            value={year}
            placeholder="年度"
            onChange={(next) => {
              setYear(next);
              // A running year's statuses and a finished year's are different sets.
              setStatus(undefined);
            }}
          />
          <OptionPicker title="排序" options={SORT_OPTIONS} value={sort} placeholder="排序" onChange={setSort} />
        </View>
        <ChoiceChips options={LEVEL_OPTIONS} selected={[level]} onToggle={setLevel} />
        <View className="quota-dashboard__pickers">
          <OptionPicker
            title="产业"
            options={INDUSTRY_OPTIONS}
            value={industry}
            placeholder="产业"
            onChange={setIndustry}
          />
          {isCity && (
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

      {board.error ? (
        <View className="quota-dashboard__card">
          <ErrorState message={board.error.message} onRetry={board.refetch} />
        </View>
      ) : !summary || !yearClose ? (
        <LoadingState cards={3} />
      ) : (
        <>
          <SectionCard
            title={`${summary.year} 年 · ${summary.totals.stations} 个工作站`}
            extra={mayExport ? <ExportButton action="quotas.exportDashboard" data={filter} /> : undefined}
          >
            <YearCloseNote
              yearClose={yearClose}
              action={
                isCity && !yearClose.frozen ? (
                  <YearCloseMover yearClose={yearClose} onMoved={setMovedClose} />
                ) : undefined
              }
            />
            <StatusDistribution
              counts={summary.statusCounts}
              final={yearClose.final}
              selected={status}
              onSelect={setStatus}
            />
            <View className="quota-dashboard__totals">
              <Total label="服务需求" value={summary.totals.needsServed} unit="项" />
              <Total label="服务专家" value={summary.totals.experts} unit="人次" />
              <Total label="省外专家" value={summary.totals.outOfProvinceExperts} unit="人次" />
              <Total label="确认服务" value={summary.totals.confirmedVisits} unit="次" />
            </View>
            <MonthColumns values={summary.months} caption="各月已确认的服务次数（月）" />
          </SectionCard>
          <View className="quota-dashboard__list">
            {board.items.length === 0 && !board.loading ? (
              <EmptyState title="没有符合条件的工作站" description="可以换一个筛选条件再看。" glyph="站" />
            ) : (
              board.items.map((row) => (
                <QuotaRow
                  key={row.stationId}
                  row={row}
                  onOpen={() =>
                    void Taro.navigateTo({
                      url: withQuery(ROUTES.quotaStation, { stationId: row.stationId, year }),
                    })
                  }
                />
              ))
            )}
            {board.loadingMore && <LoadingState cards={1} />}
            {!board.hasMore && board.items.length > 0 && (
              <Text className="quota-dashboard__end">共 {board.total} 个工作站</Text>
            )}
          </View>
        </>
      )}
    </PageShell>
  );
}

function Total({ label, value, unit }: { label: string; value: number; unit: string }) {
  return (
    <View className="quota-dashboard__total">
      <Text className="quota-dashboard__total-value">{value}</Text>
      <Text className="quota-dashboard__total-label">
        {label}（{unit}）
      </Text>
    </View>
  );
}
