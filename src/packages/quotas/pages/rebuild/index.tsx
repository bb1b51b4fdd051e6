import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Notice } from '../../../../components/Notice';
import { OptionPicker } from '../../../../components/OptionPicker';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { useQuotaRebuild } from '../../../../hooks/useQuotaRebuild';
import { recentYears } from '../../../../utils/years';
import './index.scss';

const YEAR_OPTIONS = recentYears(3).map((year) => ({ value: String(year), label: `${year} 年` }));

/** The city admin recounts a year's figures from the confirmed visits, and sees what was put right. */
export default function QuotaRebuildPage() {
  const [year, setYear] = useState(YEAR_OPTIONS[0].value);
  const rebuild = useQuotaRebuild();
  const totals = rebuild.totals;
  const share = totals && totals.stationsTotal > 0 ? Math.min(1, totals.checked / totals.stationsTotal) : 0;

  return (
    <PageShell className="quota-rebuild">
      <SectionCard title="重新核算年度统计">
        <Text className="quota-rebuild__intro">
          按已确认的服务记录重新计算每个工作站的服务需求数、专家人数和省外专家人数，并与系统中的统计逐站核对；不一致的会被更正。核算不改变任何服务记录，可随时重复进行。年度数据在封存日期（默认次年
          1 月 15 日）封存后不能再核算。
        </Text>
        <View className="quota-rebuild__year">
          <Text className="quota-rebuild__label">年度</Text>
          <OptionPicker
            title="年度"
            options={YEAR_OPTIONS}
            value={year}
            placeholder="年度"
            onChange={setYear}
            disabled={rebuild.running}
          />
        </View>
        <Button
          type="primary"
          block
          loading={rebuild.running}
          disabled={rebuild.running}
          onClick={() => rebuild.run(Number(year))}
        >
          {rebuild.error ? '从中断处继续' : rebuild.running ? '正在核算…' : '开始核算'}
        </Button>
      </SectionCard>

      {totals && (
        <SectionCard title={rebuild.done ? '核算完成' : '核算进度'}>
          <View className="quota-rebuild__bar">
            <View className="quota-rebuild__fill" style={{ width: `${share * 100}%` }} />
          </View>
          <Text className="quota-rebuild__progress">
            已核对 {totals.checked} / {totals.stationsTotal} 个工作站，{totals.visits} 次已确认服务
          </Text>
          {rebuild.done && (
            <Notice tone={totals.repairedStations > 0 ? 'warn' : 'success'}>
              {totals.repairedStations > 0
                ? `已更正 ${totals.repairedStations} 个工作站的统计（写入 ${totals.marksWritten} 条计数依据，删除 ${totals.marksRemoved} 条）。`
                : '各工作站的统计与服务记录完全一致，无需更正。'}
            </Notice>
          )}
        </SectionCard>
      )}
      {rebuild.error && (
        <View className="quota-rebuild__error">
          <Notice tone="error" title="核算中断">
            {rebuild.error}
          </Notice>
        </View>
      )}
    </PageShell>
  );
}
