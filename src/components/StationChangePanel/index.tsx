import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { StationChangeView, StationDetail } from '../../../types/actions';
import { STATION_CHANGE_FIELD_LABELS, STATION_CHANGE_FIELDS, STATION_LIMITS } from '../../../types/catalogue';
import { useSubmit } from '../../hooks/useSubmit';
import { Notice } from '../Notice';
import { ReasonConfirm } from '../ReasonConfirm';
import { StationChangeCard } from '../StationChangeCard';
import './index.scss';

/** The decided requests a station's page lists under the pending one. */
const HISTORY_SHOWN = 5;

export interface StationChangePanelProps {
  station: StationDetail;
  /** The station's requests, newest first; null while they load. */
  changes: StationChangeView[] | null;
  canDecide: boolean;
  /** After a decision: the station and its requests have changed. */
  onDecided: () => void;
}

/**
 * 变更申请 on a station's page (共同条款第 2 条): the request waiting for the city, before →
 * after, with 批准 / 不批准 for the city admin, and the last decided ones.
 */
export function StationChangePanel({ station, changes, canDecide, onDecided }: StationChangePanelProps) {
  if (changes === null) return <Text className="station-changes__quiet">正在加载变更申请…</Text>;
  const pending = changes.find((change) => change.status === 'pending');
  const decided = changes.filter((change) => change.status !== 'pending').slice(0, HISTORY_SHOWN);
  if (!pending && decided.length === 0) {
    return (
      <Text className="station-changes__quiet">
        {station.canRequestChange
          ? '暂无变更申请。需求单位、签到位置、产业领域和合作期限的变更，请在「编辑工作站信息」中提交申请，经市科协批准后生效。'
          : '暂无变更申请。'}
      </Text>
    );
  }
  return (
    <View className="station-changes">
      {pending && (
        <View className="station-changes__pending">
          <StationChangeCard change={pending} />
          {canDecide && <Decision change={pending} onDecided={onDecided} />}
        </View>
      )}
      {decided.length > 0 && (
        <View className="station-changes__history">
          <Text className="station-changes__heading">已审定</Text>
          {decided.map((change) => (
            <StationChangeCard key={change.id} change={change} compact />
          ))}
        </View>
      )}
    </View>
  );
}

/** The city admin's 批准 (confirmed first: the station changes at once) or 不批准 (with a reason the society sees). */
function Decision({ change, onDecided }: { change: StationChangeView; onDecided: () => void }) {
  const decide = useSubmit('stations.decideChange');
  const [refusing, setRefusing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const send = async (approve: boolean, reason?: string) => {
    setProblem(null);
    const result = await decide.submit({ changeId: change.id, approve, ...(reason && { reason }) });
    if (!result.ok) return setProblem(result.message);
    void Taro.showToast({ title: approve ? '已批准，变更已生效' : '已不批准', icon: 'success' });
    onDecided();
  };

  const approve = async () => {
    const fields = STATION_CHANGE_FIELDS.filter((field) => change.changes[field] !== undefined);
    const { confirm } = await Taro.showModal({
      title: '批准变更',
      content: `批准后，工作站的${fields.map((field) => STATION_CHANGE_FIELD_LABELS[field]).join('、')}将立即按申请变更。`,
      confirmText: '批准',
      cancelText: '再看看',
    });
    if (confirm) await send(true);
  };

  return (
    <View className="station-changes__decision">
      {refusing ? (
        <ReasonConfirm
          label="不批准的理由"
          placeholder="学会会看到这条理由"
          limits={STATION_LIMITS.changeReason}
          confirmText="确认不批准"
          tone="danger"
          onCancel={() => setRefusing(false)}
          onConfirm={(reason) => send(false, reason)}
        />
      ) : (
        <View className="station-changes__buttons">
          <Button type="primary" loading={decide.submitting} onClick={() => void approve()}>
            批准
          </Button>
          <Button fill="outline" type="danger" onClick={() => setRefusing(true)}>
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
