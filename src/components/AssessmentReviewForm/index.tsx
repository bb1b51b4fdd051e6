import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import type { AssessmentKey, AssessmentView } from '../../../types/actions';
import {
  ASSESSMENT_LIMITS,
  ASSESSMENT_TABLE_LIMITS,
  ASSESSMENT_VERDICTS,
  type AssessmentVerdict,
} from '../../../types/catalogue/assessments';
import type { Attachment } from '../../../types/domain';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import {
  ASSESSMENT_STEP_ACTIONS,
  assessmentReviewInput,
  assessmentReviewProblems,
  VERDICT_ACTIONS,
  type AssessmentReviewField,
  type AssessmentReviewValues,
  type AssessmentStep,
} from '../../utils/assessmentReview';
import { todayPlusYears } from '../../utils/dates';
import { refusalAtField } from '../../utils/validation';
import { AttachmentPicker } from '../AttachmentPicker';
import { ChoiceChips } from '../ChoiceChips';
import { DateField } from '../DateField';
import { FormField } from '../FormField';
import { Notice } from '../Notice';
import { TextField } from '../TextField';
import './index.scss';

const OPINIONS: Record<AssessmentStep, { label: string; placeholder: string }> = {
  document_review: { label: '审查意见', placeholder: '如：自查报告内容完整，佐证材料齐全' },
  inspection: { label: '考察意见', placeholder: '如：现场查看了服务台账与成果，与自查报告一致' },
  verdict: { label: '考核意见', placeholder: '合格的评语；评定不合格时请写明理由' },
};

const REFUSAL_LABELS = { opinion: '意见', inspectedOn: '考察日期', verdict: '结论' } as const;

export interface AssessmentReviewFormProps {
  assessment: AssessmentKey;
  step: AssessmentStep;
  /** The verdict the tapped button named (评定合格 / 评定不合格); the form can still switch it. */
  verdict?: AssessmentVerdict;
  /** The reviewer: files go to their own folder. */
  openid: string;
  onDone: (assessment: AssessmentView) => void;
  onCancel: () => void;
}

/** One of the city's steps: 书面审查, 现场考察 (its day and photos), or 合格 / 不合格 with reasons. */
export function AssessmentReviewForm({
  assessment,
  step,
  verdict = undefined,
  openid,
  onDone,
  onCancel,
}: AssessmentReviewFormProps) {
  const today = todayPlusYears();
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<AssessmentReviewValues, AssessmentReviewField>(
    { opinion: '', inspectedOn: step === 'inspection' ? today : '', verdict: verdict ?? '' },
    (values) => assessmentReviewProblems(step, values, attachments, today),
  );
  const { values, set, errors, bindText } = form;
  const review = useSubmit('assessments.review');
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);
  const opinion = OPINIONS[step];

  const submit = async () => {
    setProblem(null);
    if (!form.check() || uploading) return;
    const result = await review.submit(assessmentReviewInput(assessment, step, values, attachments));
    if (result.ok) {
      onDone(result.data);
      return;
    }
    const atField = refusalAtField(result.message, REFUSAL_LABELS);
    if (atField) form.refuse(atField.field, atField.message);
    else setProblem(result.message);
  };

  return (
    <View className="assessment-review-form">
      <Text className="assessment-review-form__title">{ASSESSMENT_STEP_ACTIONS[step]}</Text>
      {step === 'verdict' && (
        <FormField label="考核结论" required vertical error={errors.verdict}>
          <ChoiceChips<AssessmentVerdict>
            options={ASSESSMENT_VERDICTS.map((verdict) => ({ value: verdict, label: VERDICT_ACTIONS[verdict] }))}
            selected={values.verdict ? [values.verdict] : []}
            onToggle={(choice) => set('verdict', choice)}
          />
        </FormField>
      )}
      {step === 'inspection' && (
        <FormField label="考察日期" required error={errors.inspectedOn}>
          <DateField title="考察日期" value={values.inspectedOn} onChange={(date) => set('inspectedOn', date)} />
        </FormField>
      )}
      <TextField
        label={step === 'verdict' && values.verdict === 'failed' ? '不合格的理由' : opinion.label}
        required
        rows={3}
        placeholder={opinion.placeholder}
        limit={ASSESSMENT_LIMITS.opinion}
        {...bindText('opinion')}
      />
      <FormField
        label={step === 'inspection' ? '考察照片' : '附件'}
        required={step === 'inspection'}
        vertical
        hint={step === 'inspection' ? '现场照片至少 1 张' : '审查材料，可不传'}
        error={errors.attachments}
      >
        <AttachmentPicker
          openid={openid}
          purpose="assessments"
          max={
            step === 'inspection' ? ASSESSMENT_TABLE_LIMITS.inspectionPhotos : ASSESSMENT_TABLE_LIMITS.reviewAttachments
          }
          onChange={setAttachments}
          onBusyChange={onBusyChange}
        />
      </FormField>
      {problem && (
        <Notice tone="error" title="未能办理">
          <Text>{problem}</Text>
        </Notice>
      )}
      <View className="assessment-review-form__buttons">
        <Button type="primary" loading={review.submitting} disabled={uploading} onClick={() => void submit()}>
          {uploading
            ? '附件上传中…'
            : step === 'verdict' && values.verdict
              ? `确认${VERDICT_ACTIONS[values.verdict]}`
              : `提交${ASSESSMENT_STEP_ACTIONS[step]}`}
        </Button>
        <Button fill="none" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
