import type { ProfileInput } from '../../../types/actions';
import type { Industry } from '../../../types/domain';
import type { FormState } from '../../hooks/useForm';
import { ChoiceChips } from '../ChoiceChips';
import { FormCard } from '../FormCard';
import { FormField } from '../FormField';
import { TextField } from '../TextField';
import { OptionPicker } from '../OptionPicker';
import { TagInput } from '../TagInput';
import {
  HOME_PROVINCE,
  INDUSTRY_LABELS,
  MAX_EXPERTISE_TAGS,
  PROFILE_LIMITS,
  PROVINCES,
} from '../../../types/catalogue';
import { labelOptions } from '../../utils/labelOptions';

const PROVINCE_OPTIONS = PROVINCES.map((name) => ({ value: name, label: name }));
const INDUSTRY_OPTIONS = labelOptions(INDUSTRY_LABELS);

export interface ProfileFormProps {
  form: FormState<ProfileInput>;
}

/** The fields of one's own profile. */
export function ProfileForm({ form }: ProfileFormProps) {
  const { values, set, bind, bindText, errors } = form;
  const toggleIndustry = (industry: Industry) =>
    set(
      'industries',
      values.industries.includes(industry)
        ? values.industries.filter((existing) => existing !== industry)
        : [...values.industries, industry],
    );
  return (
    <>
      <FormCard>
        <TextField label="姓名" required placeholder="真实姓名" limit={PROFILE_LIMITS.name} {...bindText('name')} />
        <TextField label="手机号" required type="number" placeholder="11 位手机号" {...bindText('mobile')} />
        <TextField
          label="工作单位"
          required
          placeholder="单位全称"
          limit={PROFILE_LIMITS.workUnit}
          {...bindText('workUnit')}
        />
        <TextField
          label="职称/职务"
          required
          placeholder="如 教授、高级工程师"
          limit={PROFILE_LIMITS.title}
          {...bindText('title')}
        />
        <FormField
          label="所在省份"
          required
          error={errors.province}
          hint={`工作单位在${HOME_PROVINCE}外的专家计为「省外专家」`}
        >
          <OptionPicker
            title="工作单位所在省份"
            options={PROVINCE_OPTIONS}
            initial={HOME_PROVINCE}
            placeholder="请选择省份"
            {...bind('province')}
          />
        </FormField>
        <TextField
          label="所在城市"
          required
          placeholder="如 贵阳市"
          limit={PROFILE_LIMITS.city}
          {...bindText('city')}
        />
      </FormCard>
      <FormCard>
        <FormField label="专业特长" vertical hint={`如 铝电解、智能制造；最多 ${MAX_EXPERTISE_TAGS} 项`}>
          <TagInput
            tags={values.expertise}
            max={MAX_EXPERTISE_TAGS}
            limit={PROFILE_LIMITS.expertiseTag}
            onChange={(tags) => set('expertise', tags)}
          />
        </FormField>
        <FormField label="熟悉的产业领域" vertical hint="可多选">
          <ChoiceChips options={INDUSTRY_OPTIONS} selected={values.industries} onToggle={toggleIndustry} />
        </FormField>
      </FormCard>
    </>
  );
}
