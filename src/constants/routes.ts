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
  /** The city suspends, resumes or revokes a station (`stationId=`, `action=suspend|resume|revoke`). */
  stationStatusChange: '/packages/station/pages/status-change/index',
  /** The society asks in writing to merge, restructure or close a station (`stationId=`). */
  closureRequest: '/packages/station/pages/closure-request/index',
  adminStationList: '/packages/admin/pages/station-list/index',
  adminSocieties: '/packages/admin/pages/societies/index',
  adminStationEdit: '/packages/admin/pages/station-edit/index',
  /** The city's list of dishonest or criminal parties. */
  adminBlacklist: '/packages/admin/pages/blacklist/index',
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
  /** 经费: the stations' balances (`societyId=`), one station's ledger (`stationId=`), and its three forms. */
  ledgerOverview: '/packages/ledger/pages/overview/index',
  ledgerStation: '/packages/ledger/pages/station/index',
  ledgerExpense: '/packages/ledger/pages/expense/index',
  ledgerGrant: '/packages/ledger/pages/grant/index',
  ledgerRefund: '/packages/ledger/pages/refund/index',
  /** 建站申报: the caller's applications (`societyId=` for a society admin's 新建申报). */
  applicationList: '/packages/applications/pages/list/index',
  /** The society's 申报书 form (`applicationId=`), while it is a draft or sent back. */
  applicationEdit: '/packages/applications/pages/edit/index',
  /** An application as submitted, and its review (`applicationId=`). */
  applicationDetail: '/packages/applications/pages/detail/index',
  /** The society's record and the 申报书's particulars (`societyId=`). */
  societyRecord: '/packages/applications/pages/society/index',
  /** 年度考核: the rounds, newest first; the city opens one here. */
  assessmentRounds: '/packages/assessments/pages/rounds/index',
  /** A round's stations by state (`year=`). */
  assessmentRound: '/packages/assessments/pages/round/index',
  /** A station's assessment (`year=`, `stationId=`; without `year`, the newest round's). */
  assessment: '/packages/assessments/pages/assessment/index',
  /** The head's 自查报告 form (`year=`, `stationId=`). */
  assessmentReportEdit: '/packages/assessments/pages/report-edit/index',
  /** The society's 专家库 (`societyId=`): its experts across its stations, and inviting one to another. */
  expertPool: '/packages/reports/pages/expert-pool/index',
  /** A resolved need's 技术服务确认单 (`needId=`). */
  serviceConfirmation: '/packages/reports/pages/service-confirmation/index',
  /** 评价汇总: every station's yearly evaluation by its unit, for the city admin. */
  evaluationSummary: '/packages/reports/pages/evaluation-summary/index',
  /** The society's annual report (`societyId=`): its stations of a year, to Excel and Word. */
  societyReport: '/packages/reports/pages/society-report/index',
  /** The expert's yearly 服务证明. */
  expertStatement: '/packages/reports/pages/expert-statement/index',
  /** 操作记录: the audit trail, city-wide or narrowed (`stationId=`, `societyId=`, `actor=` with `name=` for the title). */
  auditTrail: '/packages/reports/pages/audit/index',
} as const;

/** A route with its query string; undefined values are left out. */
export function withQuery(route: string, query: Record<string, string | undefined>): string {
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return pairs.length > 0 ? `${route}?${pairs.join('&')}` : route;
}
