import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ExpertCandidate, NeedDetail } from '../../../types/actions';
import { INDUSTRY_LABELS, NEED_LIMITS } from '../../../types/catalogue';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDate } from '../../utils/dates';
import { textLength } from '../../utils/validation';
import { ErrorState } from '../ErrorState';
import { LoadingState } from '../LoadingState';
import { TextBox } from '../TextBox';
import './index.scss';

export interface NeedExpertChooserProps {
  need: NeedDetail;
  /** accept: the first assignment, with a note; assign: a change to who serves. */
  mode: 'accept' | 'assign';
  submitting: boolean;
  onCancel: () => void;
  onSubmit: (experts: string[], note: string) => Promise<void>;
}

/**
 * Choosing the experts of the need's station who are to serve it: what each knows and how they
 * have served the station, those whose industry or expertise match the need first (the server's order).
 */
export function NeedExpertChooser(props: NeedExpertChooserProps) {
  const { need, mode } = props;
  // The station's active experts: a removed one can no longer be assigned.
  const candidates = useApiQuery('needs.candidates', { needId: need.id });
  const [chosen, setChosen] = useState<string[]>(need.assignedExperts.map((expert) => expert.openid));
  const [note, setNote] = useState('');
  const experts = candidates.data?.experts ?? [];
  const toggle = (openid: string) =>
    setChosen((current) => (current.includes(openid) ? current.filter((id) => id !== openid) : [...current, openid]));

  return (
    <View className="need-expert-chooser">
      <Text className="need-expert-chooser__label">选择专家（可多选，与需求相符的排在前面）</Text>
      {candidates.loading && !candidates.data ? (
        <LoadingState cards={1} inset={false} />
      ) : candidates.error ? (
        <ErrorState message={candidates.error.message} onRetry={candidates.refetch} />
      ) : experts.length === 0 ? (
        <Text className="need-expert-chooser__text">本站名册中还没有专家，请先邀请专家加入。</Text>
      ) : (
        <View className="need-expert-chooser__list">
          {experts.map((expert) => (
            <Candidate
              key={expert.person.openid}
              expert={expert}
              year={candidates.data?.year ?? 0}
              on={chosen.includes(expert.person.openid)}
              onToggle={() => toggle(expert.person.openid)}
            />
          ))}
        </View>
      )}
      {mode === 'accept' && (
        <TextBox
          className="need-expert-chooser__textarea"
          value={note}
          placeholder="受理说明（可不填）"
          limit={NEED_LIMITS.stepNote}
          rows={2}
          onChange={setNote}
        />
      )}
      <View className="need-expert-chooser__buttons">
        <Button
          type="primary"
          disabled={chosen.length === 0 || textLength(note) > NEED_LIMITS.stepNote[1]}
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

function Candidate({
  expert,
  year,
  on,
  onToggle,
}: {
  expert: ExpertCandidate;
  year: number;
  on: boolean;
  onToggle: () => void;
}) {
  const { person, matches } = expert;
  const fits = [
    ...(matches.industry ? ['产业相符'] : []),
    ...(matches.expertise.length > 0 ? [`专长相符：${matches.expertise.join('、')}`] : []),
  ];
  const knows = [
    expert.expertise.length > 0 ? `专长：${expert.expertise.join('、')}` : '专长：未填写',
    expert.industries.length > 0
      ? `产业：${expert.industries.map((industry) => INDUSTRY_LABELS[industry]).join('、')}`
      : '',
  ].filter(Boolean);
  return (
    <View
      className={`need-expert-chooser__candidate${on ? ' need-expert-chooser__candidate--on' : ''}`}
      onClick={onToggle}
    >
      <View className="need-expert-chooser__check">
        <Text>{on ? '✓' : ''}</Text>
      </View>
      <View className="need-expert-chooser__who">
        <Text className="need-expert-chooser__name">{`${person.name}${person.outOfProvince ? '（省外）' : ''}`}</Text>
        <Text className="need-expert-chooser__unit">{[person.workUnit, person.title].filter(Boolean).join(' · ')}</Text>
        {fits.length > 0 && (
          <View className="need-expert-chooser__fits">
            {fits.map((fit) => (
              <Text key={fit} className="need-expert-chooser__fit">
                {fit}
              </Text>
            ))}
          </View>
        )}
        {knows.map((line) => (
          <Text key={line} className="need-expert-chooser__knows">
            {line}
          </Text>
        ))}
        <Text className="need-expert-chooser__served">
          {expert.visitsThisYear > 0 ? `${year} 年服务 ${expert.visitsThisYear} 次` : `${year} 年尚未服务`}
          {expert.lastVisitAt ? ` · 最近 ${formatDate(expert.lastVisitAt)}` : ' · 尚未到本站服务'}
        </Text>
      </View>
    </View>
  );
}
