import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ExpertInvitation, PoolExpert, PoolStation } from '../../../types/actions';
import { EXPERT_POOL_INVITATION_DAYS, INDUSTRY_LABELS } from '../../../types/catalogue';
import { useSubmit } from '../../hooks/useSubmit';
import { InfoList } from '../InfoList';
import { Notice } from '../Notice';
import './index.scss';

export interface ExpertPoolPanelProps {
  expert: PoolExpert;
  /** The society's stations; those operating and not already the expert's are offered. */
  stations: readonly PoolStation[];
  /** Only the society admin invites (the city admin sees the pool). */
  canInvite: boolean;
  onClose: () => void;
}

/**
 * One expert of the 专家库 opened: what they know and where they serve, and 邀请到其他工作站 with
 * the society's other operating stations. The invitation waits for the expert to accept it.
 */
export function ExpertPoolPanel({ expert, stations, canInvite, onClose }: ExpertPoolPanelProps) {
  const invite = useSubmit('experts.invite');
  const [chosen, setChosen] = useState('');
  const [sent, setSent] = useState<ExpertInvitation[]>([]);
  const [failure, setFailure] = useState('');
  const serving = new Set(expert.stations.map((station) => station.id));
  const invited = new Set(sent.map((invitation) => invitation.stationId));
  const others = stations.filter(
    (station) => station.status === 'operating' && !serving.has(station.id) && !invited.has(station.id),
  );
  const { person } = expert;

  const send = async () => {
    setFailure('');
    const result = await invite.submit({ expertOpenid: person.openid, stationId: chosen });
    if (!result.ok) {
      setFailure(result.message);
      return;
    }
    setSent((previous) => [...previous, result.data]);
    setChosen('');
  };

  return (
    <View className="expert-pool-panel" onClick={(event) => event.stopPropagation()}>
      <InfoList
        items={[
          { label: '所在省份', value: `${person.province || '未填写'}${person.outOfProvince ? '（省外）' : ''}` },
          { label: '专长', value: expert.expertise.join('、') || '未填写' },
          {
            label: '产业领域',
            value: expert.industries.map((industry) => INDUSTRY_LABELS[industry]).join('、') || '未填写',
          },
          { label: '所在工作站', value: expert.stations.map((station) => station.name).join('\n') },
        ]}
      />
      {sent.map((invitation) => (
        <Notice key={invitation.code} tone="success" title="邀请已发出">
          <Text>
            {`已邀请${person.name}加入${invitation.stationName}。专家在微信中确认后即进入该站名单，邀请 ${EXPERT_POOL_INVITATION_DAYS} 天内有效。`}
          </Text>
        </Notice>
      ))}
      {canInvite && (
        <View className="expert-pool-panel__invite">
          <Text className="expert-pool-panel__label">邀请到其他工作站</Text>
          {others.length === 0 ? (
            <Text className="expert-pool-panel__text">本学会没有该专家尚未加入的运行中工作站。</Text>
          ) : (
            <View className="expert-pool-panel__stations">
              {others.map((station) => (
                <View
                  key={station.id}
                  className={`expert-pool-panel__station${chosen === station.id ? ' expert-pool-panel__station--on' : ''}`}
                  onClick={() => setChosen(station.id)}
                >
                  <Text>{station.name}</Text>
                </View>
              ))}
            </View>
          )}
          {failure && <Text className="expert-pool-panel__failure">{failure}</Text>}
          {others.length > 0 && (
            <Button type="primary" disabled={!chosen} loading={invite.submitting} onClick={() => void send()}>
              发送邀请
            </Button>
          )}
        </View>
      )}
      <Button fill="none" onClick={onClose}>
        收起
      </Button>
    </View>
  );
}
