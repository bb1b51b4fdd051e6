import { QUOTA_FIGURE_LABELS, QUOTA_FIGURES, QUOTA_STATUS_LABELS } from '../../types/catalogue';
import type { QuotaFigure, QuotaStatus } from '../../types/catalogue';
import type { BadgeTone } from '../components/StatusBadge';

const QUOTA_STATUS_TONES: Record<QuotaStatus, BadgeTone> = {
  met: 'success',
  on_track: 'progress',
  at_risk: 'warn',
  behind: 'danger',
  not_met: 'danger',
};

/** How each quota status is shown: its word and its badge colour. */
export const QUOTA_STATUS_VIEW = Object.fromEntries(
  (Object.keys(QUOTA_STATUS_TONES) as QuotaStatus[]).map((status) => [
    status,
    { label: QUOTA_STATUS_LABELS[status], tone: QUOTA_STATUS_TONES[status] },
  ]),
) as Record<QuotaStatus, { label: string; tone: BadgeTone }>;

/**
 * The statuses a year can have, worst first (the order the dashboards count them in): a
 * running year is judged against the pace, a finished one is only met or not met.
 */
export function quotaStatusesOf(final: boolean): readonly QuotaStatus[] {
  return final ? FINAL_STATUSES : RUNNING_STATUSES;
}

const RUNNING_STATUSES: readonly QuotaStatus[] = ['behind', 'at_risk', 'on_track', 'met'];
const FINAL_STATUSES: readonly QuotaStatus[] = ['not_met', 'met'];

/** The figures in the order they are shown, each with its words. */
export const QUOTA_FIGURE_VIEW: ReadonlyArray<{ key: QuotaFigure; label: string; short: string; unit: string }> =
  QUOTA_FIGURES.map((key) => ({ key, ...QUOTA_FIGURE_LABELS[key] }));
