import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ExpertStatement, StatementVisit } from '../../../../../types/actions';
import { SERVICE_TYPE_LABELS, VISIT_RATING_ASPECT_LABELS, VISIT_RATING_ASPECTS } from '../../../../../types/catalogue';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { ExportButton } from '../../../../components/ExportButton';
import { LoadingState } from '../../../../components/LoadingState';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { formatMinutes } from '../../../../utils/dates';
import './index.scss';

/**
 * The expert's 服务证明: a year's confirmed visits, what they add up to and how the demand units
 * rated them, and the same as a Word file to print and have the stations and societies stamp.
 */
export default function ExpertStatementPage() {
  // Until a year is picked, the server answers this year's (Asia/Shanghai) and the years to offer.
  const [year, setYear] = useState<number | null>(null);
  const statement = useApiQuery('reports.expertStatement', year === null ? {} : { year });
  usePullDownRefetch(statement.refetch);
  const data = statement.data;

  return (
    <PageShell className="expert-statement">
      <View className="expert-statement__hero">
        <Text className="expert-statement__hero-title">专家服务证明</Text>
        <Text className="expert-statement__hero-lead">
          按年度汇总经工作站确认的服务，可下载 Word 版，交各工作站、学会盖章后用于职称评审或劳务结算。
        </Text>
      </View>
      {data && (
        <View className="expert-statement__years">
          <ChoiceChips
            options={data.years.map((value) => ({ value: String(value), label: `${value} 年` }))}
            selected={[String(year ?? data.year)]}
            onToggle={(value) => setYear(Number(value))}
            disabled={statement.loading}
          />
        </View>
      )}
      {statement.loading && (!data || data.year !== year) ? (
        <LoadingState cards={2} />
      ) : statement.error || !data ? (
        <ErrorState message={statement.error?.message ?? '请稍后重试'} onRetry={statement.refetch} />
      ) : (
        <StatementBody statement={data} />
      )}
    </PageShell>
  );
}

function StatementBody({ statement }: { statement: ExpertStatement }) {
  const { expert, totals, year } = statement;
  return (
    <>
      <View className="expert-statement__card">
        <View className="expert-statement__who">
          <View className="expert-statement__who-text">
            <Text className="expert-statement__name">{expert.name}</Text>
            <Text className="expert-statement__unit">
              {[expert.workUnit, expert.title].filter(Boolean).join(' · ') || '工作单位、职称未填写'}
            </Text>
          </View>
          <ExportButton action="reports.expertStatementDocument" data={{ year }} label="下载服务证明（Word）" />
        </View>
        <View className="expert-statement__totals">
          <Figure value={String(totals.visits)} unit="次" label="服务次数" />
          <Figure value={formatHours(totals.minutes)} unit="小时" label="服务时长" />
          <Figure value={String(totals.stations)} unit="个" label="工作站" />
          <Figure value={String(totals.needs)} unit="项" label="技术需求" />
        </View>
      </View>
      {statement.visits.length === 0 ? (
        <View className="expert-statement__empty">
          <EmptyState
            title="该年度暂无已确认的服务记录"
            description="到工作站签到、签退并经确认的服务会列在这里。"
            glyph="证"
          />
        </View>
      ) : (
        <>
          <Ratings statement={statement} />
          <SectionCard title={`${year} 年服务记录`} extra={<Text>{`${totals.visits} 次`}</Text>}>
            {statement.visits.map((visit) => (
              <VisitRow key={visit.visitId} visit={visit} />
            ))}
          </SectionCard>
        </>
      )}
    </>
  );
}

/** Hours to one decimal: 5.3 for 5 小时 15 分钟. */
function formatHours(minutes: number): string {
  return String(Math.round(minutes / 6) / 10);
}

function Figure({ value, unit, label }: { value: string; unit: string; label: string }) {
  return (
    <View className="expert-statement__figure">
      <Text className="expert-statement__figure-value">
        {value}
        <Text className="expert-statement__figure-unit">{unit}</Text>
      </Text>
      <Text className="expert-statement__figure-label">{label}</Text>
    </View>
  );
}

function Ratings({ statement }: { statement: ExpertStatement }) {
  const { ratings } = statement;
  return (
    <SectionCard title="需求单位评分">
      {ratings ? (
        <View className="expert-statement__ratings">
          <Text className="expert-statement__rating-average">
            {`${ratings.average.toFixed(1)} 分（${ratings.ratedVisits} 次服务，满分 5 分）`}
          </Text>
          <Text className="expert-statement__rating-aspects">
            {VISIT_RATING_ASPECTS.map(
              (aspect) => `${VISIT_RATING_ASPECT_LABELS[aspect]} ${ratings[aspect].toFixed(1)}`,
            ).join(' · ')}
          </Text>
        </View>
      ) : (
        <Text className="expert-statement__muted">本年度需求单位尚未对服务评分</Text>
      )}
    </SectionCard>
  );
}

function VisitRow({ visit }: { visit: StatementVisit }) {
  return (
    <View className="expert-statement__visit">
      <View className="expert-statement__visit-head">
        <Text className="expert-statement__visit-date">{visit.date}</Text>
        <Text className="expert-statement__visit-type">{SERVICE_TYPE_LABELS[visit.serviceType]}</Text>
        <Text className="expert-statement__visit-length">{formatMinutes(visit.durationMinutes)}</Text>
      </View>
      <Text className="expert-statement__visit-station">{visit.stationName}</Text>
      {visit.needTitle && <Text className="expert-statement__visit-need">{`需求：${visit.needTitle}`}</Text>}
      {visit.summary && <Text className="expert-statement__visit-summary">{visit.summary}</Text>}
      {visit.rating && (
        <Text className="expert-statement__visit-rating">
          {`评分 ${visit.rating.average.toFixed(1)}${visit.rating.comment ? `：${visit.rating.comment}` : ''}`}
        </Text>
      )}
    </View>
  );
}
