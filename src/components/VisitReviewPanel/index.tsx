import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { VisitDetail } from '../../../types/actions';
import { useSubmit } from '../../hooks/useSubmit';
import { Notice } from '../Notice';
import { REVIEW_FLAG_LABELS, VISIT_LIMITS } from '../../../types/catalogue';
import { ReasonConfirm } from '../ReasonConfirm';
import { ReviewFlagBadges } from '../ReviewFlagBadges';
import './index.scss';

export interface VisitReviewPanelProps {
  visit: VisitDetail;
  onReviewed: (visit: VisitDetail) => void;
}

function reviewTitle(visit: VisitDetail): string {
  if (visit.isCorrection) return '补录的服务记录，待您审核';
  return visit.proof === 'make_up' ? '补卡的服务记录，待您审核' : '异地服务，待您审核';
}

function reviewLead(visit: VisitDetail): string {
  if (visit.isCorrection) return '这次服务超过 12 小时未签退，由专家事后补录。认可后计入本站服务记录。';
  if (visit.proof === 'make_up') {
    return `专家当时没有签到，事后补卡，没有定位或签到码为证${visit.makeUpReason ? `。原因：${visit.makeUpReason}` : ''}。请向需求单位核实后再认可，认可后计入本站服务记录。`;
  }
  return `专家未在工作站签到范围内签到${visit.offSiteReason ? `，原因：${visit.offSiteReason}` : ''}。认可后计入本站服务记录。`;
}

/** The station head's decision on an off-site visit, a 补卡 or a correction: approve, or reject with a reason. */
export function VisitReviewPanel({ visit, onReviewed }: VisitReviewPanelProps) {
  const review = useSubmit('visits.review');
  const [rejecting, setRejecting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  /** A rejection comes with its reason. */
  const decide = async (decision: 'approved' | 'rejected', reason?: string) => {
    setProblem(null);
    const result = await review.submit({ visitId: visit.id, decision, ...(reason !== undefined && { reason }) });
    if (result.ok) onReviewed(result.data);
    else setProblem(result.message);
  };

  /** A visit with something to look at twice is approved only once the head has said so again. */
  const approve = async () => {
    const flags = visit.flags ?? [];
    if (flags.length > 0) {
      const { confirm } = await Taro.showModal({
        title: '确认认可',
        content: `该记录有 ${flags.length} 处需留意：${flags.map((flag) => REVIEW_FLAG_LABELS[flag]).join('、')}，确认认可并计入记录？`,
        confirmText: '确认认可',
        cancelText: '再看看',
      });
      if (!confirm) return;
    }
    await decide('approved');
  };

  return (
    <View className="visit-review">
      <Notice tone="warn" title={reviewTitle(visit)}>
        {reviewLead(visit)}
        <ReviewFlagBadges flags={visit.flags} className="visit-review__flags" />
      </Notice>
      {rejecting ? (
        <ReasonConfirm
          label="不予认可的理由"
          placeholder="专家会收到这条理由"
          limits={VISIT_LIMITS.rejectReason}
          confirmText="确认不予认可"
          tone="danger"
          onCancel={() => setRejecting(false)}
          onConfirm={(reason) => decide('rejected', reason)}
        />
      ) : (
        <View className="visit-review__buttons">
          <Button fill="outline" type="danger" onClick={() => setRejecting(true)}>
            不予认可
          </Button>
          <Button type="primary" loading={review.submitting} onClick={() => void approve()}>
            认可，计入记录
          </Button>
        </View>
      )}
      {problem && (
        <Notice tone="error" title="未能提交">
          {problem}
        </Notice>
      )}
    </View>
  );
}
