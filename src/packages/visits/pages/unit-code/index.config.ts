export default definePageConfig({
  navigationBarTitleText: '现场验证码',
});
