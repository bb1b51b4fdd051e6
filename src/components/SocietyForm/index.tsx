import type { SocietyInput } from '../../../types/actions';
import type { SocietyLevel } from '../../../types/domain';
import type { FormState } from '../../hooks/useForm';
import { ChoiceChips } from '../ChoiceChips';
import { FormCard } from '../FormCard';
import { FormField } from '../FormField';
import { SOCIETY_LEVEL_LABELS, SOCIETY_LIMITS } from '../../../types/catalogue';
import { labelOptions } from '../../utils/labelOptions';
import { InputField } from '../InputField';

const LEVEL_OPTIONS = labelOptions(SOCIETY_LEVEL_LABELS);

export interface SocietyFormProps {
  form: FormState<SocietyInput>;
  errors: Partial<Record<keyof SocietyInput, string>>;
}

/** Registering a society: its name, level, supervising body and contact. */
export function SocietyForm({ form, errors }: SocietyFormProps) {
  const { values, set, bind } = form;
  return (
    <FormCard>
      <InputField
        label="学会名称"
        required
        error={errors.name}
        placeholder="学会全称"
        maxLength={SOCIETY_LIMITS.name[1]}
        {...bind('name')}
      />
      <FormField label="学会级别" required vertical error={errors.level} hint="决定工作站的年度任务与认定补助">
        <ChoiceChips<SocietyLevel>
          options={LEVEL_OPTIONS}
          selected={[values.level]}
          onToggle={(level) => set('level', level)}
        />
      </FormField>
      <InputField
        label="业务主管"
        required
        error={errors.supervisor}
        placeholder="业务主管单位"
        maxLength={SOCIETY_LIMITS.supervisor[1]}
        {...bind('supervisor')}
      />
      <InputField
        label="联系人"
        required
        error={errors.contactName}
        placeholder="联系人姓名"
        maxLength={SOCIETY_LIMITS.contactName[1]}
        {...bind('contactName')}
      />
      <InputField
        label="联系电话"
        required
        error={errors.contactPhone}
        type="tel"
        placeholder="手机或固定电话"
        maxLength={SOCIETY_LIMITS.contactPhone[1]}
        {...bind('contactPhone')}
      />
    </FormCard>
  );
}
