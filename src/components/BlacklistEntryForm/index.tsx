import type { BlacklistEntryInput } from '../../../types/actions';
import { BLACKLIST_KIND_LABELS, type BlacklistKind } from '../../../types/catalogue';
import { BLACKLIST_LIMITS } from '../../../types/catalogue/blacklist';
import type { FormState } from '../../hooks/useForm';
import { ChoiceChips } from '../ChoiceChips';
import { FormCard } from '../FormCard';
import { FormField } from '../FormField';
import { labelOptions } from '../../utils/labelOptions';
import { TextField } from '../TextField';

const KIND_OPTIONS = labelOptions(BLACKLIST_KIND_LABELS);

/** An 18-character code: its field counts up to 18. */
const CODE_LIMIT = [0, 18] as const;

/** A party put on the list: name, the code it is matched by where known, which list, and a note. */
export function BlacklistEntryForm({ form }: { form: FormState<BlacklistEntryInput> }) {
  const { values, set, bindText, errors } = form;
  return (
    <FormCard>
      <TextField
        label="名称"
        required
        placeholder="单位全称或个人姓名"
        limit={BLACKLIST_LIMITS.name}
        {...bindText('name')}
      />
      <TextField
        label="证件号码"
        hint="统一社会信用代码或身份证号；有则按号码比对，无则按名称比对"
        placeholder="18 位，可不填"
        limit={CODE_LIMIT}
        {...bindText('code')}
      />
      <FormField label="类别" required vertical error={errors.kind}>
        <ChoiceChips<BlacklistKind>
          options={KIND_OPTIONS}
          selected={[values.kind]}
          onToggle={(kind) => set('kind', kind)}
        />
      </FormField>
      <TextField
        label="备注"
        placeholder="来源、文号等，可不填"
        rows={2}
        limit={BLACKLIST_LIMITS.note}
        {...bindText('note')}
      />
    </FormCard>
  );
}
