import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { Province, SocietyLevel } from '../../../types/catalogue';
import { APPLICATION_LIMITS, APPLICATION_TABLE_LIMITS, HOME_PROVINCE, PROVINCES } from '../../../types/catalogue';
import type { ApplicationForm } from '../../hooks/useApplicationForm';
import { EMPTY_EXPERT, expertCount } from '../../utils/applicationForm';
import { ApplicationRow } from '../ApplicationRow';
import { FormField } from '../FormField';
import { OptionPicker } from '../OptionPicker';
import { TextField } from '../TextField';
import './index.scss';

const PROVINCE_OPTIONS = PROVINCES.map((province) => ({ value: province, label: province }));

export interface ExpertTableProps {
  form: ApplicationForm;
  level: SocietyLevel;
}

/** 进站专家信息表, counted as it is filled against the level's expert quota. */
export function ExpertTable({ form, level }: ExpertTableProps) {
  const experts = form.values.experts;
  const count = expertCount(experts, level);
  const short = count.total < count.required || count.outside < count.requiredOutside;
  return (
    <View>
      <View className={`expert-table__count${short ? ' expert-table__count--short' : ''}`}>
        <Text>
          已填 {count.total} 名，需不少于 {count.required} 名
        </Text>
        {count.requiredOutside > 0 && (
          <Text>
            省外专家 {count.outside} 名，需不少于 {count.requiredOutside} 名
          </Text>
        )}
      </View>
      {experts.map((expert, index) => (
        <ApplicationRow
          key={index}
          title={`第 ${index + 1} 位专家${expert.name.trim() ? ` · ${expert.name.trim()}` : ''}`}
          onRemove={() => form.removeRow('experts', index)}
        >
          <TextField
            label="姓名"
            required
            placeholder="专家姓名"
            limit={APPLICATION_LIMITS.personName}
            {...form.cell('experts', index, 'name')}
          />
          <TextField
            label="工作单位"
            required
            placeholder="如：贵州大学"
            limit={APPLICATION_LIMITS.expertUnit}
            {...form.cell('experts', index, 'unit')}
          />
          <TextField
            label="职称"
            required
            placeholder="如：教授"
            limit={APPLICATION_LIMITS.expertTitle}
            {...form.cell('experts', index, 'title')}
          />
          <TextField
            label="专业领域"
            required
            placeholder="如：铝加工"
            limit={APPLICATION_LIMITS.expertField}
            {...form.cell('experts', index, 'field')}
          />
          <FormField label="所在省份" required>
            <OptionPicker<Province>
              title="所在省份"
              options={PROVINCE_OPTIONS}
              value={expert.province}
              initial={HOME_PROVINCE}
              placeholder="请选择"
              onChange={(province) => form.patchRow('experts', index, { province })}
            />
          </FormField>
          <TextField label="身份证号" placeholder="选填，核对失信名单用" {...form.cell('experts', index, 'idNumber')} />
        </ApplicationRow>
      ))}
      <View className="application-table-foot">
        {experts.length < APPLICATION_TABLE_LIMITS.experts && (
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => form.addRow('experts', { ...EMPTY_EXPERT })}
          >
            ＋ 添加专家
          </Button>
        )}
      </View>
    </View>
  );
}
