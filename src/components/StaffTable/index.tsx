import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { StaffSource, StaffTerm } from '../../../types/catalogue';
import {
  APPLICATION_LIMITS,
  APPLICATION_TABLE_LIMITS,
  STAFF_SOURCE_LABELS,
  STAFF_TERM_LABELS,
} from '../../../types/catalogue';
import type { ApplicationForm } from '../../hooks/useApplicationForm';
import { EMPTY_STAFF_MEMBER, withHead } from '../../utils/applicationForm';
import { labelOptions } from '../../utils/labelOptions';
import { ApplicationRow } from '../ApplicationRow';
import { ChoiceChips } from '../ChoiceChips';
import { FormField } from '../FormField';
import { TextField } from '../TextField';

type Post = 'head' | 'staff';
const POST_OPTIONS: ReadonlyArray<{ value: Post; label: string }> = [
  { value: 'head', label: '站长' },
  { value: 'staff', label: '工作人员' },
];
const SOURCE_OPTIONS = labelOptions(STAFF_SOURCE_LABELS);
const TERM_OPTIONS = labelOptions(STAFF_TERM_LABELS);

/** 站长及工作人员: who runs the station, exactly one of them its head. */
export function StaffTable({ form }: { form: ApplicationForm }) {
  const staff = form.values.staff;
  const heads = staff.filter((member) => member.isHead).length;
  return (
    <View>
      {staff.map((member, index) => (
        <ApplicationRow
          key={index}
          title={`第 ${index + 1} 位${member.isHead ? ' · 站长' : ''}`}
          onRemove={() => form.removeRow('staff', index)}
        >
          <FormField label="担任" required>
            <ChoiceChips<Post>
              options={POST_OPTIONS}
              selected={[member.isHead ? 'head' : 'staff']}
              onToggle={(post) =>
                post === 'head'
                  ? form.update('staff', (previous) => withHead(previous, index))
                  : form.patchRow('staff', index, { isHead: false })
              }
            />
          </FormField>
          <TextField
            label="姓名"
            required
            placeholder="姓名"
            limit={APPLICATION_LIMITS.personName}
            {...form.cell('staff', index, 'name')}
          />
          <TextField
            label="手机号"
            required
            type="tel"
            placeholder="11 位手机号"
            {...form.cell('staff', index, 'mobile')}
          />
          <FormField label="派出单位" required>
            <ChoiceChips<StaffSource>
              options={SOURCE_OPTIONS}
              selected={[member.source]}
              onToggle={(source) => form.patchRow('staff', index, { source })}
            />
          </FormField>
          <FormField label="专职/兼职" required>
            <ChoiceChips<StaffTerm>
              options={TERM_OPTIONS}
              selected={[member.term]}
              onToggle={(term) => form.patchRow('staff', index, { term })}
            />
          </FormField>
          <TextField
            label="职责"
            placeholder="如：日常联络"
            limit={APPLICATION_LIMITS.staffDuty}
            {...form.cell('staff', index, 'duty')}
          />
        </ApplicationRow>
      ))}
      <View className="application-table-foot">
        <Text className="application-table-note">
          工作站设站长 1 名（已指定 {heads} 名），可由学会或需求单位派出专职或兼职工作人员。
        </Text>
        {staff.length < APPLICATION_TABLE_LIMITS.staff && (
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => form.addRow('staff', { ...EMPTY_STAFF_MEMBER, isHead: staff.length === 0 })}
          >
            ＋ 添加人员
          </Button>
        )}
      </View>
    </View>
  );
}
