import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import type { PersonView } from '../../../types/actions';
import './index.scss';

export interface PersonCardProps {
  person: PersonView;
  /** Greyed (a member who was removed). */
  muted?: boolean;
}

/** A person as the viewer may see them: name, unit and title, 省外 flag, mobile when given. */
export function PersonCard({ person, muted = false, children }: PropsWithChildren<PersonCardProps>) {
  const name = person.name || '未填写姓名';
  // The first letter of the name itself ("（未填写姓名）" must not give "（").
  const initial = name.replace(/[\s（）()【】[\]]/g, '').slice(0, 1) || '?';
  return (
    <View className={`person-card${muted ? ' person-card--muted' : ''}`}>
      <View className="person-card__avatar">
        <Text>{initial}</Text>
      </View>
      <View className="person-card__text">
        <View className="person-card__name-row">
          <Text className="person-card__name">{name}</Text>
          {person.title && <Text className="person-card__title">{person.title}</Text>}
          {person.outOfProvince && <Text className="person-card__flag">省外</Text>}
        </View>
        <Text className="person-card__unit">{person.workUnit || '未填写工作单位'}</Text>
        {person.mobile && (
          <Text
            className="person-card__mobile"
            onClick={() => void Taro.makePhoneCall({ phoneNumber: person.mobile ?? '' }).catch(() => undefined)}
          >
            {person.mobile}
          </Text>
        )}
        {children}
      </View>
    </View>
  );
}
