export default definePageConfig({
  navigationBarTitleText: '需求方评价',
  enablePullDownRefresh: true,
});
