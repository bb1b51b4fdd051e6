import type { QuotaDashboardFilter } from '../../../../types/actions';
import { INDUSTRY_LABELS, LEVEL_SHORT_LABELS, QUOTA_STATUS_LABELS } from '../../../../types/catalogue';
import { calendarMoment } from './calendar';

/** A dashboard's filter in words, widest first (society, level, industry, status); none when unfiltered. */
export function dashboardFilterWords(filter: QuotaDashboardFilter, societyName?: string): string[] {
  return [
    societyName,
    filter.level && LEVEL_SHORT_LABELS[filter.level],
    filter.industry && INDUSTRY_LABELS[filter.industry],
    filter.status && QUOTA_STATUS_LABELS[filter.status],
  ].filter((word): word is string => Boolean(word));
}

/**
 * What an exported file is called, so that a folder of downloads says what each holds and when:
 * `2026年度任务完成情况-落后-2026-12-02` (the date in Guiyang on the day it was made).
 */
export function exportFileName(subject: string, filterWords: readonly string[], madeAt: Date): string {
  return [subject, ...filterWords, calendarMoment(madeAt).date].join('-');
}
