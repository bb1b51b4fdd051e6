export default definePageConfig({
  navigationBarTitleText: '学会管理',
  enablePullDownRefresh: true,
});
