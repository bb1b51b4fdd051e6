import type { ServiceConfirmation } from '../../../../types/actions';
import type { CallerContext } from '../context';
import { exportFileName } from '../domain/exportNames';
import { confirmationPeople, hasConfirmation, serviceConfirmation } from '../domain/serviceConfirmation';
import { AppError } from '../errors';
import { storeDocument } from '../store/files';
import { findSociety } from '../store/societies';
import { profilesOf } from '../store/users';
import { confirmedVisitsOfNeed } from '../store/visits';
import { documentId, object } from '../validate';
import { authorize, recordTarget, requireStation } from './guard';
import { requireNeed } from './needs';
import type { ActionDefinition } from './types';

/** The 确认单 renderer and docx under it load with the first one printed, not with every cold start. */
const forms = () => import('../documents/serviceConfirmation');

/**
 * The need, then its station, society and confirmed visits at once, then everyone named in one
 * read: five requests whatever the number of visits.
 */
async function confirmationOf(needId: string, caller: CallerContext): Promise<ServiceConfirmation> {
  const need = await requireNeed(needId);
  await authorize(caller, 'report.serviceConfirmation', recordTarget(need));
  if (!hasConfirmation(need)) throw new AppError('NEED_NOT_RESOLVED');
  const [station, society, visits] = await Promise.all([
    requireStation(need.stationId),
    findSociety(need.societyId),
    confirmedVisitsOfNeed(need._id),
  ]);
  const profiles = await profilesOf(confirmationPeople(need, station, visits));
  return serviceConfirmation({ need, station, society, visits, profiles });
}

export const getServiceConfirmation: ActionDefinition<'reports.serviceConfirmation'> = {
  parse: object({ needId: documentId }),
  handle: ({ needId }, caller) => confirmationOf(needId, caller),
};

/** The confirmation as a Word file: what its page shows, with the lines the unit signs and stamps. */
export const serviceConfirmationDocument: ActionDefinition<'reports.serviceConfirmationDocument'> = {
  parse: object({ needId: documentId }),
  async handle({ needId }, caller) {
    const confirmation = await confirmationOf(needId, caller);
    const { renderServiceConfirmation } = await forms();
    const content = await renderServiceConfirmation(confirmation, { generatedAt: caller.now });
    return storeDocument(
      'docx',
      content,
      exportFileName(`${confirmation.title}-技术服务确认单`, [], caller.now),
      caller,
    );
  },
};
