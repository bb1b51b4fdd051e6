export default definePageConfig({
  navigationBarTitleText: '失信名单',
  enablePullDownRefresh: true,
});
