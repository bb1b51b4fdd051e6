import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { EvaluationAverage, EvaluationSummaryRow } from '../../../../../types/actions';
import { LEVEL_SHORT_LABELS } from '../../../../../types/catalogue';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { ExportButton } from '../../../../components/ExportButton';
import { LoadingState } from '../../../../components/LoadingState';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { StatusBadge } from '../../../../components/StatusBadge';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { recentYears } from '../../../../utils/years';
import './index.scss';

/**
 * 评价汇总, the city admin's: for a year, every station that operated in it beside its demand
 * unit's yearly evaluation, the averages by society and by level of those filed, and the stations
 * whose unit has not filed, against the deadline of 31 March of the next year.
 */
export default function EvaluationSummaryPage() {
  const [year, setYear] = useState(recentYears(1)[0]);
  const summary = useApiQuery('reports.evaluationSummary', { year });
  usePullDownRefetch(summary.refetch);
  // The years come with the answer; until it arrives, the year asked for is the only chip.
  const years = summary.data?.years ?? [year];
  const data = summary.data?.year === year ? summary.data : null;

  return (
    <PageShell className="evaluation-summary">
      <View className="evaluation-summary__years">
        <ChoiceChips
          options={years.map((y) => ({ value: String(y), label: `${y} 年` }))}
          selected={[String(year)]}
          onToggle={(value) => setYear(Number(value))}
        />
      </View>
      {summary.error ? (
        <ErrorState message={summary.error.message} onRetry={summary.refetch} />
      ) : !data ? (
        <LoadingState cards={3} />
      ) : (
        <>
          <SectionCard
            title={`${data.year} 年度 · ${data.total.stations} 个工作站`}
            extra={<ExportButton action="reports.evaluationSummaryWorkbook" data={{ year }} />}
          >
            <View className="evaluation-summary__totals">
              <Figure label="已提交" value={String(data.total.filed)} />
              <Figure label="未提交" value={String(data.total.missing)} warn={data.total.missing > 0} />
              <Figure label="平均总体评价" value={score(data.total.averageOverall)} />
            </View>
            <Text className="evaluation-summary__deadline">
              需求单位须在 {data.deadline} 前提交 {data.year} 年度评价
              {data.overdue ? '，已过截止日期' : ''}；平均分只计已提交的评价（1–5 分）。
            </Text>
          </SectionCard>

          <SectionCard title={`未提交评价（${data.missing.length}）`}>
            {data.missing.length === 0 ? (
              <EmptyState
                title="全部已提交"
                description={`${data.year} 年度各工作站的需求单位都已提交评价。`}
                glyph="评"
              />
            ) : (
              <View className="evaluation-summary__list">
                {data.missing.map((row) => (
                  <MissingRow key={row.stationId} row={row} overdue={data.overdue} />
                ))}
              </View>
            )}
          </SectionCard>

          <SectionCard title="按学会">
            <AverageTable groups={data.bySociety} />
          </SectionCard>
          <SectionCard title="按级别">
            <AverageTable groups={data.byLevel} />
          </SectionCard>

          <SectionCard title="各工作站">
            {data.rows.length === 0 ? (
              <EmptyState title="该年度没有运行的工作站" description="可以换一个年度再看。" glyph="站" />
            ) : (
              <View className="evaluation-summary__list">
                {data.rows.map((row) => (
                  <StationRow key={row.stationId} row={row} />
                ))}
              </View>
            )}
          </SectionCard>
        </>
      )}
    </PageShell>
  );
}

/** An average to one decimal place, or a dash when none has filed. */
function score(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

function Figure({ label, value, warn = false }: { label: string; value: string; warn?: boolean }) {
  return (
    <View className="evaluation-summary__figure">
      <Text className={`evaluation-summary__figure-value${warn ? ' evaluation-summary__figure-value--warn' : ''}`}>
        {value}
      </Text>
      <Text className="evaluation-summary__figure-label">{label}</Text>
    </View>
  );
}

function AverageTable({ groups }: { groups: readonly EvaluationAverage[] }) {
  if (groups.length === 0) return <Text className="evaluation-summary__none">暂无</Text>;
  return (
    <View className="evaluation-summary__table">
      <View className="evaluation-summary__table-row evaluation-summary__table-row--head">
        <Text className="evaluation-summary__cell evaluation-summary__cell--name">名称</Text>
        <Text className="evaluation-summary__cell">已交/站数</Text>
        <Text className="evaluation-summary__cell">平均分</Text>
      </View>
      {groups.map((group) => (
        <View key={group.key} className="evaluation-summary__table-row">
          <Text className="evaluation-summary__cell evaluation-summary__cell--name">{group.label}</Text>
          <Text className="evaluation-summary__cell">
            {group.filed}/{group.stations}
          </Text>
          <Text className="evaluation-summary__cell evaluation-summary__cell--score">
            {score(group.averageOverall)}
          </Text>
        </View>
      ))}
    </View>
  );
}

function MissingRow({ row, overdue }: { row: EvaluationSummaryRow; overdue: boolean }) {
  return (
    <View className="evaluation-summary__row">
      <View className="evaluation-summary__row-head">
        <Text className="evaluation-summary__row-name">{row.stationName}</Text>
        <StatusBadge label={overdue ? '已逾期' : '未提交'} tone={overdue ? 'danger' : 'warn'} />
      </View>
      <Text className="evaluation-summary__row-meta">
        {row.societyName} · {LEVEL_SHORT_LABELS[row.level]} · 需求单位：{row.demandUnitName}
      </Text>
    </View>
  );
}

function StationRow({ row }: { row: EvaluationSummaryRow }) {
  return (
    <View className="evaluation-summary__row">
      <View className="evaluation-summary__row-head">
        <Text className="evaluation-summary__row-name">{row.stationName}</Text>
        {row.overall === null ? (
          <StatusBadge label="未提交" tone="muted" />
        ) : (
          <Text className="evaluation-summary__row-score">{row.overall} 分</Text>
        )}
      </View>
      <Text className="evaluation-summary__row-meta">
        {row.societyName} · {LEVEL_SHORT_LABELS[row.level]} · {row.demandUnitName}
      </Text>
      {row.comment && <Text className="evaluation-summary__row-comment">{row.comment}</Text>}
    </View>
  );
}
