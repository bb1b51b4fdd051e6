import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useCallback, useState, type ReactNode } from 'react';
import { useForm } from '../../hooks/useForm';
import { visitReportProblems, type VisitReportValues } from '../../utils/visitForms';
import type { Attachment } from '../../../types/domain';
import { AttachmentPicker } from '../AttachmentPicker';
import { CameraPhotos, type CameraPhotosValue } from '../CameraPhotos';
import { FormField } from '../FormField';
import { Notice } from '../Notice';
import { TextField } from '../TextField';
import { VISIT_LIMITS, VISIT_PHOTO_LIMITS } from '../../../types/catalogue';
import './index.scss';

export interface VisitReport {
  summary: string;
  outcomes: string;
  photos: CameraPhotosValue;
  attachments: Attachment[];
}

export interface VisitReportFormProps {
  openid: string;
  submitLabel: string;
  submitting: boolean;
  /** Fields before the report (the duration of a correction). */
  children?: ReactNode;
  /** The server's answer when it refused, not about one field. */
  problem: string | null;
  /** Checks the fields given as children, showing their problems; true when there is none. */
  checkChildren?: () => boolean;
  /** At least one photo (补卡: the photos are all there is to show for the visit). */
  photosRequired?: boolean;
  /** A line under the photos, e.g. what a 补卡's photos may show. */
  photosHint?: string;
  onSubmit: (report: VisitReport) => void;
}

/** What an expert reports when a visit ends (check-out) or is completed later (补录). */
export function VisitReportForm({
  openid,
  submitLabel,
  submitting,
  children,
  problem,
  checkChildren,
  photosRequired = false,
  photosHint,
  onSubmit,
}: VisitReportFormProps) {
  const [photos, setPhotos] = useState<CameraPhotosValue>({ fileIds: [], waiting: [] });
  const form = useForm<VisitReportValues, keyof VisitReportValues | 'photos'>({ summary: '', outcomes: '' }, (values) =>
    visitReportProblems(values, { uploaded: photos.fileIds.length, waiting: photos.waiting.length }, photosRequired),
  );
  const { values, bindText, errors } = form;
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [photosBusy, setPhotosBusy] = useState(false);
  const [filesBusy, setFilesBusy] = useState(false);
  const onPhotos = useCallback((value: CameraPhotosValue) => setPhotos(value), []);
  const onPhotosBusy = useCallback((busy: boolean) => setPhotosBusy(busy), []);
  const onFilesBusy = useCallback((busy: boolean) => setFilesBusy(busy), []);
  const [summaryMin, summaryMax] = VISIT_LIMITS.summary;

  const submit = () => {
    // Both checked, so the fields above and the report show their problems together.
    const childrenClean = checkChildren?.() ?? true;
    if (!form.check() || !childrenClean) return;
    onSubmit({ summary: values.summary.trim(), outcomes: values.outcomes.trim(), photos, attachments });
  };

  const busy = photosBusy || filesBusy;
  return (
    <View className="visit-report">
      {children}
      <TextField
        label="服务内容"
        required
        hint={`${summaryMin}–${summaryMax} 个字：现场做了什么、发现了什么问题`}
        placeholder="例如：检查熔铸车间 2 号炉，调整除气工艺参数并培训操作人员"
        limit={VISIT_LIMITS.summary}
        rows={4}
        {...bindText('summary')}
      />
      <TextField
        label="服务成效"
        hint="选填：解决了什么、下一步安排"
        placeholder="例如：气孔缺陷明显减少，约定两周后复查"
        limit={VISIT_LIMITS.outcomes}
        rows={3}
        {...bindText('outcomes')}
      />
      <FormField label="现场照片" required={photosRequired} vertical hint={photosHint} error={errors.photos}>
        <CameraPhotos
          openid={openid}
          max={VISIT_PHOTO_LIMITS.checkOut}
          onChange={onPhotos}
          onBusyChange={onPhotosBusy}
        />
      </FormField>
      <FormField label="附件（选填）" vertical>
        <AttachmentPicker openid={openid} purpose="visits" onChange={setAttachments} onBusyChange={onFilesBusy} />
      </FormField>
      {problem && (
        <Notice tone="error" title="未能提交">
          {problem}
        </Notice>
      )}
      <Button
        className="visit-report__submit"
        type="primary"
        size="xlarge"
        block
        loading={submitting}
        disabled={submitting || busy}
        onClick={submit}
      >
        {busy ? '文件上传中…' : submitLabel}
      </Button>
    </View>
  );
}
