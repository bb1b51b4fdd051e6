// The demo sign-in serves the browser build only: in WeChat the OPENID says who the caller is.
const demoPages = process.env.TARO_ENV === 'h5' ? ['pages/sign-in/index'] : [];

export default defineAppConfig({
  // The binding page stays in the main package: a mini-program code opens it directly.
  pages: ['pages/home/index', 'pages/me/index', ...demoPages, 'pages/bind/index'],
  subPackages: [
    { root: 'packages/expert', pages: ['pages/my-stations/index', 'pages/my-needs/index'] },
    {
      root: 'packages/needs',
      pages: ['pages/list/index', 'pages/submit/index', 'pages/detail/index', 'pages/evaluations/index'],
    },
    {
      root: 'packages/station',
      pages: [
        'pages/overview/index',
        'pages/detail/index',
        'pages/roster/index',
        'pages/invitations/index',
        'pages/status-change/index',
        'pages/closure-request/index',
      ],
    },
    {
      root: 'packages/admin',
      pages: ['pages/station-list/index', 'pages/societies/index', 'pages/station-edit/index', 'pages/blacklist/index'],
    },
    { root: 'packages/profile', pages: ['pages/edit/index'] },
    { root: 'packages/quotas', pages: ['pages/dashboard/index', 'pages/station/index', 'pages/rebuild/index'] },
    {
      root: 'packages/applications',
      pages: ['pages/list/index', 'pages/edit/index', 'pages/detail/index', 'pages/society/index'],
    },
    {
      root: 'packages/assessments',
      pages: ['pages/rounds/index', 'pages/round/index', 'pages/assessment/index', 'pages/report-edit/index'],
    },
    {
      root: 'packages/ledger',
      pages: [
        'pages/overview/index',
        'pages/station/index',
        'pages/expense/index',
        'pages/grant/index',
        'pages/refund/index',
      ],
    },
    {
      root: 'packages/visits',
      pages: [
        'pages/check-in/index',
        'pages/detail/index',
        'pages/mine/index',
        'pages/make-up/index',
        'pages/review/index',
        'pages/station-code/index',
        'pages/unit-code/index',
      ],
    },
    {
      root: 'packages/reports',
      pages: [
        'pages/expert-pool/index',
        'pages/service-confirmation/index',
        'pages/evaluation-summary/index',
        'pages/society-report/index',
        'pages/expert-statement/index',
        'pages/audit/index',
      ],
    },
  ],
  // The home is where every role starts its daily work: an expert's first tap is 签到 (visits),
  // a demand unit's and a head's are needs. Both download while the home is read, on any network,
  // so that first tap does not wait for a package on one bar of signal.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/visits', 'packages/needs'] },
  },
  window: {
    navigationBarTitleText: '站务通',
    // Also turns on Taro's H5 navigation bar (title and back button) in the browser build.
    navigationStyle: 'default',
    navigationBarBackgroundColor: '#0f4c9c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f6fb',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#6b7785',
    selectedColor: '#0f4c9c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  // Taro's H5 router hides the page below after its slide-in animation by a timer, and a back tap
  // before that timer fires leaves the home hidden for good (a blank page). Without the animation
  // the page below is hidden at once, and a quick back shows it again. WeChat animates natively.
  ...(process.env.TARO_ENV === 'h5' && { animation: false }),
  lazyCodeLoading: 'requiredComponents',
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于签到时核验您是否在工作站附近' },
  },
  __usePrivacyCheck__: true,
});
