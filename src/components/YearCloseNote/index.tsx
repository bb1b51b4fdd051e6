import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { QuotaYearClose } from '../../../types/actions';
import './index.scss';

export interface YearCloseNoteProps {
  yearClose: QuotaYearClose;
  /** Beside the line: the city admin's control to move the close. */
  action?: ReactNode;
}

/**
 * When a year's figures are sealed for the assessment (DOMAIN.md "Year end"). A quiet line
 * while the year runs and once it is sealed; between 1 January and the close it stands out,
 * since late check-outs, approvals and corrections must be done by then to count.
 */
export function YearCloseNote({ yearClose, action }: YearCloseNoteProps) {
  const { year, closesOn, final, frozen } = yearClose;
  const closing = final && !frozen;
  return (
    <View className={`year-close${closing ? ' year-close--closing' : ''}`}>
      <View className="year-close__text">
        {closing && <Text className="year-close__title">{year} 年度已结束</Text>}
        <Text className="year-close__line">
          {frozen
            ? `${year} 年度数据已于 ${closesOn} 封存，作为年度考核的依据`
            : `${year} 年度数据将于 ${closesOn} 封存`}
        </Text>
        {closing && (
          <Text className="year-close__line">
            迟到的签退、审批、补录仍可在 {closesOn} 前完成，计入 {year} 年度。
          </Text>
        )}
      </View>
      {action}
    </View>
  );
}
