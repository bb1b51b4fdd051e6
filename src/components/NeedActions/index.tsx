import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { NeedDetail } from '../../../types/actions';
import { NEED_LIMITS } from '../../../types/catalogue';
import { useSubmit } from '../../hooks/useSubmit';
import { NeedEvaluatePanel } from '../NeedEvaluatePanel';
import { NeedExpertChooser } from '../NeedExpertChooser';
import { Notice } from '../Notice';
import { ReasonConfirm } from '../ReasonConfirm';
import { SectionCard } from '../SectionCard';
import './index.scss';

/** A note or reason that may be left out, as long as a required one may be. */
const OPTIONAL_NOTE = [0, NEED_LIMITS.stepNote[1]] as const;

type Panel = 'accept' | 'assign' | 'decline' | 'withdraw' | 'propose' | 'resolve' | 'evaluate' | null;

export interface NeedActionsProps {
  need: NeedDetail;
  /** The need as the step left it. */
  onChanged: (need: NeedDetail) => void;
}

/** The buttons the server allows this caller now, and the small forms some of them need. */
export function NeedActions({ need, onChanged }: NeedActionsProps) {
  const [panel, setPanel] = useState<Panel>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const accept = useSubmit('needs.accept');
  const assign = useSubmit('needs.assign');
  const decline = useSubmit('needs.decline');
  const withdraw = useSubmit('needs.withdraw');
  const propose = useSubmit('needs.proposeResolution');
  const resolve = useSubmit('needs.resolve');
  const evaluate = useSubmit('needs.evaluate');
  const { can } = need;
  const any = Object.values(can).some(Boolean);

  const done = (result: { ok: true; data: NeedDetail } | { ok: false; message: string }, toast: string) => {
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setProblem(null);
    setPanel(null);
    onChanged(result.data);
    void Taro.showToast({ title: toast, icon: 'success' });
  };

  if (!any) return null;
  return (
    <SectionCard title="办理">
      <View className="need-actions">
        {need.status === 'submitted' && can.withdraw && panel === null && (
          <Notice tone="info" title="等待工作站受理">
            <Text>
              站长审核后会受理并指派专家，或说明不予受理的原因，结果写在下面的处理进度里。不再需要时可以撤回。
            </Text>
          </Notice>
        )}
        {need.resolutionProposed && can.resolve && (
          <Notice tone="info" title="站长提议此需求已解决">
            <Text>如确已解决，请确认；确认后可以评价本次服务。</Text>
          </Notice>
        )}
        {panel === null && (
          <View className="need-actions__buttons">
            {can.accept && (
              <Button type="primary" onClick={() => setPanel('accept')}>
                受理并指派专家
              </Button>
            )}
            {can.decline && (
              <Button fill="outline" type="danger" onClick={() => setPanel('decline')}>
                不予受理
              </Button>
            )}
            {can.assign && (
              <Button fill="outline" type="primary" onClick={() => setPanel('assign')}>
                调整指派
              </Button>
            )}
            {can.proposeResolution && (
              <Button fill="outline" type="primary" onClick={() => setPanel('propose')}>
                提议已解决
              </Button>
            )}
            {can.resolve && (
              <Button type="primary" onClick={() => setPanel('resolve')}>
                确认已解决
              </Button>
            )}
            {can.evaluate && (
              <Button type="primary" onClick={() => setPanel('evaluate')}>
                评价并关闭
              </Button>
            )}
            {can.withdraw && (
              <Button fill="outline" type="danger" onClick={() => setPanel('withdraw')}>
                撤回需求
              </Button>
            )}
          </View>
        )}
        {(panel === 'accept' || panel === 'assign') && (
          <NeedExpertChooser
            need={need}
            mode={panel}
            submitting={accept.submitting || assign.submitting}
            onCancel={() => setPanel(null)}
            onSubmit={async (expertOpenids, note) =>
              panel === 'accept'
                ? done(await accept.submit({ needId: need.id, expertOpenids, ...(note && { note }) }), '已受理')
                : done(await assign.submit({ needId: need.id, expertOpenids }), '已调整')
            }
          />
        )}
        {panel === 'decline' && (
          <ReasonConfirm
            label="不予受理的理由"
            placeholder="请说明原因，需求单位会看到"
            limits={NEED_LIMITS.declineReason}
            confirmText="确认不予受理"
            tone="danger"
            onCancel={() => setPanel(null)}
            onConfirm={async (reason) => done(await decline.submit({ needId: need.id, reason }), '已处理')}
          />
        )}
        {panel === 'withdraw' && (
          <ReasonConfirm
            label="撤回需求"
            lead="撤回后工作站不再处理这条需求，撤回不能取消。"
            placeholder="撤回原因（可不填）"
            limits={OPTIONAL_NOTE}
            confirmText="确认撤回"
            tone="danger"
            onCancel={() => setPanel(null)}
            onConfirm={async (reason) =>
              done(await withdraw.submit({ needId: need.id, ...(reason && { reason }) }), '已撤回')
            }
          />
        )}
        {panel === 'propose' && (
          <ReasonConfirm
            label="提议已解决"
            lead="将请需求单位确认这条需求已解决。"
            placeholder="说明（可不填），如：已完成工艺调整并验证"
            limits={OPTIONAL_NOTE}
            confirmText="提交提议"
            tone="primary"
            onCancel={() => setPanel(null)}
            onConfirm={async (note) => done(await propose.submit({ needId: need.id, ...(note && { note }) }), '已提议')}
          />
        )}
        {panel === 'resolve' && (
          <ReasonConfirm
            label="确认已解决"
            lead="确认后需求标记为已解决，随后请评价本次服务并关闭需求。"
            placeholder="说明（可不填）"
            limits={OPTIONAL_NOTE}
            confirmText="确认已解决"
            tone="primary"
            onCancel={() => setPanel(null)}
            onConfirm={async (note) =>
              done(await resolve.submit({ needId: need.id, ...(note && { note }) }), '已确认解决')
            }
          />
        )}
        {panel === 'evaluate' && (
          <NeedEvaluatePanel
            submitting={evaluate.submitting}
            onCancel={() => setPanel(null)}
            onSubmit={async (rating, comment) =>
              done(await evaluate.submit({ needId: need.id, rating, comment }), '感谢评价')
            }
          />
        )}
        {problem && (
          <View className="need-actions__problem">
            <Notice tone="error" title="未能办理">
              <Text>{problem}</Text>
            </Notice>
          </View>
        )}
      </View>
    </SectionCard>
  );
}
