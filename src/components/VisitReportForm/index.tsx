import { Button, TextArea } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useCallback, useState, type ReactNode } from 'react';
import type { Attachment } from '../../../types/domain';
import { AttachmentPicker } from '../AttachmentPicker';
import { CameraPhotos, type CameraPhotosValue } from '../CameraPhotos';
import { FormField } from '../FormField';
import { Notice } from '../Notice';
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
  /** A problem found on the page or answered by the server. */
  problem: string | null;
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
  photosRequired = false,
  photosHint,
  onSubmit,
}: VisitReportFormProps) {
  const [summary, setSummary] = useState('');
  const [outcomes, setOutcomes] = useState('');
  const [photos, setPhotos] = useState<CameraPhotosValue>({ fileIds: [], waiting: [] });
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [photosBusy, setPhotosBusy] = useState(false);
  const [filesBusy, setFilesBusy] = useState(false);
  const [mistake, setMistake] = useState<string | null>(null);
  const onPhotos = useCallback((value: CameraPhotosValue) => setPhotos(value), []);
  const onPhotosBusy = useCallback((busy: boolean) => setPhotosBusy(busy), []);
  const onFilesBusy = useCallback((busy: boolean) => setFilesBusy(busy), []);
  const [summaryMin, summaryMax] = VISIT_LIMITS.summary;

  const submit = () => {
    const length = summary.trim().length;
    if (length < summaryMin || length > summaryMax) {
      setMistake(`请填写服务内容（${summaryMin}–${summaryMax} 个字），写清做了什么、解决了什么`);
      return;
    }
    if (photosRequired && photos.fileIds.length === 0) {
      setMistake(
        photos.waiting.length > 0 ? '照片还没有上传成功，请联网后点照片上的「重试」' : '请至少拍摄一张现场照片',
      );
      return;
    }
    setMistake(null);
    onSubmit({ summary: summary.trim(), outcomes: outcomes.trim(), photos, attachments });
  };

  const busy = photosBusy || filesBusy;
  const shown = mistake ?? problem;
  return (
    <View className="visit-report">
      {children}
      <FormField
        label="服务内容"
        required
        vertical
        hint={`${summaryMin}–${summaryMax} 个字：现场做了什么、发现了什么问题`}
      >
        <TextArea
          placeholder="例如：检查熔铸车间 2 号炉，调整除气工艺参数并培训操作人员"
          value={summary}
          maxLength={summaryMax}
          showCount
          onChange={setSummary}
        />
      </FormField>
      <FormField label="服务成效" vertical hint="选填：解决了什么、下一步安排">
        <TextArea
          placeholder="例如：气孔缺陷明显减少，约定两周后复查"
          value={outcomes}
          maxLength={VISIT_LIMITS.outcomes[1]}
          showCount
          onChange={setOutcomes}
        />
      </FormField>
      <FormField label="现场照片" required={photosRequired} vertical hint={photosHint}>
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
      {shown && (
        <Notice tone="error" title="未能提交">
          {shown}
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
