import type { ApplicationStatus } from '../../types/catalogue';
import type { BadgeTone } from '../components/StatusBadge';

export const APPLICATION_STATUS_TONES: Record<ApplicationStatus, BadgeTone> = {
  draft: 'muted',
  submitted: 'info',
  document_reviewed: 'progress',
  inspected: 'progress',
  meeting_passed: 'progress',
  recognised: 'success',
  plaqued: 'success',
  returned: 'warn',
  refused: 'danger',
};

/** The statuses in which the society edits its application (the form, not the review page, opens). */
export const EDITABLE_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['draft', 'returned'];
