import { Button } from '@nutui/nutui-react-taro';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { QuotaYearClose } from '../../../types/actions';
import { useSubmit } from '../../hooks/useSubmit';
import './index.scss';

export interface YearCloseMoverProps {
  yearClose: QuotaYearClose;
  onMoved: (yearClose: QuotaYearClose) => void;
}

/** The city admin moves a year's close, within the dates the server allows, after confirming. */
export function YearCloseMover({ yearClose, onMoved }: YearCloseMoverProps) {
  const { year, closesOn, movableFrom, movableTo } = yearClose;
  const move = useSubmit('quotas.setYearClose');
  const [refusal, setRefusal] = useState<string | null>(null);

  const confirmMove = async (picked: string) => {
    if (picked === closesOn) return;
    const { confirm } = await Taro.showModal({
      title: '调整封存日期',
      content: `将 ${year} 年度数据的封存日期由 ${closesOn} 改为 ${picked}？该日 0 时起，${year} 年度的数据不能再更改。`,
      confirmText: '确认调整',
    });
    if (!confirm) return;
    setRefusal(null);
    const result = await move.submit({ year, closesOn: picked });
    if (!result.ok) {
      setRefusal(result.message);
      return;
    }
    onMoved(result.data);
    void Taro.showToast({ title: '封存日期已调整', icon: 'success' });
  };

  return (
    <View className="year-close-mover">
      <Picker
        mode="date"
        value={closesOn}
        start={movableFrom}
        end={movableTo}
        disabled={move.submitting}
        onChange={(event) => void confirmMove(event.detail.value)}
      >
        <Button size="small" fill="outline" type="primary" loading={move.submitting} disabled={move.submitting}>
          {move.submitting ? '正在调整' : '调整封存日期'}
        </Button>
      </Picker>
      <Text className="year-close-mover__hint">
        可在 {movableFrom} 至 {movableTo} 之间选择
      </Text>
      {refusal && <Text className="year-close-mover__refusal">{refusal}</Text>}
    </View>
  );
}
