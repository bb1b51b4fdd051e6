export default definePageConfig({
  navigationBarTitleText: '提交技术需求',
});
