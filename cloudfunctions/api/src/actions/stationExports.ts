import { isOutOfProvince } from '../domain/profile';
import { exportFileName } from '../domain/exportNames';
import { storeDocument } from '../store/files';
import { stationRoster } from '../store/roles';
import { profilesOf } from '../store/users';
import { documentId, integer, object } from '../validate';
import { authorize, requireStation, stationTarget } from './guard';
import { visitLogFile } from './quotaExport';
import type { ActionDefinition } from './types';

/** exceljs and the renderer load with the first roster export, not with every cold start. */
const rosterWorkbook = () => import('../documents/stationRosterWorkbook');

/** The station's own visit log of a year, for those who run it as well as those who supervise it. */
export const stationVisitLog: ActionDefinition<'reports.stationVisitLog'> = {
  parse: object({ stationId: documentId, year: integer(2000, 2100) }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'report.station', stationTarget(station));
    return visitLogFile(station, input.year, caller);
  },
};

/**
 * The station's people on its roster now, to Excel: the experts as the 进站专家信息表 asks for
 * them, the head and staff on a second sheet. Two reads whatever the roster's size.
 */
export const stationRosterExport: ActionDefinition<'reports.stationRoster'> = {
  parse: object({ stationId: documentId }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'report.station', stationTarget(station));
    const grants = await stationRoster(station._id, false);
    const profiles = await profilesOf(grants.map((grant) => grant.openid));
    const people = grants.map((grant) => {
      const profile = profiles.get(grant.openid);
      return {
        role: grant.role,
        name: profile?.name || '（未填写姓名）',
        workUnit: profile?.workUnit ?? '',
        title: profile?.title ?? '',
        mobile: profile?.mobile ?? '',
        industries: profile?.industries ?? [],
        expertise: profile?.expertise ?? [],
        province: profile?.province ?? '',
        outOfProvince: isOutOfProvince(profile ?? null),
        joinedAt: grant.grantedAt,
      };
    });
    const { stationRosterWorkbook } = await rosterWorkbook();
    const content = await stationRosterWorkbook(station, people, caller.now);
    return storeDocument('xlsx', content, exportFileName(`${station.name}进站专家信息表`, [], caller.now), caller);
  },
};
