import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { VisitDetail } from '../../../types/actions';
import { useSubmit } from '../../hooks/useSubmit';
import { ExpertReasonField } from '../ExpertReasonField';
import { Notice } from '../Notice';
import { VISIT_LIMITS } from '../../../types/catalogue';
import './index.scss';

/**
 * Taking back a confirmation found to be wrong: a reason is required, the expert is told, and
 * the visit stops counting toward the station's quota at once.
 */
export function VisitRevokePanel({
  visit,
  onRevoked,
}: {
  visit: VisitDetail;
  onRevoked: (visit: VisitDetail) => void;
}) {
  const revoke = useSubmit('visits.revoke');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [reasonMin, reasonMax] = VISIT_LIMITS.revokeReason;

  const confirm = async () => {
    if (reason.trim().length < reasonMin) {
      setProblem(`请填写撤销认可的理由（至少 ${reasonMin} 个字），专家会收到通知`);
      return;
    }
    setProblem(null);
    const result = await revoke.submit({ visitId: visit.id, reason: reason.trim() });
    if (result.ok) onRevoked(result.data);
    else setProblem(result.message);
  };

  if (!open) {
    return (
      <View className="visit-revoke">
        <Text className="visit-revoke__hint">如核实这次服务不实或记录有误，可撤销认可，它将不再计入年度统计。</Text>
        <Button fill="outline" type="danger" size="small" onClick={() => setOpen(true)}>
          撤销认可
        </Button>
      </View>
    );
  }
  return (
    <View className="visit-revoke">
      <ExpertReasonField label="撤销认可的理由" value={reason} maxLength={reasonMax} onChange={setReason} />
      {problem && (
        <Notice tone="error" title="未能撤销">
          {problem}
        </Notice>
      )}
      <View className="visit-revoke__buttons">
        <Button fill="outline" onClick={() => setOpen(false)}>
          取消
        </Button>
        <Button type="danger" loading={revoke.submitting} onClick={() => void confirm()}>
          确认撤销
        </Button>
      </View>
    </View>
  );
}
