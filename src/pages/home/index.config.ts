export default definePageConfig({
  navigationBarTitleText: '站务通',
  enablePullDownRefresh: true,
});
