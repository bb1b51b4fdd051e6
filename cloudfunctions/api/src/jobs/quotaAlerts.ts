import type { QuotaAlert } from '../../../../types/domain';
import { calendarMoment } from '../domain/calendar';
import { quotaAlertMessage } from '../domain/notifications';
import { quotaRemaining, yearElapsed } from '../domain/quota';
import { dashboardRow } from '../domain/quotaDashboard';
import { recordAlert } from '../store/quotaAlerts';
import { dashboardSources } from '../store/quotaDashboard';
import { sendMessages } from '../store/notifications';
import type { ScheduledJob } from './index';

/**
 * At 09:00 on the 1st of each month (Asia/Shanghai): every station's status for the year, and a
 * message to the head of each station at risk or behind. Each alert is recorded under its
 * station and month before it is sent, so a tick delivered twice does not send twice.
 */
export const monthlyQuotaAlerts: ScheduledJob = {
  name: 'monthly-quota-alerts',
  day: 1,
  hour: 9,
  async run(now) {
    const { year, month } = calendarMoment(now);
    const elapsed = yearElapsed(year, now);
    const { stations, counters, roster } = await dashboardSources(year);
    const at = now.toISOString();
    for (const station of stations) {
      if (station.status !== 'operating' || !station.headOpenid) continue;
      const row = dashboardRow(station, counters.get(station._id), roster.get(station._id) ?? 0, elapsed, now);
      if (row.status !== 'at_risk' && row.status !== 'behind') continue;
      const alert: QuotaAlert = {
        _id: `${station._id}:${year}-${String(month).padStart(2, '0')}`,
        stationId: station._id,
        headOpenid: station.headOpenid,
        year,
        month,
        status: row.status,
        figures: row.figures,
        sentAt: at,
      };
      if (!(await recordAlert(alert))) continue;
      await sendMessages([
        quotaAlertMessage(
          station.headOpenid,
          { id: station._id, name: station.name, year },
          row.status,
          quotaRemaining(row.quota, row.figures),
          at,
        ),
      ]);
    }
  },
};
