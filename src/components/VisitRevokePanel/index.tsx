import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { VisitDetail } from '../../../types/actions';
import { useSubmit } from '../../hooks/useSubmit';
import { Notice } from '../Notice';
import { VISIT_LIMITS } from '../../../types/catalogue';
import { ReasonConfirm } from '../ReasonConfirm';
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
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async (reason: string) => {
    setProblem(null);
    const result = await revoke.submit({ visitId: visit.id, reason });
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
      <ReasonConfirm
        label="撤销认可的理由"
        placeholder="专家会收到这条理由"
        limits={VISIT_LIMITS.revokeReason}
        confirmText="确认撤销"
        tone="danger"
        onCancel={() => setOpen(false)}
        onConfirm={confirm}
      />
      {problem && (
        <Notice tone="error" title="未能撤销">
          {problem}
        </Notice>
      )}
    </View>
  );
}
