export default definePageConfig({
  navigationBarTitleText: '评价汇总',
  enablePullDownRefresh: true,
});
