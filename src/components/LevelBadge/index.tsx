import { Tag } from '@nutui/nutui-react-taro';
import type { SocietyLevel } from '../../../types/domain';
import { STATION_LEVEL_LABELS } from '../../../types/catalogue';

const COLOURS: Record<SocietyLevel, { background: string; color: string }> = {
  national: { background: '#fff4e0', color: '#b35c00' },
  provincial: { background: '#e6f4f1', color: '#0b7a66' },
  city: { background: '#e8f0fb', color: '#0f4c9c' },
};

/** 国家级工作站 / 省级服务站 / 市级服务站. */
export function LevelBadge({ level }: { level: SocietyLevel }) {
  const { background, color } = COLOURS[level];
  return (
    <Tag background={background} color={color} className="zwt-level-badge">
      {STATION_LEVEL_LABELS[level]}
    </Tag>
  );
}
