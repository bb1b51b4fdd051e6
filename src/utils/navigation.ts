import Taro from '@tarojs/taro';
import { ROUTES, withQuery } from '../constants/routes';

/** Opens a station's page. */
export function openStation(stationId: string): void {
  void Taro.navigateTo({ url: withQuery(ROUTES.stationDetail, { stationId }) });
}

/** Back to the page before; the home tab when this page was opened directly (a shared link). */
export function goBackOr(url: string = ROUTES.home): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.reLaunch({ url });
}
