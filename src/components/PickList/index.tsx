import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

export interface PickItem {
  id: string;
  title: string;
  detail?: string;
  /** Right-hand side: a distance, a status badge. */
  extra?: ReactNode;
}

export interface PickListProps {
  items: readonly PickItem[];
  selectedId: string;
  onSelect: (id: string) => void;
  /** Only the selected row can be chosen (e.g. a scanned code fixed the station). */
  locked?: boolean;
}

/** A short list of cards of which one is chosen (a station, a need). */
export function PickList({ items, selectedId, onSelect, locked = false }: PickListProps) {
  return (
    <View className="pick-list">
      {items.map((item) => {
        const on = item.id === selectedId;
        return (
          <View
            key={item.id}
            className={`pick-list__item${on ? ' pick-list__item--on' : ''}${locked && !on ? ' pick-list__item--off' : ''}`}
            onClick={locked ? undefined : () => onSelect(item.id)}
          >
            <View className={`pick-list__mark${on ? ' pick-list__mark--on' : ''}`} />
            <View className="pick-list__text">
              <Text className="pick-list__title">{item.title}</Text>
              {item.detail && <Text className="pick-list__detail">{item.detail}</Text>}
            </View>
            {item.extra !== undefined && <View className="pick-list__extra">{item.extra}</View>}
          </View>
        );
      })}
    </View>
  );
}
