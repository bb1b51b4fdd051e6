/** Every page's path, for Taro.navigateTo / switchTab / reLaunch. */
export const ROUTES = {
  home: '/pages/home/index',
  me: '/pages/me/index',
  signIn: '/pages/sign-in/index',
  /** Main package: a mini-program code opens it directly (`scene=i%3DCODE`). */
  bind: '/pages/bind/index',
  profileEdit: '/packages/profile/pages/edit/index',
  expertStations: '/packages/expert/pages/my-stations/index',
  stationOverview: '/packages/station/pages/overview/index',
  stationDetail: '/packages/station/pages/detail/index',
  stationRoster: '/packages/station/pages/roster/index',
  invitations: '/packages/station/pages/invitations/index',
  adminStationList: '/packages/admin/pages/station-list/index',
  adminSocieties: '/packages/admin/pages/societies/index',
  adminStationEdit: '/packages/admin/pages/station-edit/index',
  needList: '/packages/needs/pages/list/index',
  needSubmit: '/packages/needs/pages/submit/index',
  needDetail: '/packages/needs/pages/detail/index',
  evaluations: '/packages/needs/pages/evaluations/index',
  expertNeeds: '/packages/expert/pages/my-needs/index',
  /** A station's posted code opens it with `scene=` (the server's CHECK_IN_PAGE). */
  checkIn: '/packages/visits/pages/check-in/index',
  /** A subscribe message opens it with `visitId=` (the server's VISIT_PAGE). */
  visitDetail: '/packages/visits/pages/detail/index',
  myVisits: '/packages/visits/pages/mine/index',
  /** 补卡: a visit the expert forgot to check in to. */
  makeUp: '/packages/visits/pages/make-up/index',
  visitReview: '/packages/visits/pages/review/index',
  stationCode: '/packages/visits/pages/station-code/index',
  unitCode: '/packages/visits/pages/unit-code/index',
  quotaDashboard: '/packages/quotas/pages/dashboard/index',
  /** A station's year for whoever supervises it (`stationId=`, `year=`). */
  quotaStation: '/packages/quotas/pages/station/index',
  quotaRebuild: '/packages/quotas/pages/rebuild/index',
  /** The 申报书s the caller may see (`status=` filters). */
  applicationList: '/packages/applications/pages/list/index',
  /** A subscribe message opens it with `applicationId=` (the server's APPLICATION_PAGE). */
  applicationDetail: '/packages/applications/pages/detail/index',
  applicationEdit: '/packages/applications/pages/edit/index',
} as const;

/** A route with its query string; undefined values are left out. */
export function withQuery(route: string, query: Record<string, string | undefined>): string {
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return pairs.length > 0 ? `${route}?${pairs.join('&')}` : route;
}
