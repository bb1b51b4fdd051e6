import { Input } from '@nutui/nutui-react-taro';
import type { SocietyInput } from '../../../types/actions';
import type { SocietyLevel } from '../../../types/domain';
import type { FormState } from '../../hooks/useForm';
import { ChoiceChips } from '../ChoiceChips';
import { FormCard } from '../FormCard';
import { FormField } from '../FormField';
import { SOCIETY_LEVEL_LABELS } from '../../../types/catalogue';
import { labelOptions } from '../../utils/labelOptions';

const LEVEL_OPTIONS = labelOptions(SOCIETY_LEVEL_LABELS);

export interface SocietyFormProps {
  form: FormState<SocietyInput>;
  errors: Partial<Record<keyof SocietyInput, string>>;
}

/** Registering a society: its name, level, supervising body and contact. */
export function SocietyForm({ form, errors }: SocietyFormProps) {
  const { values, set } = form;
  return (
    <FormCard>
      <FormField label="学会名称" required error={errors.name}>
        <Input value={values.name} placeholder="学会全称" maxLength={50} onChange={(value) => set('name', value)} />
      </FormField>
      <FormField label="学会级别" required vertical error={errors.level} hint="决定工作站的年度任务与认定补助">
        <ChoiceChips<SocietyLevel>
          options={LEVEL_OPTIONS}
          selected={[values.level]}
          onToggle={(level) => set('level', level)}
        />
      </FormField>
      <FormField label="业务主管" required error={errors.supervisor}>
        <Input
          value={values.supervisor}
          placeholder="业务主管单位"
          maxLength={50}
          onChange={(value) => set('supervisor', value)}
        />
      </FormField>
      <FormField label="联系人" required error={errors.contactName}>
        <Input
          value={values.contactName}
          placeholder="联系人姓名"
          maxLength={20}
          onChange={(value) => set('contactName', value)}
        />
      </FormField>
      <FormField label="联系电话" required error={errors.contactPhone}>
        <Input
          type="tel"
          value={values.contactPhone}
          placeholder="手机或固定电话"
          maxLength={20}
          onChange={(value) => set('contactPhone', value)}
        />
      </FormField>
    </FormCard>
  );
}
