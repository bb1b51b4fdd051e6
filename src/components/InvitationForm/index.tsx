import { Button, InputNumber } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { InvitableRole } from '../../../types/actions';
import type { FormState } from '../../hooks/useForm';
import type { Problems } from '../../utils/validation';
import { ChoiceChips } from '../ChoiceChips';
import { FormCard } from '../FormCard';
import { FormField } from '../FormField';
import { ROLE_LABELS } from '../../../types/catalogue';
import './index.scss';

export interface InvitationFormValues {
  role: InvitableRole | '';
  validDays: number;
  maxUses: number;
}

export const VALID_DAYS = { min: 1, max: 30, initial: 7 } as const;
export const MAX_USES = { min: 1, max: 50, initial: 1 } as const;

/** Every problem of an invitation as chosen (the numbers' steppers keep them in range). */
export function invitationProblems(values: InvitationFormValues): Problems<keyof InvitationFormValues> {
  return values.role ? {} : { role: '请选择邀请身份' };
}

export interface InvitationFormProps {
  form: FormState<InvitationFormValues>;
  /** The roles the caller may invite here. */
  roles: readonly InvitableRole[];
  submitting: boolean;
  onSubmit: () => void;
}

/** Issuing an invitation: which role, valid how long, for how many people. */
export function InvitationForm({ form, roles, submitting, onSubmit }: InvitationFormProps) {
  const { values, set, errors } = form;
  return (
    <View className="invitation-form">
      <FormCard>
        <FormField label="邀请身份" required vertical error={errors.role}>
          {roles.length === 1 ? (
            <Text className="invitation-form__fixed">{ROLE_LABELS[roles[0]]}</Text>
          ) : (
            <ChoiceChips<InvitableRole>
              options={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
              selected={values.role ? [values.role] : []}
              onToggle={(role) => set('role', role)}
            />
          )}
        </FormField>
        <FormField label="有效天数" hint={`${VALID_DAYS.min}–${VALID_DAYS.max} 天，过期后不能再绑定`}>
          <View className="invitation-form__number">
            <InputNumber
              value={values.validDays}
              min={VALID_DAYS.min}
              max={VALID_DAYS.max}
              onChange={(value) => set('validDays', Number(value))}
            />
            <Text className="invitation-form__unit">天</Text>
          </View>
        </FormField>
        <FormField label="可用人数" hint={`${MAX_USES.min}–${MAX_USES.max} 人，例如一次邀请多位专家`}>
          <View className="invitation-form__number">
            <InputNumber
              value={values.maxUses}
              min={MAX_USES.min}
              max={MAX_USES.max}
              onChange={(value) => set('maxUses', Number(value))}
            />
            <Text className="invitation-form__unit">人</Text>
          </View>
        </FormField>
      </FormCard>
      <View className="invitation-form__actions">
        <Button block type="primary" loading={submitting} onClick={onSubmit}>
          生成邀请码
        </Button>
      </View>
    </View>
  );
}
