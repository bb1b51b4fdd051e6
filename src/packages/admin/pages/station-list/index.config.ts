export default definePageConfig({
  navigationBarTitleText: '工作站列表',
  enablePullDownRefresh: true,
});
