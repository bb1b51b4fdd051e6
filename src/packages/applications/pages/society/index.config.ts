export default definePageConfig({
  navigationBarTitleText: '学会信息',
});
