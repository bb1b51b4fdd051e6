import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { SocietyAnnualReport } from '../../../../../types/actions';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { ExportButton } from '../../../../components/ExportButton';
import { LoadingState } from '../../../../components/LoadingState';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { SocietyReportCard } from '../../../../components/SocietyReportCard';
import { YearCloseNote } from '../../../../components/YearCloseNote';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { usePullDownRefetch } from '../../../../hooks/useListPage';
import { recentYears } from '../../../../utils/years';
import './index.scss';

/** From this year back to the year the society's first station came into the scheme, newest first. */
function yearOptions(thisYear: number, firstYear: number) {
  return recentYears(Math.max(1, thisYear - firstYear + 1)).map((year) => ({ value: String(year), label: `${year}` }));
}

/**
 * 学会年度报告 (`?societyId=`): every station of the society that operated in a year, with its
 * figures against the quota, status, the demand unit's evaluation and roster, the society's
 * totals, and the same as an Excel workbook and a Word report to sign and stamp.
 */
export default function SocietyReportPage() {
  const { params } = useRouter();
  const societyId = params.societyId ?? '';
  const [thisYear] = recentYears(1);
  const [year, setYear] = useState(thisYear);
  const report = useApiQuery('reports.societyAnnual', { societyId, year }, { enabled: societyId !== '' });
  usePullDownRefetch(report.refetch);
  // The last answer is kept while another year loads, so its years stay offered.
  const firstYear = report.data?.firstYear ?? thisYear;

  if (societyId === '') {
    return (
      <PageShell>
        <EmptyState glyph="报" title="未指定学会" description="请从首页的「年度报告」进入。" />
      </PageShell>
    );
  }
  const shown = report.data?.year === year ? report.data : null;
  return (
    <PageShell className="society-report">
      <View className="society-report__years">
        <ChoiceChips
          options={yearOptions(thisYear, firstYear)}
          selected={[String(year)]}
          onToggle={(next) => setYear(Number(next))}
        />
      </View>
      {report.error ? (
        <View className="society-report__block">
          <ErrorState message={report.error.message} onRetry={report.refetch} />
        </View>
      ) : !shown ? (
        <LoadingState cards={3} />
      ) : (
        <ReportBody report={shown} />
      )}
    </PageShell>
  );
}

function ReportBody({ report }: { report: SocietyAnnualReport }) {
  const { totals, year, societyId } = report;
  const request = { societyId, year };
  return (
    <>
      <View className="society-report__block">
        <SectionCard title={`${report.societyName} · ${year} 年度`}>
          <YearCloseNote yearClose={report.yearClose} />
          <View className="society-report__totals">
            <Total label="工作站" value={totals.stations} unit="个" />
            <Total label={report.yearClose.final ? '已达标' : '已完成任务'} value={totals.met} unit="个" />
            <Total label="服务需求" value={totals.needsServed} unit="项" />
          </View>
          <View className="society-report__totals">
            <Total label="服务专家" value={totals.experts} unit="人次" />
            <Total label="确认服务" value={totals.confirmedVisits} unit="次" />
            <Total
              label="平均评价"
              value={totals.averageEvaluation === null ? '—' : totals.averageEvaluation}
              unit={`${totals.evaluations} 份`}
            />
          </View>
          <Text className="society-report__note">名册专家共 {totals.rosterExperts} 人；评价满分 5 分。</Text>
        </SectionCard>
      </View>
      <View className="society-report__exports">
        <ExportButton action="reports.societyAnnualWorkbook" data={request} label="下载 Excel" />
        <ExportButton action="reports.societyAnnualDocument" data={request} label="下载 Word 报告" />
      </View>
      <View className="society-report__list">
        {report.stations.length === 0 ? (
          <EmptyState glyph="站" title="本年度没有运行的工作站" description={`${year} 年本学会没有运行中的工作站。`} />
        ) : (
          report.stations.map((row) => <SocietyReportCard key={row.stationId} row={row} />)
        )}
      </View>
    </>
  );
}

function Total({ label, value, unit }: { label: string; value: number | string; unit: string }) {
  return (
    <View className="society-report__total">
      <Text className="society-report__total-value">{value}</Text>
      <Text className="society-report__total-label">
        {label}（{unit}）
      </Text>
    </View>
  );
}
