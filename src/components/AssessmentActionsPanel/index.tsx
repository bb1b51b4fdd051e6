import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { AssessmentKey, AssessmentView } from '../../../types/actions';
import type { AssessmentVerdict } from '../../../types/catalogue/assessments';
import { ROUTES, withQuery } from '../../constants/routes';
import { useSubmit } from '../../hooks/useSubmit';
import { ASSESSMENT_STEP_ACTIONS, VERDICT_ACTIONS, type AssessmentStep } from '../../utils/assessmentReview';
import { AssessmentCommentForm } from '../AssessmentCommentForm';
import { AssessmentRecommendForm } from '../AssessmentRecommendForm';
import { AssessmentReviewForm } from '../AssessmentReviewForm';
import { Notice } from '../Notice';
import './index.scss';

type Open =
  | { form: 'comment' }
  | { form: 'recommend' }
  | { form: 'review'; step: AssessmentStep; verdict?: AssessmentVerdict }
  | null;

export interface AssessmentActionsPanelProps {
  assessment: AssessmentView;
  assessmentKey: AssessmentKey;
  openid: string;
  onChanged: (assessment: AssessmentView) => void;
}

/** The buttons the server's `can` allows the caller now, and the form the tapped one opens. */
export function AssessmentActionsPanel({ assessment, assessmentKey, openid, onChanged }: AssessmentActionsPanelProps) {
  const { can, recommendation } = assessment;
  const [open, setOpen] = useState<Open>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = useSubmit('assessments.submit');
  const withdraw = useSubmit('assessments.withdraw');
  const recommend = useSubmit('assessments.recommend');
  const done = (changed: AssessmentView, message: string) => {
    setOpen(null);
    setRefusal(null);
    onChanged(changed);
    void Taro.showToast({ title: message, icon: 'success' });
  };

  const confirmThen = async (title: string, content: string, send: () => Promise<void>) => {
    const { confirm } = await Taro.showModal({ title, content, confirmText: '确定' });
    if (confirm) await send();
  };
  const sendSubmit = () =>
    confirmThen('提交自查报告', '提交后学会和市科协可以查看；截止日期前、市科协审查前可以撤回修改。', async () => {
      const result = await submit.submit(assessmentKey);
      if (result.ok) done(result.data, '已提交');
      else setRefusal(result.message);
    });
  const sendWithdraw = () =>
    confirmThen('撤回自查报告', '撤回后报告回到撰写中，修改后须在截止日期前重新提交。', async () => {
      const result = await withdraw.submit(assessmentKey);
      if (result.ok) done(result.data, '已撤回');
      else setRefusal(result.message);
    });
  const sendUnrecommend = () =>
    confirmThen('取消推荐', '不再推荐本站为贵阳市专家工作站？', async () => {
      const result = await recommend.submit({ ...assessmentKey, recommended: false, note: '' });
      if (result.ok) done(result.data, '已取消推荐');
      else setRefusal(result.message);
    });

  if (open?.form === 'comment') {
    return (
      <View className="assessment-actions">
        <AssessmentCommentForm
          assessment={assessmentKey}
          onDone={(changed) => done(changed, '意见已提交')}
          onCancel={() => setOpen(null)}
        />
      </View>
    );
  }
  if (open?.form === 'recommend') {
    return (
      <View className="assessment-actions">
        <AssessmentRecommendForm
          assessment={assessmentKey}
          onDone={(changed) => done(changed, '已推荐')}
          onCancel={() => setOpen(null)}
        />
      </View>
    );
  }
  if (open?.form === 'review') {
    return (
      <View className="assessment-actions">
        <AssessmentReviewForm
          assessment={assessmentKey}
          step={open.step}
          verdict={open.verdict}
          openid={openid}
          onDone={(changed) => done(changed, '已办理')}
          onCancel={() => setOpen(null)}
        />
      </View>
    );
  }

  const steps = can.review.filter((step) => step !== 'verdict');
  const buttons = [
    can.edit && (
      <Button
        key="edit"
        type="primary"
        onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.assessmentReportEdit, stringKey(assessmentKey)) })}
      >
        {assessment.report.narrative ? '修改自查报告' : '撰写自查报告'}
      </Button>
    ),
    can.submit && (
      <Button key="submit" type="primary" fill="outline" loading={submit.submitting} onClick={() => void sendSubmit()}>
        提交自查报告
      </Button>
    ),
    can.withdraw && (
      <Button key="withdraw" fill="outline" loading={withdraw.submitting} onClick={() => void sendWithdraw()}>
        撤回
      </Button>
    ),
    can.comment && (
      <Button key="comment" type="primary" onClick={() => setOpen({ form: 'comment' })}>
        学会意见
      </Button>
    ),
    ...steps.map((step) => (
      <Button key={step} type="primary" onClick={() => setOpen({ form: 'review', step })}>
        {ASSESSMENT_STEP_ACTIONS[step]}
      </Button>
    )),
    ...(can.review.includes('verdict')
      ? (['passed', 'failed'] as const).map((verdict) => (
          <Button
            key={verdict}
            type={verdict === 'passed' ? 'success' : 'danger'}
            onClick={() => setOpen({ form: 'review', step: 'verdict', verdict })}
          >
            {VERDICT_ACTIONS[verdict]}
          </Button>
        ))
      : []),
    can.recommend &&
      (recommendation ? (
        <Button key="unrecommend" fill="outline" loading={recommend.submitting} onClick={() => void sendUnrecommend()}>
          取消推荐
        </Button>
      ) : (
        <Button key="recommend" type="success" onClick={() => setOpen({ form: 'recommend' })}>
          推荐为贵阳市专家工作站
        </Button>
      )),
  ].filter(Boolean);

  if (buttons.length === 0 && !refusal) return null;
  return (
    <View className="assessment-actions">
      {refusal && (
        <Notice tone="error" title="未能办理">
          <Text>{refusal}</Text>
        </Notice>
      )}
      <View className="assessment-actions__buttons">{buttons}</View>
    </View>
  );
}

function stringKey(key: AssessmentKey): Record<string, string> {
  return { year: String(key.year), stationId: key.stationId };
}
