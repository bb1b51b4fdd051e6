import type { Role } from '../../../../types/domain';
import type { Message } from '../domain/notifications';
import { sendMessages } from '../store/notifications';
import { stationOpenids } from '../store/roles';

/** Who reviews what reaches a station: the head and the staff. */
export const STATION_REVIEWERS: readonly Role[] = ['station_head', 'station_staff'];

/**
 * The station's people in `roles`, all but the one who acted, read after the commit in one
 * request whatever the station holds. A failure to read them is logged like a message not sent,
 * so the committed change stands.
 */
export async function stationPeople(stationId: string, roles: readonly Role[], actor: string): Promise<string[]> {
  try {
    return (await stationOpenids(stationId, roles)).filter((openid) => openid !== actor);
  } catch (error) {
    console.warn(`api: station ${stationId} not told, its people could not be read`, error);
    return [];
  }
}

export async function tellStation(
  stationId: string,
  roles: readonly Role[],
  actor: string,
  build: (openid: string) => Message,
): Promise<void> {
  await sendMessages((await stationPeople(stationId, roles, actor)).map(build));
}
