/** Every page's path, for Taro.navigateTo / switchTab / reLaunch. */
export const ROUTES = {
  home: '/pages/home/index',
  me: '/pages/me/index',
  signIn: '/pages/sign-in/index',
  expertStations: '/packages/expert/pages/my-stations/index',
  stationOverview: '/packages/station/pages/overview/index',
  adminStationList: '/packages/admin/pages/station-list/index',
} as const;
