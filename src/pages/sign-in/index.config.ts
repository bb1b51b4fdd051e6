export default definePageConfig({
  navigationBarTitleText: '选择演示用户',
});
