import { Text, View } from '@tarojs/components';
import type { VisitSummary } from '../../../types/actions';
import { formatDateTime } from '../../utils/dates';
import { VISIT_STATUS_TONES } from '../../utils/visitBadges';
import { ReviewFlagBadges } from '../ReviewFlagBadges';
import { StatusBadge } from '../StatusBadge';
import { PRESENCE_PROOF_LABELS, SERVICE_TYPE_LABELS, VISIT_STATUS_LABELS } from '../../../types/catalogue';
import './index.scss';

export interface VisitCardProps {
  visit: VisitSummary;
  /** Name the expert (a station's list) rather than the station (the expert's own list). */
  showExpert?: boolean;
  onClick: () => void;
}

/** One visit in a list: when, where, for which need, how long, and its state. */
export function VisitCard({ visit, showExpert = false, onClick }: VisitCardProps) {
  return (
    <View className="visit-card" onClick={onClick}>
      <View className="visit-card__head">
        <StatusBadge label={VISIT_STATUS_LABELS[visit.status]} tone={VISIT_STATUS_TONES[visit.status]} />
        {visit.proof === 'off_site' && <StatusBadge label={PRESENCE_PROOF_LABELS.off_site} tone="info" />}
        {visit.proof === 'make_up' && <StatusBadge label={PRESENCE_PROOF_LABELS.make_up} tone="info" />}
        {visit.isCorrection && <StatusBadge label="补录" tone="warn" />}
        {visit.late && <StatusBadge label="离线补发" tone="muted" />}
        <Text className="visit-card__date">{formatDateTime(visit.checkInAt)}</Text>
      </View>
      <Text className="visit-card__title">{visit.needTitle}</Text>
      <Text className="visit-card__meta">
        {showExpert ? visit.expertName : visit.stationName} · {SERVICE_TYPE_LABELS[visit.serviceType]}
        {visit.durationMinutes !== undefined ? ` · ${visit.durationMinutes} 分钟` : ''}
      </Text>
      <ReviewFlagBadges flags={visit.flags} className="visit-card__flags" />
    </View>
  );
}
