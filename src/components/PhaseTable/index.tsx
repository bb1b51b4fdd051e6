import { View } from '@tarojs/components';
import { APPLICATION_LIMITS, APPLICATION_PHASE_LABELS } from '../../../types/catalogue';
import type { ApplicationForm } from '../../hooks/useApplicationForm';
import { ApplicationRow } from '../ApplicationRow';
import { DateField } from '../DateField';
import { FormField } from '../FormField';
import { TextField } from '../TextField';

/** The years a plan's dates are chosen from: an application plans the coming years. */
export const PLAN_YEARS = { fromYear: new Date().getFullYear() - 1, toYear: new Date().getFullYear() + 6 };

/** 三、实施步骤: the four phases, each with its dates and work. */
export function PhaseTable({ form }: { form: ApplicationForm }) {
  return (
    <View>
      {form.values.phases.map((plan, index) => {
        const label = `${APPLICATION_PHASE_LABELS[plan.phase]}阶段`;
        return (
          <ApplicationRow key={plan.phase} title={label}>
            <FormField label="开始日期" required>
              <DateField
                title={`${label}开始日期`}
                value={plan.start}
                {...PLAN_YEARS}
                onChange={(start) => form.patchRow('phases', index, { start })}
              />
            </FormField>
            <FormField label="结束日期" required error={form.errors[`phases.${index}.end`]}>
              <DateField
                title={`${label}结束日期`}
                value={plan.end}
                {...PLAN_YEARS}
                onChange={(end) => form.patchRow('phases', index, { end })}
              />
            </FormField>
            <TextField
              label="工作内容"
              required
              rows={2}
              placeholder={`${label}做哪些工作`}
              limit={APPLICATION_LIMITS.phaseWork}
              {...form.cell('phases', index, 'work')}
            />
          </ApplicationRow>
        );
      })}
    </View>
  );
}
