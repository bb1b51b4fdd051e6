import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import type { ApplicationDetail } from '../../../types/actions';
import { APPLICATION_LIMITS, REVIEW_STEP_LABELS, type ReviewStep } from '../../../types/catalogue/applications';
import { capitalYuan, formatYuan } from '../../../types/catalogue/money';
import type { Attachment } from '../../../types/domain';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import {
  initialReviewValues,
  needsSubsidyReason,
  REVIEW_STEP_ACTIONS,
  reviewInput,
  reviewProblems,
  subsidyFenOf,
  type ReviewField,
  type ReviewFormValues,
} from '../../utils/applicationReview';
import { todayPlusYears } from '../../utils/dates';
import { refusalAtField } from '../../utils/validation';
import { AttachmentPicker } from '../AttachmentPicker';
import { DateField } from '../DateField';
import { FormField } from '../FormField';
import { Notice } from '../Notice';
import { TextField } from '../TextField';
import './index.scss';

/** What the opinion is called at each step, and an example of one. */
const OPINIONS: Record<ReviewStep, { label: string; placeholder: string }> = {
  document_review: { label: '审核意见', placeholder: '如：申报材料齐全，符合申报条件' },
  inspection: { label: '考察意见', placeholder: '如：办公场地、设备与申报书一致' },
  meeting: { label: '会议意见', placeholder: '如：经主席办公会议研究，同意认定' },
  recognition: { label: '认定意见', placeholder: '如：同意认定为国家级工作站' },
  plaque: { label: '挂牌说明', placeholder: '如：已举行挂牌仪式' },
};

/** The files each step is usually recorded with. */
const FILE_HINTS: Record<ReviewStep, string> = {
  document_review: '审核材料，可不传',
  inspection: '考察现场照片、考察记录',
  meeting: '会议纪要',
  recognition: '认定文件',
  plaque: '挂牌现场照片，至少 1 张',
};

/** The request's fields a refusal may name, by their labels. */
const REFUSAL_LABELS = {
  opinion: '意见',
  documentNumber: '认定文号',
  recognisedOn: '认定日期',
  subsidyReason: '理由',
  plaquedOn: '挂牌日期',
} as const;

export interface ReviewStepFormProps {
  application: ApplicationDetail;
  step: ReviewStep;
  /** The level's subsidy cap, in fen. */
  capFen: number;
  /** The reviewer: files go to their own folder. */
  openid: string;
  onDone: (application: ApplicationDetail) => void;
  onCancel: () => void;
}

/** One review step with its opinion and files; recognition decides the subsidy, the plaque records its date. */
export function ReviewStepForm({ application, step, capFen, openid, onDone, onCancel }: ReviewStepFormProps) {
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<ReviewFormValues, ReviewField>(initialReviewValues(capFen, todayPlusYears()), (values) =>
    reviewProblems(step, values, attachments, capFen),
  );
  const { values, set, errors, bindText } = form;
  const review = useSubmit('applications.review');
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);
  const fen = subsidyFenOf(values);
  const opinion = OPINIONS[step];

  const submit = async () => {
    setProblem(null);
    if (!form.check() || uploading) return;
    const result = await review.submit(reviewInput(application.id, step, values, attachments, capFen));
    if (result.ok) {
      onDone(result.data);
      return;
    }
    const atField = /须说明理由/.test(result.message)
      ? { field: 'subsidyReason' as const, message: result.message }
      : refusalAtField(result.message, REFUSAL_LABELS);
    if (atField) form.refuse(atField.field, atField.message);
    else setProblem(result.message);
  };

  return (
    <View className="review-step-form">
      <Text className="review-step-form__title">{REVIEW_STEP_LABELS[step]}</Text>
      {step === 'recognition' && (
        <>
          <TextField
            label="认定文号"
            required
            placeholder="如：筑科协发〔2026〕18 号"
            limit={APPLICATION_LIMITS.documentNumber}
            {...bindText('documentNumber')}
          />
          <FormField label="认定日期" required error={errors.recognisedOn}>
            <DateField title="认定日期" value={values.recognisedOn} onChange={(date) => set('recognisedOn', date)} />
          </FormField>
          <TextField
            label="补助金额"
            required
            type="digit"
            placeholder="如：100000"
            hint={
              <Text className="review-step-form__capital">
                {fen !== null ? `人民币大写：${capitalYuan(fen)}\n` : ''}
                {`单位：元，本级上限 ${formatYuan(capFen)} 元，择优确定`}
              </Text>
            }
            {...bindText('subsidyYuan')}
          />
          {needsSubsidyReason(values, capFen) && (
            <TextField
              label="低于上限的理由"
              required
              rows={2}
              placeholder="补助低于本级上限时，请说明择优确定的理由"
              limit={APPLICATION_LIMITS.subsidyReason}
              {...bindText('subsidyReason')}
            />
          )}
        </>
      )}
      {step === 'plaque' && (
        <FormField label="挂牌日期" required error={errors.plaquedOn}>
          <DateField title="挂牌日期" value={values.plaquedOn} onChange={(date) => set('plaquedOn', date)} />
        </FormField>
      )}
      <TextField
        label={opinion.label}
        required
        rows={3}
        placeholder={opinion.placeholder}
        limit={APPLICATION_LIMITS.reviewOpinion}
        {...bindText('opinion')}
      />
      <FormField
        label={step === 'plaque' ? '挂牌照片' : '附件'}
        required={step === 'plaque'}
        vertical
        hint={FILE_HINTS[step]}
        error={errors.attachments}
      >
        <AttachmentPicker
          openid={openid}
          purpose="applications"
          onChange={setAttachments}
          onBusyChange={onBusyChange}
        />
      </FormField>
      {problem && (
        <Notice tone="error" title="未能办理">
          <Text>{problem}</Text>
        </Notice>
      )}
      <View className="review-step-form__buttons">
        <Button type="primary" loading={review.submitting} disabled={uploading} onClick={() => void submit()}>
          {uploading ? '附件上传中…' : REVIEW_STEP_ACTIONS[step]}
        </Button>
        <Button fill="none" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
