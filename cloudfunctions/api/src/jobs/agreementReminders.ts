import type { AgreementReminder } from '../../../../types/domain';
import { agreementEndMessage } from '../domain/notifications';
import { agreementState, reminderHorizon } from '../domain/stationStatus';
import { recordReminder, stationsWithAgreementEndingBy } from '../store/agreementReminders';
import { sendMessages } from '../store/notifications';
import { societyAdminOpenids } from '../store/roles';
import type { ScheduledJob } from './index';

/**
 * At 10:00 every day (Asia/Shanghai): the head and the society's admins of each running station
 * whose agreement ends within AGREEMENT_REMINDER_DAYS (or has ended) hear of it once. The reminder
 * is recorded under the station and the agreement's end date before it is sent, so a tick delivered
 * twice sends nothing more, and a renewal approved as a change request (a new end date) arms the next.
 */
export const agreementReminders: ScheduledJob = {
  name: 'agreement-reminders',
  hour: 10,
  async run(now) {
    const at = now.toISOString();
    for (const station of await stationsWithAgreementEndingBy(reminderHorizon(now))) {
      const recipients = [
        ...new Set([
          ...(station.headOpenid ? [station.headOpenid] : []),
          ...(await societyAdminOpenids(station.societyId)),
        ]),
      ];
      const reminder: AgreementReminder = {
        _id: `${station._id}:${station.cooperationEnd}`,
        stationId: station._id,
        cooperationEnd: station.cooperationEnd,
        recipients,
        sentAt: at,
      };
      if (!(await recordReminder(reminder))) continue;
      const { ended } = agreementState(station.cooperationEnd, now);
      const target = { id: station._id, name: station.name };
      await sendMessages(
        recipients.map((openid) => agreementEndMessage(openid, target, station.cooperationEnd, ended)),
      );
    }
  },
};
