export default definePageConfig({
  navigationBarTitleText: '工作站签到码',
});
