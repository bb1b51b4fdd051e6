import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { ExpenseCategory, SocietyLevel } from '../../../types/catalogue';
import {
  APPLICATION_LIMITS,
  APPLICATION_TABLE_LIMITS,
  EXPENSE_CATEGORY_LABELS,
  FORBIDDEN_EXPENSE_RULE,
  LEVEL_SUBSIDY_CAP_FEN,
  STATION_LEVEL_LABELS,
} from '../../../types/catalogue';
import { capitalYuan, formatYuan } from '../../../types/catalogue/money';
import type { ApplicationForm } from '../../hooks/useApplicationForm';
import { budgetTotal, EMPTY_BUDGET_ROW } from '../../utils/applicationForm';
import { labelOptions } from '../../utils/labelOptions';
import { ApplicationRow } from '../ApplicationRow';
import { FormField } from '../FormField';
import { OptionPicker } from '../OptionPicker';
import { TextField } from '../TextField';
import './index.scss';

const CATEGORY_OPTIONS = labelOptions(EXPENSE_CATEGORY_LABELS);

export interface BudgetTableProps {
  form: ApplicationForm;
  level: SocietyLevel;
}

/** 四、经费支出预算: lines of the allowed categories, amounts in yuan, the total in figures and in capitals. */
export function BudgetTable({ form, level }: BudgetTableProps) {
  const rows = form.values.budget;
  const total = budgetTotal(rows);
  const cap = LEVEL_SUBSIDY_CAP_FEN[level];
  return (
    <View className="budget-table">
      {rows.map((row, index) => (
        <ApplicationRow key={index} title={`第 ${index + 1} 行`} onRemove={() => form.removeRow('budget', index)}>
          <FormField label="经费类别" required>
            <OptionPicker<ExpenseCategory>
              title="经费类别"
              options={CATEGORY_OPTIONS}
              value={
                CATEGORY_OPTIONS.some((option) => option.value === row.category)
                  ? (row.category as ExpenseCategory)
                  : ''
              }
              placeholder="请选择"
              onChange={(category) => form.patchRow('budget', index, { category })}
            />
          </FormField>
          <TextField
            label="支出内容"
            required
            placeholder="如：省外专家往返差旅"
            limit={APPLICATION_LIMITS.budgetContent}
            {...form.cell('budget', index, 'content')}
          />
          <TextField
            label="金额（元）"
            required
            type="digit"
            placeholder="如 30000 或 300.05"
            {...form.cell('budget', index, 'amount')}
          />
          <TextField
            label="测算依据"
            required
            placeholder="如：10 人次 × 3000 元"
            limit={APPLICATION_LIMITS.budgetBasis}
            {...form.cell('budget', index, 'basis')}
          />
        </ApplicationRow>
      ))}
      <View className="application-table-foot">
        <View className="budget-table__total">
          <Text className="budget-table__total-label">合计</Text>
          <Text className={`budget-table__figure${total > cap ? ' budget-table__figure--over' : ''}`}>
            ￥{formatYuan(total)}
          </Text>
        </View>
        <Text className="budget-table__capital">人民币大写：{capitalYuan(total)}</Text>
        <Text className="application-table-note">
          {STATION_LEVEL_LABELS[level]}补助上限 ￥{formatYuan(cap)}（{capitalYuan(cap)}）。{FORBIDDEN_EXPENSE_RULE}
        </Text>
        {rows.length < APPLICATION_TABLE_LIMITS.budgetLines && (
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => form.addRow('budget', { ...EMPTY_BUDGET_ROW })}
          >
            ＋ 添加一行预算
          </Button>
        )}
      </View>
    </View>
  );
}
