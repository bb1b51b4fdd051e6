export default definePageConfig({
  navigationBarTitleText: '工作站年度情况',
});
