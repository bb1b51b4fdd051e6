import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationDetail } from '../../../types/actions';
import { APPLICATION_LIMITS, REVIEW_STEP_LABELS } from '../../../types/catalogue/applications';
import { LEVEL_SUBSIDY_CAP_FEN } from '../../../types/catalogue/quota';
import { useSubmit } from '../../hooks/useSubmit';
import { nextReviewStep, REVIEW_STEP_ACTIONS } from '../../utils/applicationReview';
import { Notice } from '../Notice';
import { ReasonConfirm } from '../ReasonConfirm';
import { ReviewStepForm } from '../ReviewStepForm';
import './index.scss';

type Panel = 'step' | 'return' | 'refuse' | null;

export interface ReviewActionsProps {
  application: ApplicationDetail;
  /** The reviewer: files go to their own folder. */
  openid: string;
  /** The application as the step left it. */
  onChanged: (application: ApplicationDetail) => void;
}

/** The city admin's next step on an application, or sending it back or refusing it, each with its reason. */
export function ReviewActions({ application, openid, onChanged }: ReviewActionsProps) {
  const [panel, setPanel] = useState<Panel>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const decide = useSubmit('applications.review');
  const step = nextReviewStep(application.commands);
  const canReturn = application.commands.includes('return');
  const canRefuse = application.commands.includes('refuse');
  if (!step && !canReturn && !canRefuse) return null;

  const done = (changed: ApplicationDetail, toast: string) => {
    setProblem(null);
    setPanel(null);
    onChanged(changed);
    void Taro.showToast({ title: toast, icon: 'success' });
  };

  const sendBack = async (opinion: string, kind: 'return' | 'refuse') => {
    if (kind === 'refuse') {
      const { confirm } = await Taro.showModal({
        title: '确认不予通过',
        content: '不予通过后本次申报即告结束，学会不能再修改或重新提交。确认不予通过？',
        confirmText: '不予通过',
        confirmColor: '#d93025',
        cancelText: '再想想',
      });
      if (!confirm) return;
    }
    const result = await decide.submit({ applicationId: application.id, step: kind, opinion, attachments: [] });
    if (result.ok) done(result.data, kind === 'return' ? '已退回' : '已处理');
    else setProblem(result.message);
  };

  return (
    <View className="review-actions">
      {panel === null && (
        <>
          {step && (
            <Text className="review-actions__lead">
              待办：{REVIEW_STEP_LABELS[step]}
              {application.version > 1 ? `（第 ${application.version} 版，请先核对本版修改）` : ''}
            </Text>
          )}
          <View className="review-actions__buttons">
            {step && (
              <Button type="primary" onClick={() => setPanel('step')}>
                {REVIEW_STEP_ACTIONS[step]}
              </Button>
            )}
            {canReturn && (
              <Button fill="outline" type="primary" onClick={() => setPanel('return')}>
                退回修改
              </Button>
            )}
            {canRefuse && (
              <Button fill="outline" type="danger" onClick={() => setPanel('refuse')}>
                不予通过
              </Button>
            )}
          </View>
        </>
      )}
      {panel === 'step' && step && (
        <ReviewStepForm
          application={application}
          step={step}
          capFen={LEVEL_SUBSIDY_CAP_FEN[application.level]}
          openid={openid}
          onDone={(changed) => done(changed, `${REVIEW_STEP_LABELS[step]}已记录`)}
          onCancel={() => setPanel(null)}
        />
      )}
      {panel === 'return' && (
        <ReasonConfirm
          label="退回修改的意见"
          lead="学会按意见修改申报书后重新提交，审核从「审核」重新开始。"
          placeholder="请写明需要修改的内容，学会会看到"
          limits={APPLICATION_LIMITS.reviewOpinion}
          confirmText="确认退回"
          tone="primary"
          onCancel={() => setPanel(null)}
          onConfirm={(opinion) => sendBack(opinion, 'return')}
        />
      )}
      {panel === 'refuse' && (
        <ReasonConfirm
          label="不予通过的理由"
          lead="不予通过是最终决定，学会不能再修改或重新提交本申报。"
          placeholder="请说明不予通过的理由，学会会看到"
          limits={APPLICATION_LIMITS.reviewOpinion}
          confirmText="不予通过"
          tone="danger"
          onCancel={() => setPanel(null)}
          onConfirm={(opinion) => sendBack(opinion, 'refuse')}
        />
      )}
      {problem && (
        <View className="review-actions__problem">
          <Notice tone="error" title="未能办理">
            <Text>{problem}</Text>
          </Notice>
        </View>
      )}
    </View>
  );
}
