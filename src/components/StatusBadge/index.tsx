import { Text } from '@tarojs/components';
import './index.scss';

export type BadgeTone = 'info' | 'progress' | 'success' | 'muted' | 'danger' | 'warn';

/** A small coloured label: a need's status, its urgency, a visit's state. */
export function StatusBadge({ label, tone }: { label: string; tone: BadgeTone }) {
  return <Text className={`status-badge status-badge--${tone}`}>{label}</Text>;
}
