import type { SocietyInput } from '../../../types/actions';
import type { SocietyLevel } from '../../../types/domain';
import type { FormState } from '../../hooks/useForm';
import { ChoiceChips } from '../ChoiceChips';
import { FormCard } from '../FormCard';
import { FormField } from '../FormField';
import { SOCIETY_LEVEL_LABELS, SOCIETY_LIMITS } from '../../../types/catalogue';
import { labelOptions } from '../../utils/labelOptions';
import { TextField } from '../TextField';

const LEVEL_OPTIONS = labelOptions(SOCIETY_LEVEL_LABELS);

export interface SocietyFormProps {
  form: FormState<SocietyInput>;
}

/** Registering a society: its name, level, supervising body and contact. */
export function SocietyForm({ form }: SocietyFormProps) {
  const { values, set, bindText, errors } = form;
  return (
    <FormCard>
      <TextField label="学会名称" required placeholder="学会全称" limit={SOCIETY_LIMITS.name} {...bindText('name')} />
      <FormField label="学会级别" required vertical error={errors.level} hint="决定工作站的年度任务与认定补助">
        <ChoiceChips<SocietyLevel>
          options={LEVEL_OPTIONS}
          selected={[values.level]}
          onToggle={(level) => set('level', level)}
        />
      </FormField>
      <TextField
        label="业务主管"
        required
        placeholder="业务主管单位"
        limit={SOCIETY_LIMITS.supervisor}
        {...bindText('supervisor')}
      />
      <TextField
        label="联系人"
        required
        placeholder="联系人姓名"
        limit={SOCIETY_LIMITS.contactName}
        {...bindText('contactName')}
      />
      <TextField
        label="联系电话"
        required
        type="tel"
        placeholder="手机或固定电话"
        limit={SOCIETY_LIMITS.contactPhone}
        {...bindText('contactPhone')}
      />
    </FormCard>
  );
}
