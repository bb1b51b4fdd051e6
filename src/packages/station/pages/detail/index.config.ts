export default definePageConfig({
  navigationBarTitleText: '工作站',
  enablePullDownRefresh: true,
});
