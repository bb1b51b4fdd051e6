export default definePageConfig({
  navigationBarTitleText: '重新核算统计',
});
