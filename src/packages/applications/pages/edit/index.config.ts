export default definePageConfig({
  navigationBarTitleText: '填写申报书',
});
