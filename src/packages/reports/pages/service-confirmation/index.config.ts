export default definePageConfig({
  navigationBarTitleText: '服务确认单',
  enablePullDownRefresh: true,
});
