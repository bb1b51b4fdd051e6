import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { AuditFilter } from '../../../../../types/actions';
import { AUDIT_ACTION_LABELS, AUDIT_PAGE_SIZE } from '../../../../../types/catalogue/audit';
import type { AuditAction } from '../../../../../types/domain';
import { AuditEntryCard } from '../../../../components/AuditEntryCard';
import { DateField } from '../../../../components/DateField';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { ExportButton } from '../../../../components/ExportButton';
import { LoadingState } from '../../../../components/LoadingState';
import { OptionPicker } from '../../../../components/OptionPicker';
import { PageShell } from '../../../../components/PageShell';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useStations } from '../../../../hooks/useStations';
import { labelOptions } from '../../../../utils/labelOptions';
import './index.scss';

const ALL = 'all' as const;
const ACTION_OPTIONS = [{ value: ALL, label: '全部操作' }, ...labelOptions(AUDIT_ACTION_LABELS)];
const entryKey = (entry: { id: string }) => entry.id;

/**
 * 操作记录: who changed what, when, and the values before and after. Opened city-wide (the city's
 * home), for a society (its admin's home, `societyId=`), a station (`stationId=`) or a person
 * (`actor=`); `name=` titles the page. The server keeps a society admin to their own society.
 */
export default function AuditPage() {
  const { params } = useRouter();
  const fixedStation = params.stationId || undefined;
  const societyId = params.societyId || undefined;
  const actor = params.actor || undefined;
  const name = params.name ? safeDecode(params.name) : undefined;
  const [action, setAction] = useState<AuditAction | typeof ALL>(ALL);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [station, setStation] = useState<string>(ALL);
  const stations = useStations({
    pageSize: 100,
    enabled: !fixedStation,
    filter: societyId ? { societyId } : undefined,
  });
  const stationId = fixedStation ?? (station !== ALL ? station : undefined);
  const filter: AuditFilter = {
    ...(stationId && { stationId }),
    ...(!stationId && societyId && { societyId }),
    ...(actor && { actor }),
    ...(action !== ALL && { action }),
    ...(from && { from }),
    ...(to && { to }),
  };
  const entries = usePagedList('audit.list', filter, { pageSize: AUDIT_PAGE_SIZE, keyOf: entryKey });
  const redirecting = useSessionGuard({ error: entries.error, data: null });
  useListPage(entries, { refetchOnShow: false });

  const narrowed = action !== ALL || from !== '' || to !== '' || station !== ALL;
  const clearFilters = () => {
    setAction(ALL);
    setFrom('');
    setTo('');
    setStation(ALL);
  };
  const stationOptions = [
    { value: ALL, label: '全部工作站' },
    ...stations.items.map((item) => ({ value: item.id, label: item.name })),
  ];
  const scope = name ? (actor ? `${name}的操作` : name) : societyId ? '本学会各工作站' : '全市';

  if (redirecting) return <PageShell />;
  return (
    <PageShell className="audit-page">
      <View className="audit-page__hero">
        <Text className="audit-page__scope">{scope}</Text>
        <View className="audit-page__count-row">
          <Text className="audit-page__count">{entries.loading ? '…' : entries.total}</Text>
          <Text className="audit-page__unit">{narrowed ? '条符合条件的记录' : '条操作记录'}</Text>
        </View>
      </View>

      <View className="audit-page__filters">
        <View className="audit-page__pickers">
          <OptionPicker title="操作" options={ACTION_OPTIONS} value={action} placeholder="操作" onChange={setAction} />
          {!fixedStation && (
            <OptionPicker
              title="工作站"
              options={stationOptions}
              value={station}
              placeholder="工作站"
              onChange={setStation}
            />
          )}
        </View>
        <View className="audit-page__pickers">
          <DateField title="开始日期" value={from} placeholder="开始日期" onChange={setFrom} />
          <Text className="audit-page__dash">至</Text>
          <DateField title="结束日期" value={to} placeholder="结束日期" onChange={setTo} />
        </View>
        <View className="audit-page__actions">
          {narrowed ? (
            <Text className="audit-page__clear" onClick={clearFilters}>
              清除筛选
            </Text>
          ) : (
            <Text className="audit-page__hint">最新的在前；可按操作、日期筛选</Text>
          )}
          <ExportButton action="audit.export" data={filter} />
        </View>
      </View>

      <View className="audit-page__body">
        {entries.loading ? (
          <LoadingState cards={3} />
        ) : entries.error && entries.items.length === 0 ? (
          <ErrorState message={entries.error.message} onRetry={entries.refetch} />
        ) : entries.items.length === 0 ? (
          <EmptyState
            title={narrowed ? '没有符合条件的记录' : '还没有操作记录'}
            description={
              narrowed ? '可以换一个操作或日期范围再找。' : '修改信息、审批、变更状态和经费记账后，记录显示在这里。'
            }
            glyph="审"
          />
        ) : (
          <View className="audit-page__list">
            {entries.items.map((entry) => (
              <AuditEntryCard key={entry.id} entry={entry} hideStation={Boolean(fixedStation)} />
            ))}
            {entries.loadingMore && <Text className="audit-page__end">正在加载…</Text>}
            {entries.error && <Text className="audit-page__error">{entries.error.message}</Text>}
            {!entries.hasMore && <Text className="audit-page__end">已显示全部 {entries.total} 条</Text>}
          </View>
        )}
      </View>
    </PageShell>
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
