import { TextArea } from '@nutui/nutui-react-taro';
import { FormField } from '../FormField';

/** The required reason for a decision against an expert's visit, which the expert receives. */
export function ExpertReasonField(props: {
  label: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
}) {
  return (
    <FormField label={props.label} required vertical>
      <TextArea
        placeholder="专家会收到这条理由"
        value={props.value}
        maxLength={props.maxLength}
        showCount
        onChange={props.onChange}
      />
    </FormField>
  );
}
