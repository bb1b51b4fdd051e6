import { exportFileName } from '../domain/exportNames';
import { AppError } from '../errors';
import { findApplicationVersion } from '../store/applications';
import { storeDocument } from '../store/files';
import { documentId, integer, object, optional } from '../validate';
import { authorizeApplicationView, requireApplication } from './applications';
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
