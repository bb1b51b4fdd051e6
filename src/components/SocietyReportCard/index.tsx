import { Text, View } from '@tarojs/components';
import type { SocietyReportStation } from '../../../types/actions';
import {
  ASSESSMENT_STATUS_LABELS,
  EVALUATION_NOT_SUBMITTED_LABEL,
  STATION_LEVEL_LABELS,
  STATION_STATUS_LABELS,
} from '../../../types/catalogue';
import { QUOTA_FIGURE_VIEW, QUOTA_STATUS_VIEW } from '../../constants/quotas';
import { StatusBadge } from '../StatusBadge';
import './index.scss';

/** One station of the society's annual report: its figures against the quota, status, evaluation and roster. */
export function SocietyReportCard({ row }: { row: SocietyReportStation }) {
  const status = QUOTA_STATUS_VIEW[row.status];
  return (
    <View className="society-report-card">
      <View className="society-report-card__head">
        <Text className="society-report-card__name">{row.stationName}</Text>
        <StatusBadge label={status.label} tone={status.tone} />
      </View>
      <View className="society-report-card__flags">
        <Text className="society-report-card__meta">{STATION_LEVEL_LABELS[row.level]}</Text>
        <StatusBadge
          label={STATION_STATUS_LABELS[row.stationStatus]}
          tone={row.stationStatus === 'operating' ? 'info' : row.stationStatus === 'suspended' ? 'warn' : 'muted'}
        />
        {row.verdict && (
          <StatusBadge
            label={`考核${ASSESSMENT_STATUS_LABELS[row.verdict]}`}
            tone={row.verdict === 'passed' ? 'success' : 'danger'}
          />
        )}
      </View>
      <View className="society-report-card__figures">
        {QUOTA_FIGURE_VIEW.map(({ key, short }) => (
          <View key={key} className="society-report-card__figure">
            <Text className="society-report-card__value">
              {row.figures[key]}
              {row.quota[key] > 0 && <Text className="society-report-card__quota">/{row.quota[key]}</Text>}
            </Text>
            <Text className="society-report-card__label">{short}</Text>
          </View>
        ))}
        <View className="society-report-card__figure">
          <Text className="society-report-card__value">{row.confirmedVisits}</Text>
          <Text className="society-report-card__label">服务次数</Text>
        </View>
      </View>
      <Text className="society-report-card__foot">
        需求方评价 {row.evaluation ? `${row.evaluation.overall} 分` : EVALUATION_NOT_SUBMITTED_LABEL}
      </Text>
      <Text className="society-report-card__foot">
        名册专家 {row.roster.experts} 人（省外 {row.roster.outOfProvinceExperts} 人）· 站长及工作人员 {row.roster.staff}{' '}
        人
      </Text>
    </View>
  );
}
