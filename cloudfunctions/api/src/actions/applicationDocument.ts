import { APPLICATION_STATUS_LABELS, APPLICATION_STATUSES } from '../../../../types/catalogue';
import { exportFileName } from '../domain/exportNames';
import { allowingRole } from '../domain/policy';
import { AppError } from '../errors';
import { findApplicationVersion, pageApplications } from '../store/applications';
import { storeDocument } from '../store/files';
import { documentId, integer, object, oneOf, optional } from '../validate';
import { authorizeApplicationView, requireApplication } from './applications';
import { actingAs } from './guard';
import type { ActionDefinition } from './types';

/** The renderer and docx under it load with the first 申报书 printed, not with every cold start. */
const forms = () => import('../documents/applicationForm');

/** The 申报书 as a Word file: the application as it stands, or one of its submitted versions. */
export const applicationDocument: ActionDefinition<'applications.document'> = {
  parse: object({ applicationId: documentId, version: optional(integer(1, 1000)) }),
  async handle(input, caller) {
    const application = await requireApplication(input.applicationId);
    await authorizeApplicationView(caller, application);
    const source =
      input.version === undefined || input.version === application.version
        ? application
        : await findApplicationVersion(application._id, input.version);
    if (!source) throw new AppError('NOT_FOUND', `没有第 ${input.version} 版申报书`);
    const { renderApplicationForm } = await forms();
    const content = await renderApplicationForm(source, { generatedAt: caller.now });
    const station = source.content.stationName || '未命名工作站';
    const version = source.version > 0 ? [`第${source.version}版`] : ['草稿'];
    return storeDocument('docx', content, exportFileName(`${station}申报书`, version, caller.now), caller);
  },
};

/** The Excel workbook and its rows load with the first export. */
const workbooks = () => import('../documents/applicationWorkbook');

/** A city export holds every application received; more than this is not one programme's. */
const EXPORT_LIMIT = 1000;

/** The applications and their states, for the city admin, as filtered on the list. */
export const exportApplications: ActionDefinition<'applications.export'> = {
  parse: object({ status: optional(oneOf(APPLICATION_STATUSES)) }),
  async handle(input, caller) {
    await actingAs(caller, allowingRole(await caller.grants(), 'application.review', { societyId: '' }));
    const status = input.status === 'draft' ? undefined : input.status;
    const { applications } = await pageApplications({ societyIds: 'all' }, status, {
      page: 1,
      pageSize: EXPORT_LIMIT,
      skip: 0,
    });
    const filterWords = status ? [APPLICATION_STATUS_LABELS[status]] : [];
    const title = status ? `建站申报情况（${APPLICATION_STATUS_LABELS[status]}）` : '建站申报情况';
    const { applicationsWorkbook } = await workbooks();
    const content = await applicationsWorkbook(applications, title, caller.now);
    return storeDocument('xlsx', content, exportFileName('建站申报情况', filterWords, caller.now), caller);
  },
};
