import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { StationClosureView } from '../../../types/actions';
import {
  CLOSURE_KIND_LABELS,
  CLOSURE_STATUS_LABELS,
  STATION_STATUS_LIMITS,
  type ClosureStatus,
} from '../../../types/catalogue';
import { useSubmit } from '../../hooks/useSubmit';
import { formatDateTime } from '../../utils/dates';
import { AttachmentList } from '../AttachmentList';
import { Notice } from '../Notice';
import { ReasonConfirm } from '../ReasonConfirm';
import { StatusBadge, type BadgeTone } from '../StatusBadge';
import './index.scss';

const TONES: Record<ClosureStatus, BadgeTone> = { pending: 'warn', approved: 'success', refused: 'danger' };

export interface StationClosurePanelProps {
  /** The station's requests, newest first. */
  closures: StationClosureView[];
  canDecide: boolean;
  /** After a decision: the station and its requests have changed. */
  onDecided: () => void;
}

/**
 * 合并、重组或撤销申请 on a station's page (§四(三)5): the society's written request waiting for
 * the city, with 批准 (on a document number) / 不批准 (with a reason) for the city admin, and the decided ones.
 */
export function StationClosurePanel({ closures, canDecide, onDecided }: StationClosurePanelProps) {
  if (closures.length === 0) return <Text className="station-closures__quiet">暂无合并、重组或撤销申请。</Text>;
  return (
    <View className="station-closures">
      {closures.map((closure) => (
        <View key={closure.id} className="station-closures__item">
          <ClosureCard closure={closure} />
          {canDecide && closure.status === 'pending' && <Decision closure={closure} onDecided={onDecided} />}
        </View>
      ))}
    </View>
  );
}

function ClosureCard({ closure }: { closure: StationClosureView }) {
  return (
    <View className="station-closures__card">
      <View className="station-closures__top">
        <StatusBadge label={CLOSURE_STATUS_LABELS[closure.status]} tone={TONES[closure.status]} />
        <Text className="station-closures__kind">
          申请{CLOSURE_KIND_LABELS[closure.kind]}
          {closure.intoStationName ? `，并入${closure.intoStationName}` : ''}
        </Text>
      </View>
      <Text className="station-closures__when">
        {closure.requestedByName} 于 {formatDateTime(closure.requestedAt)} 申请
      </Text>
      <Text className="station-closures__line">理由：{closure.reason}</Text>
      {closure.attachments.length > 0 && <AttachmentList files={closure.attachments} />}
      {closure.decidedAt && (
        <Text className="station-closures__line">
          {closure.decidedByName} 于 {formatDateTime(closure.decidedAt)} {CLOSURE_STATUS_LABELS[closure.status]}
          {closure.documentNumber ? `（${closure.documentNumber}）` : ''}
          {closure.decisionReason ? `：${closure.decisionReason}` : ''}
        </Text>
      )}
    </View>
  );
}

/** The city admin's 批准 with its document number (the station closes at once) or 不批准 with the reason the society sees. */
function Decision({ closure, onDecided }: { closure: StationClosureView; onDecided: () => void }) {
  const decide = useSubmit('stations.decideClosure');
  const [step, setStep] = useState<'choose' | 'approve' | 'refuse'>('choose');
  const [problem, setProblem] = useState<string | null>(null);

  const send = async (approve: boolean, text: string) => {
    setProblem(null);
    const result = await decide.submit({
      closureId: closure.id,
      approve,
      ...(approve ? { documentNumber: text } : { reason: text }),
    });
    if (!result.ok) return setProblem(result.message);
    void Taro.showToast({ title: approve ? '已批准，工作站已撤并' : '已不批准', icon: 'success' });
    onDecided();
  };

  return (
    <View className="station-closures__decision">
      {step === 'approve' && (
        <ReasonConfirm
          label="批准文号"
          lead={`批准后工作站立即${CLOSURE_KIND_LABELS[closure.kind]}，不再签到、受理需求，历史记录保留可查。`}
          placeholder="如：筑科协发〔2026〕40 号"
          limits={STATION_STATUS_LIMITS.documentNumber}
          confirmText="确认批准"
          tone="danger"
          onCancel={() => setStep('choose')}
          onConfirm={(text) => send(true, text)}
        />
      )}
      {step === 'refuse' && (
        <ReasonConfirm
          label="不批准的理由"
          placeholder="学会会看到这条理由"
          limits={STATION_STATUS_LIMITS.reason}
          confirmText="确认不批准"
          tone="primary"
          onCancel={() => setStep('choose')}
          onConfirm={(text) => send(false, text)}
        />
      )}
      {step === 'choose' && (
        <View className="station-closures__buttons">
          <Button type="primary" onClick={() => setStep('approve')}>
            批准
          </Button>
          <Button fill="outline" type="danger" onClick={() => setStep('refuse')}>
            不批准
          </Button>
        </View>
      )}
      {problem && (
        <Notice tone="error" title="未能审定">
          {problem}
        </Notice>
      )}
    </View>
  );
}
