import { Text, View } from '@tarojs/components';
import type { ApplicationChange } from '../../../types/application';
import { APPLICATION_SECTION_LABELS } from '../../../types/catalogue/applications';
import './index.scss';

/** What the last submission changed, item by item under its section: before struck through, after beside it. */
export function ApplicationChanges({ changes }: { changes: readonly ApplicationChange[] }) {
  return (
    <View className="application-changes">
      {changes.map((change, index) => (
        <View key={`${change.section}-${change.item}`} className="application-changes__row">
          {(index === 0 || changes[index - 1].section !== change.section) && (
            <Text className="application-changes__section">{APPLICATION_SECTION_LABELS[change.section]}</Text>
          )}
          <Text className="application-changes__item">{change.item}</Text>
          <View className="application-changes__values">
            <Text className="application-changes__before">{change.before || '（空）'}</Text>
            <Text className="application-changes__arrow">→</Text>
            <Text className="application-changes__after">{change.after || '（删除）'}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
