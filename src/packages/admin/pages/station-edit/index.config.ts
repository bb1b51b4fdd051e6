export default definePageConfig({
  navigationBarTitleText: '工作站信息',
});
