import { Button, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { NeedDetail } from '../../../types/actions';
import { NEED_LIMITS } from '../../../types/catalogue';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ChoiceChips } from '../ChoiceChips';
import { ErrorState } from '../ErrorState';
import { LoadingState } from '../LoadingState';
import './index.scss';

export interface NeedExpertChooserProps {
  need: NeedDetail;
  /** accept: the first assignment, with a note; assign: a change to who serves. */
  mode: 'accept' | 'assign';
  submitting: boolean;
  onCancel: () => void;
  onSubmit: (experts: string[], note: string) => Promise<void>;
}

/** Choosing the experts of the need's station who are to serve it. */
export function NeedExpertChooser(props: NeedExpertChooserProps) {
  const { need, mode } = props;
  const roster = useApiQuery('roster.list', { stationId: need.stationId });
  const [chosen, setChosen] = useState<string[]>(need.assignedExperts.map((expert) => expert.openid));
  const [note, setNote] = useState('');
  // The station's active experts: a removed one can no longer be assigned.
  const experts = roster.data?.members.filter((member) => member.role === 'expert' && !member.revokedAt) ?? [];
  const options = experts.map((member) => ({
    value: member.person.openid,
    label: `${member.person.name}${member.person.outOfProvince ? '（省外）' : ''}`,
  }));
  const toggle = (openid: string) =>
    setChosen((current) => (current.includes(openid) ? current.filter((id) => id !== openid) : [...current, openid]));

  return (
    <View className="need-expert-chooser">
      <Text className="need-expert-chooser__label">选择专家（可多选）</Text>
      {roster.loading && !roster.data ? (
        <LoadingState cards={1} inset={false} />
      ) : roster.error ? (
        <ErrorState message={roster.error.message} onRetry={roster.refetch} />
      ) : options.length === 0 ? (
        <Text className="need-expert-chooser__text">本站名册中还没有专家，请先邀请专家加入。</Text>
      ) : (
        <ChoiceChips<string> options={options} selected={chosen} onToggle={toggle} />
      )}
      {mode === 'accept' && (
        <TextArea
          className="need-expert-chooser__textarea"
          value={note}
          placeholder="受理说明（可不填）"
          maxLength={NEED_LIMITS.stepNote[1]}
          rows={2}
          onChange={setNote}
        />
      )}
      <View className="need-expert-chooser__buttons">
        <Button
          type="primary"
          disabled={chosen.length === 0}
          loading={props.submitting}
          onClick={() => void props.onSubmit(chosen, note.trim())}
        >
          {mode === 'accept' ? `受理并指派 ${chosen.length} 位专家` : '保存指派'}
        </Button>
        <Button fill="none" onClick={props.onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
