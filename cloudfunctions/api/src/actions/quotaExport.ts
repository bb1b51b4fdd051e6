import type { ExportedFile } from '../../../../types/actions';
import type { Station } from '../../../../types/domain';
import type { CallerContext } from '../context';
import { dashboardFilterWords, exportFileName } from '../domain/exportNames';
import { allowingRole } from '../domain/policy';
import { storeDocument } from '../store/files';
import { visitsOfStationYear } from '../store/visits';
import { documentId, integer, object } from '../validate';
import { actingAs, authorize, requireSociety, requireStation, stationTarget } from './guard';
import { dashboardFilterFields, ownSociety, readDashboard } from './quotas';
import type { ActionDefinition } from './types';

/** The renderer and exceljs under it load with the first export, not with every cold start. */
const workbooks = () => import('../documents/quotaWorkbooks');

/** Every station on one sheet: the dashboard is read whole, as filtered and sorted on the page. */
const ALL_STATIONS = { page: 1, pageSize: 100_000, skip: 0 };

/** The dashboard, every station as filtered, to an Excel file in cloud storage. */
export const exportDashboard: ActionDefinition<'quotas.exportDashboard'> = {
  parse: object(dashboardFilterFields),
  async handle(input, caller) {
    const grants = await caller.grants();
    // A society admin exports their own society's stations: naming none means theirs, naming another is refused.
    const societyId = input.societyId ?? ownSociety(grants);
    await actingAs(caller, allowingRole(grants, 'quota.export', { societyId: societyId ?? '' }));
    const filter = { ...input, societyId };
    const board = await readDashboard(filter, ALL_STATIONS, caller.now);
    const society = societyId ? await requireSociety(societyId) : null;
    const filterWords = dashboardFilterWords(filter, society?.name);
    const { dashboardWorkbook } = await workbooks();
    const content = await dashboardWorkbook(
      { year: board.year, rows: board.items, totals: board.totals, filterWords, byStatus: Boolean(input.status) },
      caller.now,
    );
    const name = exportFileName(`${board.year}年度任务完成情况`, filterWords, caller.now);
    return storeDocument('xlsx', content, name, caller);
  },
};

/** A station's visits of a year, every one with its status, to an Excel file in cloud storage. */
export const exportVisits: ActionDefinition<'quotas.exportVisits'> = {
  parse: object({ stationId: documentId, year: integer(2000, 2100) }),
  async handle(input, caller) {
    const station = await requireStation(input.stationId);
    await authorize(caller, 'quota.export', stationTarget(station));
    return visitLogFile(station, input.year, caller);
  },
};

/** The visit log of a station's year, written and stored: the same file whoever may export it. */
export async function visitLogFile(station: Station, year: number, caller: CallerContext): Promise<ExportedFile> {
  const visits = await visitsOfStationYear(station._id, year);
  const { visitLogWorkbook } = await workbooks();
  const content = await visitLogWorkbook(station, year, visits, caller.now);
  return storeDocument('xlsx', content, exportFileName(`${station.name}${year}年服务记录`, [], caller.now), caller);
}
