import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ActionRequest } from '../../../types/actions';
import { callApi } from '../../services/api';
import { openDocument } from '../../services/documents';

/** The actions that render a file for the person to open. */
type DocumentAction =
  | 'quotas.exportDashboard'
  | 'quotas.exportVisits'
  | 'applications.document'
  | 'applications.export'
  | 'assessments.document'
  | 'assessments.export'
  | 'ledger.export'
  | 'reports.serviceConfirmationDocument'
  | 'reports.stationVisitLog'
  | 'reports.stationRoster'
  | 'reports.evaluationSummaryWorkbook'
  | 'reports.societyAnnualWorkbook'
  | 'reports.societyAnnualDocument'
  | 'reports.expertStatementDocument'
  | 'audit.export';

export interface ExportButtonProps<A extends DocumentAction> {
  action: A;
  data: ActionRequest<A>;
  label?: string;
}

/** The server writes the file (Excel, Word) to cloud storage, and the phone opens it. */
export function ExportButton<A extends DocumentAction>({ action, data, label = '导出 Excel' }: ExportButtonProps<A>) {
  const [busy, setBusy] = useState(false);
  const exportNow = async () => {
    setBusy(true);
    const result = await callApi<DocumentAction>(action, data);
    setBusy(false);
    if (!result.ok) {
      void Taro.showToast({ title: result.message, icon: 'none', duration: 3000 });
      return;
    }
    const opened = result.data.url !== null && (await openDocument(result.data.url, result.data.kind));
    // Said after opening: the viewer is where the file can be forwarded or saved to the phone.
    void Taro.showToast({
      title: opened
        ? `已生成「${result.data.name}」，可在预览中转发或保存`
        : `已生成「${result.data.name}」，但暂时无法打开，请稍后重试`,
      icon: 'none',
      duration: 4000,
    });
  };
  return (
    <Button size="small" fill="outline" type="primary" loading={busy} disabled={busy} onClick={() => void exportNow()}>
      {busy ? '正在生成' : label}
    </Button>
  );
}
