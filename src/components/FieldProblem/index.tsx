import { Text } from '@tarojs/components';
import './index.scss';

/** What is wrong with a choice that has no form row of its own (a list, chips in a section), over it. */
export function FieldProblem({ message }: { message: string }) {
  return <Text className="field-problem">{message}</Text>;
}
