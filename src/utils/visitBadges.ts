import type { VisitStatus } from '../../types/domain';
import type { BadgeTone } from '../components/StatusBadge';

export const VISIT_STATUS_TONES: Record<VisitStatus, BadgeTone> = {
  open: 'progress',
  pending: 'warn',
  confirmed: 'success',
  rejected: 'danger',
  incomplete: 'warn',
  superseded: 'muted',
  revoked: 'danger',
};
