import type { RoundStationState } from '../../../../types/actions';
import {
  ASSESSMENT_NOT_STARTED_LABEL,
  ASSESSMENT_NOT_SUBMITTED_LABEL,
  ASSESSMENT_STATUS_LABELS,
} from '../../../../types/catalogue';

/** Where a station stands in a round, in the catalogue's words: 未开始, 未提交 or its assessment's status. */
export function roundStateLabel(state: RoundStationState): string {
  if (state === 'not_started') return ASSESSMENT_NOT_STARTED_LABEL;
  if (state === 'not_submitted') return ASSESSMENT_NOT_SUBMITTED_LABEL;
  return ASSESSMENT_STATUS_LABELS[state];
}
