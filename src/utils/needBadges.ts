import type { NeedStatus, NeedUrgency } from '../../types/domain';
import type { BadgeTone } from '../components/StatusBadge';

export const NEED_STATUS_TONES: Record<NeedStatus, BadgeTone> = {
  submitted: 'info',
  accepted: 'progress',
  in_service: 'progress',
  resolved: 'success',
  closed: 'muted',
  declined: 'danger',
  withdrawn: 'muted',
};

export const URGENCY_TONES: Record<NeedUrgency, BadgeTone> = {
  normal: 'muted',
  urgent: 'warn',
  critical: 'danger',
};
