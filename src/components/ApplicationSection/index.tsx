import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import type { ApplicationSection as Section } from '../../../types/catalogue';
import { APPLICATION_SECTION_LABELS } from '../../../types/catalogue';
import './index.scss';

export interface ApplicationSectionProps {
  section: Section;
  open: boolean;
  onToggle: () => void;
  /** What would refuse a submit in this section now, without the section's name. */
  problems: readonly string[];
  /** A line under the title while closed, e.g. the budget total. */
  summary?: string;
}

/** One part of the 申报书, folded to its title and problem count so the long form reads as an index. */
export function ApplicationSection({
  section,
  open,
  onToggle,
  problems,
  summary,
  children,
}: PropsWithChildren<ApplicationSectionProps>) {
  return (
    <View id={`application-${section}`} className={`application-section${open ? ' application-section--open' : ''}`}>
      <View className="application-section__head" onClick={onToggle}>
        <View className="application-section__titles">
          <Text className="application-section__title">{APPLICATION_SECTION_LABELS[section]}</Text>
          {summary && <Text className="application-section__summary">{summary}</Text>}
        </View>
        {problems.length > 0 ? (
          <Text className="application-section__count">{problems.length} 处待完善</Text>
        ) : (
          <Text className="application-section__done">已完成</Text>
        )}
        <Text className="application-section__arrow">{open ? '收起' : '展开'}</Text>
      </View>
      {/* Folded, not removed: an upload or a picker under way in it carries on. */}
      <View className={`application-section__body${open ? '' : ' application-section__body--folded'}`}>
        {problems.length > 0 && (
          <View className="application-section__problems">
            {problems.map((problem, index) => (
              <Text key={`${index}-${problem}`} className="application-section__problem">
                {problem}
              </Text>
            ))}
          </View>
        )}
        {children}
      </View>
    </View>
  );
}
