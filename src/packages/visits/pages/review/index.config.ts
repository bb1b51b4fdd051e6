export default definePageConfig({
  navigationBarTitleText: '走访审批',
  enablePullDownRefresh: true,
});
