import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { LedgerOverviewRow } from '../../../../../types/actions';
import {
  capitalYuan,
  EXPENSE_CATEGORY_LABELS,
  formatYuan,
  LEVEL_SHORT_LABELS,
  STATION_STATUS_LABELS,
} from '../../../../../types/catalogue';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { ExportButton } from '../../../../components/ExportButton';
import { LoadingState } from '../../../../components/LoadingState';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { useRefetchOnShow } from '../../../../hooks/useRefetchOnShow';
import '../station/index.scss';
import './index.scss';

/** Every station's balance and spending, the society's own or (the city) all, with the totals by category. */
export default function LedgerOverviewPage() {
  const societyId = useRouter().params.societyId || undefined;
  const overview = useApiQuery('ledger.overview', { societyId });
  useRefetchOnShow(overview.refetch);
  usePullDownRefetch(overview.refetch);

  if (!overview.data) {
    return (
      <PageShell>
        {overview.error ? (
          <ErrorState message={overview.error.message} onRetry={overview.refetch} />
        ) : (
          <LoadingState cards={3} />
        )}
      </PageShell>
    );
  }
  const { rows, totals } = overview.data;
  return (
    <PageShell className="ledger-overview">
      <View className="ledger-station__hero">
        <Text className="ledger-station__name">{rows.length} 个工作站的经费</Text>
        <Text className="ledger-station__label">结余合计（元）</Text>
        <Text className="ledger-station__balance">{formatYuan(Math.max(totals.balanceFen, 0))}</Text>
        <Text className="ledger-station__capital">{capitalYuan(Math.max(totals.balanceFen, 0))}</Text>
        <View className="ledger-station__sums">
          <Total label="拨款" fen={totals.grantedFen} />
          <Total label="支出" fen={totals.spentFen} />
          <Total label="退还" fen={totals.refundedFen} />
        </View>
      </View>
      <View className="ledger-station__actions">
        <ExportButton action="ledger.export" data={{ societyId }} />
      </View>

      <SectionCard title="支出构成（合计）">
        {totals.byCategory.length === 0 ? (
          <Text className="ledger-station__none">尚无支出</Text>
        ) : (
          <View className="ledger-station__categories">
            {totals.byCategory.map((line) => (
              <View key={line.category} className="ledger-station__category">
                <View className="ledger-station__category-row">
                  <Text className="ledger-station__category-name">{EXPENSE_CATEGORY_LABELS[line.category]}</Text>
                  <Text className="ledger-station__category-amount">￥{formatYuan(line.amountFen)}</Text>
                </View>
                <View className="ledger-station__bar">
                  <View
                    className="ledger-station__bar-fill"
                    style={{ width: `${Math.max(2, Math.round((line.amountFen / totals.spentFen) * 100))}%` }}
                  />
                </View>
              </View>
            ))}
          </View>
        )}
      </SectionCard>

      <SectionCard title="各工作站">
        {rows.length === 0 ? (
          <EmptyState title="还没有工作站" description="获认定的工作站及其补助显示在这里。" glyph="站" />
        ) : (
          <View className="ledger-overview__rows">
            {rows.map((row) => (
              <StationRow key={row.stationId} row={row} />
            ))}
          </View>
        )}
      </SectionCard>
    </PageShell>
  );
}

function Total({ label, fen }: { label: string; fen: number }) {
  return (
    <View className="ledger-station__sum">
      <Text className="ledger-station__sum-value">{formatYuan(fen)}</Text>
      <Text className="ledger-station__sum-label">{label}</Text>
    </View>
  );
}

function StationRow({ row }: { row: LedgerOverviewRow }) {
  const open = () => void Taro.navigateTo({ url: withQuery(ROUTES.ledgerStation, { stationId: row.stationId }) });
  return (
    <View className="ledger-overview__row" onClick={open}>
      <View className="ledger-overview__row-head">
        <Text className="ledger-overview__row-name">{row.stationName}</Text>
        <Text className="ledger-overview__row-arrow">›</Text>
      </View>
      <Text className="ledger-overview__row-meta">
        {row.societyName} · {LEVEL_SHORT_LABELS[row.level]} · {STATION_STATUS_LABELS[row.stationStatus]}
      </Text>
      <View className="ledger-overview__figures">
        <Text className="ledger-overview__figure">结余 ￥{formatYuan(Math.max(row.balanceFen, 0))}</Text>
        <Text className="ledger-overview__figure ledger-overview__figure--muted">
          已支出 ￥{formatYuan(row.spentFen)}
        </Text>
      </View>
    </View>
  );
}
