import { AUDIT_EXPORT_MAX_ROWS } from '../../../../types/catalogue/audit';
import { exportFileName } from '../domain/exportNames';
import { newestAuditEntries } from '../store/audit';
import { storeDocument } from '../store/files';
import { object } from '../validate';
import { auditFilterFields, auditQuery, auditViews } from './audit';
import type { ActionDefinition } from './types';

/** The renderer and exceljs under it load with the first export, not with every cold start. */
const workbooks = () => import('../documents/auditWorkbook');

/** The entries the audit page shows for the same filters, newest first, to Excel; at most AUDIT_EXPORT_MAX_ROWS. */
export const exportAudit: ActionDefinition<'audit.export'> = {
  parse: object(auditFilterFields),
  async handle(filter, caller) {
    const query = await auditQuery(filter, caller);
    const { entries, total } = await newestAuditEntries(query, AUDIT_EXPORT_MAX_ROWS);
    const views = await auditViews(entries);
    const { auditWorkbook } = await workbooks();
    const content = await auditWorkbook(views, total, filter, caller.now);
    return storeDocument('xlsx', content, exportFileName('操作记录', [], caller.now), caller);
  },
};
