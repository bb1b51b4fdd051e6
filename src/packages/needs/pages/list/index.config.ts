export default definePageConfig({
  navigationBarTitleText: '技术需求',
  enablePullDownRefresh: true,
});
