export default definePageConfig({
  navigationBarTitleText: '工作站经费',
});
