import { Button } from '@nutui/nutui-react-taro';
import { EmptyState } from '../EmptyState';

export interface ErrorStateProps {
  message: string;
  onRetry: () => void;
  title?: string;
}

/** A failed load: what went wrong, in the server's words, and a retry button. */
export function ErrorState({ message, onRetry, title = '加载失败' }: ErrorStateProps) {
  return (
    <EmptyState title={title} description={message} glyph="!" tone="error">
      <Button type="primary" size="small" onClick={onRetry}>
        重试
      </Button>
    </EmptyState>
  );
}
