import { Text, View } from '@tarojs/components';
import type { ApplicationSummary } from '../../../types/actions';
import { APPLICATION_STATUS_LABELS } from '../../../types/catalogue';
import { APPLICATION_STATUS_TONES } from '../../utils/applicationBadges';
import { formatDate } from '../../utils/dates';
import { LevelBadge } from '../LevelBadge';
import { StatusBadge } from '../StatusBadge';
import './index.scss';

export interface ApplicationCardProps {
  application: ApplicationSummary;
  /** Name the society (the city's list across societies). */
  showSociety?: boolean;
  onClick: () => void;
}

/** One 申报书 in a list: status, station, version and when it last changed. */
export function ApplicationCard({ application, showSociety = false, onClick }: ApplicationCardProps) {
  return (
    <View className="application-card" onClick={onClick}>
      <View className="application-card__head">
        <StatusBadge
          label={APPLICATION_STATUS_LABELS[application.status]}
          tone={APPLICATION_STATUS_TONES[application.status]}
        />
        <LevelBadge level={application.level} />
        <Text className="application-card__date">更新于 {formatDate(application.updatedAt)}</Text>
      </View>
      <Text className={`application-card__title${application.stationName ? '' : ' application-card__title--blank'}`}>
        {application.stationName || '（未填写工作站名称）'}
      </Text>
      <Text className="application-card__meta">
        {application.version > 0 ? `第 ${application.version} 版` : '尚未提交'}
        {application.submittedAt ? ` · 提交于 ${formatDate(application.submittedAt)}` : ''}
        {showSociety ? ` · ${application.societyName}` : ''}
      </Text>
    </View>
  );
}
