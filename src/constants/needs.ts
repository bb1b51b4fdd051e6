import type { NeedStatus } from '../../types/catalogue';

/** The order of the status chips on a list: what needs attention first. */
export const NEED_STATUS_ORDER: readonly NeedStatus[] = [
  'submitted',
  'accepted',
  'in_service',
  'resolved',
  'closed',
  'declined',
  'withdrawn',
];
