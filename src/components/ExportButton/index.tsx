import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApiResult, ExportedFile, QuotaDashboardFilter } from '../../../types/actions';
import { callApi } from '../../services/api';
import { openDocument } from '../../services/documents';

export type ExportButtonProps = { filter: QuotaDashboardFilter } | { visitsOf: { stationId: string; year: number } };

/** 导出 Excel: the server writes the workbook to cloud storage, and the phone opens it. */
export function ExportButton(props: ExportButtonProps) {
  const [busy, setBusy] = useState(false);
  const exportNow = async () => {
    setBusy(true);
    const result: ApiResult<ExportedFile> =
      'filter' in props
        ? await callApi('quotas.exportDashboard', props.filter)
        : await callApi('quotas.exportVisits', props.visitsOf);
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
      {busy ? '正在生成' : '导出 Excel'}
    </Button>
  );
}
