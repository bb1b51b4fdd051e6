import { Text, View } from '@tarojs/components';
import type { SelfInspectionReport } from '../../../types/assessment';
import { ASSESSMENT_METRIC_LABELS, ASSESSMENT_METRICS } from '../../../types/catalogue/assessments';
import { formatMetric } from '../../utils/assessmentStates';
import { EvidenceItems } from '../EvidenceItems';
import './index.scss';

/** The head's 自查报告 as saved: the narrative, then each metric with its figure and evidence. */
export function SelfInspectionView({
  report,
  fileUrls,
}: {
  report: SelfInspectionReport;
  fileUrls?: Record<string, string>;
}) {
  return (
    <View className="self-inspection">
      <Text className="self-inspection__narrative">{report.narrative}</Text>
      {ASSESSMENT_METRICS.map((metric) => {
        const reported = report.metrics[metric] ?? { value: 0, evidence: [] };
        return (
          <View key={metric} className="self-inspection__metric">
            <View className="self-inspection__metric-head">
              <Text className="self-inspection__metric-label">{ASSESSMENT_METRIC_LABELS[metric]}</Text>
              <Text className="self-inspection__metric-value">{formatMetric(metric, reported.value)}</Text>
            </View>
            {(reported.value > 0 || reported.evidence.length > 0) && (
              <EvidenceItems evidence={reported.evidence} fileUrls={fileUrls} />
            )}
          </View>
        );
      })}
    </View>
  );
}
