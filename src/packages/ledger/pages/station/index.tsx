import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { LedgerEntryView, StationLedger } from '../../../../../types/actions';
import {
  capitalYuan,
  EXPENSE_CATEGORY_LABELS,
  formatYuan,
  GRANT_KIND_LABELS,
  LEDGER_ENTRY_KIND_LABELS,
  STATION_STATUS_LABELS,
} from '../../../../../types/catalogue';
import { AttachmentList } from '../../../../components/AttachmentList';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { ExportButton } from '../../../../components/ExportButton';
import { LoadingState } from '../../../../components/LoadingState';
import { Notice } from '../../../../components/Notice';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useRefetchOnShow } from '../../../../hooks/useRefetchOnShow';
import { formatDateTime } from '../../../../utils/dates';
import './index.scss';

/** A station's working funds: the balance, where the money went, and every entry with its receipts. */
export default function LedgerStationPage() {
  const stationId = useRouter().params.stationId ?? '';
  const list = usePagedList('ledger.station', { stationId }, { enabled: stationId !== '', keyOf: (entry) => entry.id });
  // Back from a form: the balance and the list have changed.
  useRefetchOnShow(list.refetch);
  usePullDownRefetch(list.refetch);

  if (!stationId) {
    return (
      <PageShell>
        <EmptyState title="未指定工作站" description="请从工作站页面进入。" glyph="费" />
      </PageShell>
    );
  }
  if (!list.first) {
    return (
      <PageShell>
        {list.error ? <ErrorState message={list.error.message} onRetry={list.refetch} /> : <LoadingState cards={3} />}
      </PageShell>
    );
  }
  const ledger = list.first;
  const go = (route: string) => () => void Taro.navigateTo({ url: withQuery(route, { stationId }) });
  return (
    <PageShell className="ledger-station">
      <View className="ledger-station__hero">
        <Text className="ledger-station__name">{ledger.stationName}</Text>
        <Text className="ledger-station__status">{STATION_STATUS_LABELS[ledger.stationStatus]}</Text>
        <Text className="ledger-station__label">经费结余（元）</Text>
        <Text className="ledger-station__balance">{formatYuan(Math.max(ledger.totals.balanceFen, 0))}</Text>
        <Text className="ledger-station__capital">{capitalYuan(Math.max(ledger.totals.balanceFen, 0))}</Text>
        <View className="ledger-station__sums">
          <Sum label="拨款" fen={ledger.totals.grantedFen} />
          <Sum label="支出" fen={ledger.totals.spentFen} />
          <Sum label="退还" fen={ledger.totals.refundedFen} />
        </View>
      </View>

      {ledger.refundDueFen !== null && (
        <View className="ledger-station__body">
          <Notice tone="warn" title={`应退还结余 ￥${formatYuan(ledger.refundDueFen)}`}>
            <Text>
              工作站{STATION_STATUS_LABELS[ledger.stationStatus]}，结余经费应视情况部分或全部退还（共同条款 3）。
            </Text>
          </Notice>
        </View>
      )}

      <Actions ledger={ledger} go={go} />

      <SectionCard title="支出构成">
        <Categories ledger={ledger} />
      </SectionCard>

      <SectionCard title={`收支明细（${list.total} 笔）`}>
        {list.items.length === 0 ? (
          <EmptyState title="还没有收支记录" description="市科协拨付补助、学会记录支出后显示在这里。" glyph="账" />
        ) : (
          <View className="ledger-station__entries">
            {list.items.map((entry) => (
              <EntryCard key={entry.id} entry={entry} />
            ))}
            {list.hasMore && (
              <Button fill="none" type="primary" loading={list.loadingMore} onClick={list.loadMore}>
                加载更多
              </Button>
            )}
          </View>
        )}
      </SectionCard>
    </PageShell>
  );
}

function Sum({ label, fen }: { label: string; fen: number }) {
  return (
    <View className="ledger-station__sum">
      <Text className="ledger-station__sum-value">{formatYuan(fen)}</Text>
      <Text className="ledger-station__sum-label">{label}</Text>
    </View>
  );
}

function Actions({ ledger, go }: { ledger: StationLedger; go: (route: string) => () => void }) {
  const { can } = ledger;
  if (!can.expense && !can.grant && !can.refund && !can.export) return null;
  return (
    <View className="ledger-station__actions">
      {can.expense && (
        <Button type="primary" onClick={go(ROUTES.ledgerExpense)}>
          记一笔支出
        </Button>
      )}
      {can.grant && (
        <Button type="primary" onClick={go(ROUTES.ledgerGrant)}>
          拨付补助
        </Button>
      )}
      {can.refund && (
        <Button type="primary" onClick={go(ROUTES.ledgerRefund)}>
          确认退还
        </Button>
      )}
      {can.export && <ExportButton action="ledger.export" data={{}} />}
    </View>
  );
}

function Categories({ ledger }: { ledger: StationLedger }) {
  const { byCategory, spentFen } = ledger.totals;
  if (byCategory.length === 0) return <Text className="ledger-station__none">尚无支出</Text>;
  return (
    <View className="ledger-station__categories">
      {byCategory.map((line) => (
        <View key={line.category} className="ledger-station__category">
          <View className="ledger-station__category-row">
            <Text className="ledger-station__category-name">{EXPENSE_CATEGORY_LABELS[line.category]}</Text>
            <Text className="ledger-station__category-amount">￥{formatYuan(line.amountFen)}</Text>
          </View>
          <View className="ledger-station__bar">
            <View
              className="ledger-station__bar-fill"
              style={{ width: `${Math.max(2, Math.round((line.amountFen / spentFen) * 100))}%` }}
            />
          </View>
        </View>
      ))}
    </View>
  );
}

/** What kind of money it was: the category of an expense, the kind of a grant. */
function entryTitle(entry: LedgerEntryView): string {
  if (entry.kind === 'expense') return entry.category ? EXPENSE_CATEGORY_LABELS[entry.category] : '支出';
  if (entry.kind === 'grant') {
    const kind = entry.grantKind ? GRANT_KIND_LABELS[entry.grantKind] : '拨款';
    return entry.assessmentYear ? `${kind}（${entry.assessmentYear} 年度考核）` : kind;
  }
  return '退还结余';
}

function EntryCard({ entry }: { entry: LedgerEntryView }) {
  const sign = entry.kind === 'grant' ? '+' : '−';
  return (
    <View className="ledger-entry">
      <View className="ledger-entry__head">
        <Text className={`ledger-entry__kind ledger-entry__kind--${entry.kind}`}>
          {LEDGER_ENTRY_KIND_LABELS[entry.kind]}
        </Text>
        <Text className="ledger-entry__title">{entryTitle(entry)}</Text>
        <Text className={`ledger-entry__amount ledger-entry__amount--${entry.kind}`}>
          {sign}
          {formatYuan(entry.amountFen)}
        </Text>
      </View>
      <Text className="ledger-entry__line">
        {entry.date}
        {entry.payee ? ` · 付给 ${entry.payee}` : ''}
        {entry.documentNumber ? ` · ${entry.documentNumber}` : ''}
      </Text>
      <Text className="ledger-entry__note">{entry.note}</Text>
      {entry.reason && <Text className="ledger-entry__line">理由：{entry.reason}</Text>}
      {entry.receipts.length > 0 && <AttachmentList files={entry.receipts} />}
      <Text className="ledger-entry__by">
        {entry.recordedByName} 记录于 {formatDateTime(entry.recordedAt)}
      </Text>
    </View>
  );
}
