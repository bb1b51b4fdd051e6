export default definePageConfig({
  navigationBarTitleText: '建站申报',
  enablePullDownRefresh: true,
});
