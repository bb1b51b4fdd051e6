import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

/**
 * Reloads when the page is shown again (back from a page that changed something), not on its
 * first show, which the page's own loading covers.
 */
export function useRefetchOnShow(refetch: () => void): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) refetch();
    shown.current = true;
  });
}
