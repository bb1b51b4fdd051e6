export default definePageConfig({
  navigationBarTitleText: '拨付补助',
});
