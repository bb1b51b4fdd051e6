import { exportFileName } from '../domain/exportNames';
import { ledgerEntriesOf } from '../store/ledger';
import { storeDocument } from '../store/files';
import { documentId, object, optional } from '../validate';
import { overviewScope, readOverview } from './ledger';
import type { ActionDefinition } from './types';

/** The renderer and exceljs under it load with the first export, not with every cold start. */
const workbooks = () => import('../documents/ledgerWorkbook');

/** The overview and every entry behind it, to an Excel file in cloud storage. */
export const exportLedger: ActionDefinition<'ledger.export'> = {
  parse: object({ societyId: optional(documentId) }),
  async handle(input, caller) {
    const society = await overviewScope(input.societyId, caller);
    const [overview, entries] = await Promise.all([readOverview(society?._id), ledgerEntriesOf(society?._id)]);
    const filterWords = society ? [society.name] : [];
    const { ledgerWorkbook } = await workbooks();
    const content = await ledgerWorkbook(overview, entries, filterWords, caller.now);
    return storeDocument('xlsx', content, exportFileName('工作站经费', filterWords, caller.now), caller);
  },
};
