export default definePageConfig({
  navigationBarTitleText: '学会年度报告',
  enablePullDownRefresh: true,
});
