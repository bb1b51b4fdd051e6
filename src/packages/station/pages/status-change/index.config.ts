export default definePageConfig({
  navigationBarTitleText: '工作站状态',
});
