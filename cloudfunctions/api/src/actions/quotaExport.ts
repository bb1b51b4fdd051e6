import { dashboardFilterWords, exportFileName } from '../domain/exportNames';
import { allowingRole } from '../domain/policy';
import { storeDocument } from '../store/files';
import { visitsOfStationYear } from '../store/visits';
import { documentId, integer, object } from '../validate';
import { actingAs, authorize, requireSociety, requireStation, stationTarget } from './guard';
import { dashboardFilterFields, readDashboard } from './quotas';
import type { ActionDefinition } from './types';

/** The renderer and exceljs under it load with the first export, not with every cold start. */
const workbooks = () => import('../documents/quotaWorkbooks');

/** Every station on one sheet: the dashboard is read whole, as filtered and sorted on the page. */
const ALL_STATIONS = { page: 1, pageSize: 100_000, skip: 0 };

/** The dashboard, every station as filtered, to an Excel file in cloud storage. */
export const exportDashboard: ActionDefinition<'quotas.exportDashboard'> = {
  parse: object(dashboardFilterFields),
  async handle(input, caller) {
    await actingAs(caller, allowingRole(await caller.grants(), 'quota.export', { societyId: input.societyId ?? '' }));
    const board = await readDashboard(input, ALL_STATIONS, caller.now);
    const society = input.societyId ? await requireSociety(input.societyId) : null;
    const filterWords = dashboardFilterWords(input, society?.name);
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
    const visits = await visitsOfStationYear(station._id, input.year);
    const { visitLogWorkbook } = await workbooks();
    const content = await visitLogWorkbook(station, input.year, visits, caller.now);
    return storeDocument(
      'xlsx',
      content,
      exportFileName(`${station.name}${input.year}年服务记录`, [], caller.now),
      caller,
    );
  },
};
