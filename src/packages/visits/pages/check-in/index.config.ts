export default definePageConfig({
  navigationBarTitleText: '到站签到',
});
